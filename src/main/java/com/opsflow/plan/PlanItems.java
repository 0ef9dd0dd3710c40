package com.opsflow.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.plan.OperationPlanApprovalProcess.TextFields;

/**
 * Plan items as forms submit them (a Json list of rows) and as forms show them again. Used by the plan
 * draft and by plan adjustments.
 */
public final class PlanItems {

  public static final int MAX_ITEMS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanItems() {
  }

  /**
   * The submitted rows: Tasklist sends the item groups as a Json variable (a Spin node), a REST client
   * may send a JSON string. {@code null} (with a problem added) when it is not a list of rows.
   */
  public static List<Map<String, Object>> rows(Object value, FieldChecks checks) {
    if (value == null) {
      checks.add("计划事项至少需要 1 项");
      return null;
    }
    List<Map<String, Object>> rows = FieldChecks.rows(value);
    if (rows == null) {
      checks.add("计划事项的格式不正确，应为事项列表");
    } else if (rows.size() > MAX_ITEMS) {
      checks.add("计划事项不能超过 " + MAX_ITEMS + " 项（当前 " + rows.size() + " 项），请合并或拆分计划");
      return null;
    }
    return rows;
  }

  /** One row checked field by field; {@code index} counts from 0, messages from 1. */
  public static PlanItem item(Map<String, Object> row, int index, PlanPeriod period, FieldChecks checks) {
    String at = "第 " + (index + 1) + " 项计划事项的";
    String goal = checks.text(row, at, TextFields.PLAN_ITEMS_GOAL, true);
    String task = checks.text(row, at, TextFields.PLAN_ITEMS_TASK, true);
    String measures = checks.text(row, at, TextFields.PLAN_ITEMS_MEASURES, true);
    LocalDate deadline = deadline(row.get("deadline"), at, period, checks);
    String responsible = checks.text(row, at, TextFields.PLAN_ITEMS_RESPONSIBLE, true);
    String resources = checks.text(row, at, TextFields.PLAN_ITEMS_RESOURCES, false);
    Object keyTask = row.get("keyTask");
    if (keyTask != null && !(keyTask instanceof Boolean)) {
      checks.add(at + "“重点工作”只能勾选或不勾选");
    }
    return new PlanItem(goal, task, measures, deadline, responsible, resources, Boolean.TRUE.equals(keyTask));
  }

  /** The items as forms read them: the rows of the draft's item groups and of review tables. */
  public static TypedValue json(List<PlanItem> items) {
    List<Map<String, Object>> rows = items.stream().map(PlanItems::row).toList();
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> row(PlanItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("goal", item.goal());
    row.put("task", item.task());
    row.put("measures", item.measures());
    row.put("deadline", item.deadline() == null ? null : item.deadline().toString());
    row.put("responsible", item.responsible());
    row.put("resources", item.resources() == null ? "" : item.resources());
    row.put("keyTask", item.keyTask());
    if (item.parentItemNo() != null || item.unlinkedReason() != null) {
      row.put("parentItem", parentItem(item));
    }
    return row;
  }

  /** The parent item an item breaks down, or why it has none (OM-3.2, OM-3.3), as tables show it. */
  public static String parentItem(PlanItem item) {
    if (item.parentItemNo() != null) {
      return "第 " + item.parentItemNo() + " 项　" + item.parentItem();
    }
    return item.unlinkedReason() == null ? "" : "无上级事项：" + item.unlinkedReason();
  }

  private static LocalDate deadline(Object value, String at, PlanPeriod period, FieldChecks checks) {
    if (!(value instanceof String s) || s.isBlank()) {
      checks.add("请填写" + at + "时间节点");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      if (period != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
        checks.add(at + "时间节点 " + date + " 不在计划期间（" + period.start() + " 至 " + period.end() + "）内");
      }
      return date;
    } catch (DateTimeParseException e) {
      checks.add(at + "时间节点“" + s + "”不是有效日期");
      return null;
    }
  }

  static List<PlanItem> all(List<Map<String, Object>> rows, PlanPeriod period, FieldChecks checks) {
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      items.add(item(rows.get(i), i, period, checks));
    }
    return items;
  }
}
