package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * 公司年度计划生效 (OM-3.1): the approved version is the year's plan, the one before it superseded; every department
 * head and 运营部 find it in 抄送我的. A department plan that came into force during 管理层's review makes the next
 * version at once.
 */
@Component("putCompanyPlanInForce")
class PutCompanyPlanInForceDelegate implements JavaDelegate {

  private final CompanyPlanBook book;
  private final CompanyPlanStarts starts;
  private final CarbonCopies carbonCopies;
  private final Organisation org;

  PutCompanyPlanInForceDelegate(CompanyPlanBook book, CompanyPlanStarts starts, CarbonCopies carbonCopies, Organisation org) {
    this.book = book;
    this.starts = starts;
    this.carbonCopies = carbonCopies;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CompanyPlan plan = book.putInForce((Long) execution.getVariable(COMPANY_PLAN_ID));
    execution.setVariable(STATUS, plan.statusLabel());
    execution.setVariable(ApplicationProcess.OUTCOME, plan.statusLabel());
    Set<String> told = new LinkedHashSet<>(org.membersOf(Groups.OPERATIONS));
    for (Group department : org.departments()) {
      told.addAll(org.membersOf(Groups.headGroupOf(department.getId())));
    }
    carbonCopies.notice(execution, told, plan.year() + " 年公司年度计划（第 " + plan.version() + " 版）已经管理层批准，请据此分解季度计划");
    List<DepartmentPlan> late = book.departmentPlansInForce(plan.year()).stream().filter(p -> !plan.holds(p.number())).toList();
    if (!late.isEmpty()) {
      starts.start(plan.year(), late.get(0).number() + " 在管理层审批期间生效，补入新版本");
    }
  }
}
