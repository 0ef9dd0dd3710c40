package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * Cost control against the budget (CC-3.4): after each progress report the lead's form shows the budget, the cost so
 * far and its share; the first report that takes the cost past the budget tells the lead, the initiating head and
 * 管理层 by mail.
 */
@Component
class ProjectCosts {

  private final Projects projects;
  private final Organisation org;
  private final Notifier notifier;

  ProjectCosts(Projects projects, Organisation org, Notifier notifier) {
    this.projects = projects;
    this.org = org;
    this.notifier = notifier;
  }

  void follow(DelegateExecution execution, CollaborationProject project) {
    follow(execution, project, projects.costSoFar(project.id()));
  }

  /** As above, when the caller already holds the project's reports: {@code spent} is their sum. */
  void follow(DelegateExecution execution, CollaborationProject project, BigDecimal spent) {
    BigDecimal budget = project.budget();
    String share = budget.signum() == 0 ? "—"
        : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP) + "%";
    execution.setVariable(COST_STATUS, "预算 " + amount(budget) + " 万元，已发生 " + amount(spent)
        + " 万元（" + share + "）" + (spent.compareTo(budget) > 0 ? "，已超预算" : ""));
    if (spent.compareTo(budget) > 0) {
      Set<String> told = new LinkedHashSet<>();
      if (project.lead() != null) {
        told.add(project.lead());
      }
      told.addAll(org.membersOf(org.headGroupOf(project.initiatingDepartment())));
      told.addAll(org.membersOf(Groups.MANAGEMENT));
      // the event key makes this once per project: later reports over budget do not mail again
      notifier.send("project-over-budget:" + project.number(), told, "【项目成本超预算】" + project.name(),
          project.name() + "（" + project.number() + "）已发生成本 " + amount(spent) + " 万元，超过预算 "
              + amount(budget) + " 万元（" + share + "）。请项目负责人说明原因和控制措施（CC-3.4）。");
    }
  }

  /** 万元 as people write them: 30, 13.5 — not 30.00 from the database's scale. */
  static String amount(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
