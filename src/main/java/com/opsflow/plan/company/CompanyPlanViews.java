package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;

/** What the company plan's forms show: its status, the department plans it gathers and who is still missing. */
@Component
class CompanyPlanViews {

  private final CompanyPlanBook book;

  CompanyPlanViews(CompanyPlanBook book) {
    this.book = book;
  }

  void show(DelegateExecution execution, CompanyPlan plan) {
    execution.setVariable(STATUS, plan.statusLabel());
    List<DepartmentPlan> inForce = book.departmentPlansInForce(plan.year());
    execution.setVariable(DEPARTMENT_PLANS_VIEW, FormValues.json(inForce.stream().map(p -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("department", p.departmentName());
      row.put("number", p.number());
      row.put("title", p.title());
      return row;
    }).toList()));
    List<String> missing = book.departmentsWithout(inForce);
    execution.setVariable(MISSING_DEPARTMENTS, missing.isEmpty() ? "无" : String.join("、", missing));
  }
}
