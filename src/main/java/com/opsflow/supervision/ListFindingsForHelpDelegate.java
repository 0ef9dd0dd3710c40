package com.opsflow.supervision;

import static com.opsflow.supervision.RectificationHelpProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** 列出本部门整改中的问题: what help may be asked about; refuses the start when nothing is being rectified. */
@Component("listFindingsForHelp")
class ListFindingsForHelpDelegate implements JavaDelegate {

  private final AuditFindings findings;
  private final Organisation org;

  ListFindingsForHelpDelegate(AuditFindings findings, Organisation org) {
    this.findings = findings;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = org.departmentOf((String) execution.getVariable(INITIATOR));
    List<AuditFinding> rectifying = findings.findByResponsibleDepartmentAndStatusOrderById(department, FindingStatus.RECTIFYING);
    if (rectifying.isEmpty()) {
      throw new SubmissionRefused(org.departmentName(department) + "目前没有整改中的问题，无需求助。");
    }
    Map<String, String> options = new LinkedHashMap<>();
    rectifying.forEach(f -> options.put(String.valueOf(f.id()), f.sourceNumber() + " 第 " + f.number() + " 项：" + abbreviated(f.description())));
    execution.setVariable(DEPARTMENT, department);
    execution.setVariable(FINDING_OPTIONS, FormValues.options(options));
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
