package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.PlanItem;
import com.opsflow.plan.PlanItems;
import com.opsflow.plan.adjustment.PlanAdjustmentProcess.TextFields;

/**
 * An adjustment as the applicant submitted it, checked on the server and compared with the plan in
 * force: each item kept, modified (before → after), removed, or added.
 *
 * <p>The form shows one group per item of the plan, prefilled; a group may be marked 删除此事项, groups
 * beyond the plan's items are new ones, and groups the applicant no longer shows count as removed.
 */
record AdjustmentRequest(AdjustmentCause cause, String causeDescription, String reason,
    List<PlanItem> adjustedItems, List<ItemChange> changes, String adjustedSchedule, String impact,
    Set<String> affectedDepartments) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param otherDepartments the departments the applicant may name as affected: all but their own
   */
  static AdjustmentRequest from(Map<String, Object> variables, OperationPlan plan, Set<String> otherDepartments) {
    FieldChecks checks = new FieldChecks();
    Optional<AdjustmentCause> cause = AdjustmentCause.parse(variables.get(CAUSE));
    if (cause.isEmpty()) {
      checks.add("请选择调整原因类别（市场变化、政策调整、公司战略变更、突发事件或其他）");
    }
    String causeDescription = checks.text(variables.get(CAUSE_DESCRIPTION), TextFields.CAUSE_DESCRIPTION,
        cause.orElse(null) == AdjustmentCause.OTHER);
    String reason = checks.text(variables.get(REASON), TextFields.REASON, true);

    List<PlanItem> adjusted = new ArrayList<>();
    List<ItemChange> changes = new ArrayList<>();
    List<Map<String, Object>> rows = PlanItems.rows(variables.get(PLAN_ITEMS), checks);
    if (rows != null) {
      compare(plan, rows, adjusted, changes, checks);
      if (checks.ok() && adjusted.isEmpty()) {
        checks.add("调整后的计划至少需要保留 1 项计划事项");
      } else if (checks.ok() && changes.isEmpty()) {
        checks.add("调整后的计划事项与现行计划完全相同，请写明要调整的内容");
      }
    }
    String schedule = checks.text(variables.get(ADJUSTED_SCHEDULE), TextFields.ADJUSTED_SCHEDULE, true);
    String impact = checks.text(variables.get(IMPACT), TextFields.IMPACT, true);
    Set<String> affected = departments(variables.get(AFFECTED_DEPARTMENTS), plan.department(), otherDepartments, checks);
    checks.refuseIfAny();
    return new AdjustmentRequest(cause.get(), causeDescription, reason, adjusted, changes, schedule, impact, affected);
  }

  private static void compare(OperationPlan plan, List<Map<String, Object>> rows, List<PlanItem> adjusted,
      List<ItemChange> changes, FieldChecks checks) {
    List<PlanItem> current = plan.items();
    for (int i = 0; i < Math.max(rows.size(), current.size()); i++) {
      boolean existing = i < current.size();
      boolean removed = i >= rows.size() || Boolean.TRUE.equals(rows.get(i).get("removed"));
      if (removed) {
        if (existing) {
          changes.add(new ItemChange(ItemChange.Kind.REMOVED, i + 1, describe(current.get(i), ALL_FIELDS), null));
        }
        continue;
      }
      PlanItem item = PlanItems.item(rows.get(i), i, plan.period(), checks);
      adjusted.add(item);
      if (!existing) {
        changes.add(new ItemChange(ItemChange.Kind.ADDED, i + 1, null, describe(item, ALL_FIELDS)));
        continue;
      }
      PlanItem before = current.get(i);
      List<Field> differing = ALL_FIELDS.stream()
          .filter(field -> !Objects.equals(field.value.apply(before), field.value.apply(item))).toList();
      if (!differing.isEmpty()) {
        changes.add(new ItemChange(ItemChange.Kind.MODIFIED, i + 1, describe(before, differing), describe(item, differing)));
      }
    }
  }

  private static Set<String> departments(Object value, String own, Set<String> others, FieldChecks checks) {
    Set<String> affected = new LinkedHashSet<>();
    if (value == null) {
      return affected;
    }
    try {
      Object parsed = JSON.readValue(value instanceof String s ? s : value.toString(), Object.class);
      if (parsed instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
        for (Object department : list) {
          if (own.equals(department)) {
            checks.add("受影响部门不必包括本部门");
          } else if (!others.contains(department)) {
            checks.add("受影响部门“" + department + "”不存在");
          } else {
            affected.add((String) department);
          }
        }
        return affected;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    checks.add("受影响部门的格式不正确，应为部门列表");
    return affected;
  }

  private record Field(String label, Function<PlanItem, Object> value) {
  }

  private static final List<Field> ALL_FIELDS = List.of(
      new Field("工作目标", PlanItem::goal),
      new Field("工作任务", PlanItem::task),
      new Field("措施与实施步骤", PlanItem::measures),
      new Field("时间节点", PlanItem::deadline),
      new Field("责任人", PlanItem::responsible),
      new Field("资源需求", item -> item.resources() == null ? "" : item.resources()),
      new Field("重点工作", item -> item.keyTask() ? "是" : "否"));

  private static String describe(PlanItem item, List<Field> fields) {
    return String.join("；", fields.stream().map(field -> field.label + "：" + field.value.apply(item)).toList());
  }
}
