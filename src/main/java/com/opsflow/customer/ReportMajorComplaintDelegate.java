package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Groups;

/** 报告管理层: a 重大 complaint goes to 管理层 at once, in each round of its handling (CC-3.2.3). */
@Component("reportMajorComplaint")
class ReportMajorComplaintDelegate implements JavaDelegate {

  private final CaseBook book;
  private final Notifier notifier;
  private final NotificationLinks links;

  ReportMajorComplaintDelegate(CaseBook book, Notifier notifier, NotificationLinks links) {
    this.book = book;
    this.notifier = notifier;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CustomerCase reported = book.reportedToManagement((Long) execution.getVariable(CASE_ID));
    notifier.send("customer-case-major:" + reported.number() + ":" + reported.round(),
        notifier.people(Set.of(Groups.MANAGEMENT), Set.of()),
        "重大投诉 " + reported.number() + "：" + reported.responsibleDepartmentName() + "处理中",
        "客服部登记了一件重大投诉（" + reported.number() + "，第 " + reported.round() + " 轮处理），已交"
            + reported.responsibleDepartmentName() + "处理。\n\n处理方案：" + reported.solution()
            + "\n\n查看：" + links.application(execution.getProcessInstanceId()));
  }
}
