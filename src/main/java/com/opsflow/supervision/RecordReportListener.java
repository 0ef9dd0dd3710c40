package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** 正式报告: plan execution, highlights, problems, analysis and 整改建议. */
@Component("recordReport")
class RecordReportListener extends StepCompletion {

  private final AuditRecords records;

  RecordReportListener(AuditRecords records) {
    this.records = records;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String execution1 = checks.text(execution.getVariable(REPORT_EXECUTION), TextFields.REPORT_EXECUTION, true);
    String highlights = checks.text(execution.getVariable(REPORT_HIGHLIGHTS), TextFields.REPORT_HIGHLIGHTS, true);
    String problems = checks.text(execution.getVariable(REPORT_PROBLEMS), TextFields.REPORT_PROBLEMS, true);
    String analysis = checks.text(execution.getVariable(REPORT_ANALYSIS), TextFields.REPORT_ANALYSIS, true);
    String suggestions = checks.text(execution.getVariable(REPORT_SUGGESTIONS), TextFields.REPORT_SUGGESTIONS, true);
    checks.refuseIfAny();
    records.writeReport((Long) execution.getVariable(AUDIT_ID), "一、计划执行情况：" + execution1 + "\n二、工作亮点："
        + highlights + "\n三、存在的问题：" + problems + "\n四、原因分析：" + analysis + "\n五、整改建议：" + suggestions);
  }
}
