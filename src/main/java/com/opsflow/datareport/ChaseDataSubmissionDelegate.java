package com.opsflow.datareport;

import static com.opsflow.datareport.DataSubmissionProcess.Variables.*;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/** 催报 (OC-2.3.1: data are submitted on time): the department and its head are told the month's data are late. */
@Component("chaseDataSubmission")
class ChaseDataSubmissionDelegate implements JavaDelegate {

  private final DataReporting reporting;
  private final Notifier notifier;
  private final NotificationLinks links;
  private final Organisation org;

  ChaseDataSubmissionDelegate(DataReporting reporting, Notifier notifier, NotificationLinks links, Organisation org) {
    this.reporting = reporting;
    this.notifier = notifier;
    this.links = links;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    String period = (String) execution.getVariable(PERIOD);
    DataSubmission submission = reporting.chased((Long) execution.getVariable(REPORT_ID), department);
    Set<String> told = new LinkedHashSet<>(org.membersOf(department));
    told.addAll(org.membersOf(org.headGroupOf(department)));
    notifier.send("data-chase:" + execution.getId() + ":" + submission.chased(), told,
        "【催报】" + org.departmentName(department) + " " + period + " 经营数据尚未报送",
        org.departmentName(department) + "的 " + period + " 经营数据尚未报送（第 " + submission.chased()
            + " 次催报）。数据分析部须待各部门报送后撰写数据分析报告，请尽快在“部门待办”中完成“报送经营数据”。\n\n任务中心："
            + links.page("/camunda/app/tasklist/"));
  }
}
