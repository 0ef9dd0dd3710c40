package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;

/**
 * After 登记并提交计划: a quarterly or monthly plan whose parent plan is in force goes to 关联上级计划事项 with the
 * parent's items as a list to choose from (OM-3.2, OM-3.3). A resubmitted item that reads as before keeps the
 * choice the drafter made the last time.
 */
@Component
class ParentLinkOffer {

  private final PlanHierarchy hierarchy;

  ParentLinkOffer(PlanHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  void offer(DelegateExecution execution, OperationPlan plan) {
    Optional<OperationPlan> parent = hierarchy.parentInForce(plan);
    execution.setVariable(NEEDS_PARENT_LINKS, parent.isPresent());
    if (parent.isEmpty()) {
      // an annual plan, or a quarterly or monthly plan drafted before its parent came into force; a resubmission
      // may have changed the period, so what the last round offered goes
      if (execution.hasVariable(PARENT_PLAN_NUMBER)) {
        execution.setVariable(PARENT_PLAN_NUMBER, null);
        execution.setVariable(PARENT_PLAN_LABEL, null);
      }
      return;
    }
    OperationPlan found = parent.get();
    execution.setVariable(PARENT_PLAN_NUMBER, found.number());
    execution.setVariable(PARENT_PLAN_LABEL, label(found));
    List<PlanItem> parentItems = found.items();
    Map<String, String> options = new LinkedHashMap<>();
    for (int no = 1; no <= parentItems.size(); no++) {
      options.put(String.valueOf(no), "第 " + no + " 项　" + parentItems.get(no - 1).label());
    }
    execution.setVariable(PARENT_ITEM_OPTIONS, FormValues.options(options));
    execution.setVariable(PARENT_ITEMS, FormValues.json(IntStream.range(0, parentItems.size())
        .mapToObj(i -> parentRow(i + 1, parentItems.get(i))).toList()));
    Map<String, Map<String, Object>> earlier = earlierChoices(execution.getVariable(PARENT_LINKS));
    execution.setVariable(PARENT_LINKS, FormValues.json(plan.items().stream().map(PlanItem::label)
        .map(task -> linkRow(task, earlier.get(task))).toList()));
  }

  /** The links of {@code items} as the form's rows. */
  static TypedValue rows(List<PlanItem> items) {
    return FormValues.json(items.stream().map(item -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("task", item.label());
      row.put("parent", item.parentItemNo() == null ? null : String.valueOf(item.parentItemNo()));
      row.put("reason", item.unlinkedReason());
      return row;
    }).toList());
  }

  static String label(OperationPlan plan) {
    return plan.number() + "　" + plan.title() + "（" + plan.status().label() + "）";
  }

  private static Map<String, Object> parentRow(int no, PlanItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", no);
    row.put("goal", item.goal());
    row.put("task", item.task());
    row.put("deadline", item.deadline().toString());
    row.put("responsible", item.responsible());
    return row;
  }

  private static Map<String, Object> linkRow(String task, Map<String, Object> earlier) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("task", task);
    row.put("parent", earlier == null ? null : earlier.get("parent"));
    row.put("reason", earlier == null ? null : earlier.get("reason"));
    return row;
  }

  private static Map<String, Map<String, Object>> earlierChoices(Object earlier) {
    List<Map<String, Object>> rows = earlier == null ? null : FieldChecks.rows(earlier);
    if (rows == null) {
      return Map.of();
    }
    return rows.stream().filter(row -> row.get("task") instanceof String)
        .collect(Collectors.toMap(row -> (String) row.get("task"), Function.identity(), (first, second) -> first));
  }
}
