package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_MONTH;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_QUARTER;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_YEAR;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_ITEMS;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_SUMMARY;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_TITLE;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_TYPE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.opsflow.approval.SubmissionRefused;

/**
 * A plan as the drafter submitted it, checked on the server field by field — forms can be bypassed
 * by any REST client, so nothing here trusts them.
 */
record PlanDraft(PlanPeriod period, String title, String summary, List<PlanItem> items) {

  static final int MAX_ITEMS = 100;
  static final int MAX_TITLE = 100;
  static final int MAX_SUMMARY = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param variables what was submitted, merged with the instance's variables
   * @param currentYear plans may be drafted for this year and the next one only
   */
  static PlanDraft from(Map<String, Object> variables, int currentYear) {
    List<String> errors = new ArrayList<>();
    PlanPeriod period = period(variables, currentYear, errors);
    String title = text(variables.get(PLAN_TITLE), "计划名称", MAX_TITLE, true, errors);
    String summary = text(variables.get(PLAN_SUMMARY), "计划概述", MAX_SUMMARY, true, errors);
    List<PlanItem> items = items(variables.get(PLAN_ITEMS), period, errors);
    if (!errors.isEmpty()) {
      throw new SubmissionRefused(errors.size() > 8
          ? List.copyOf(append(errors.subList(0, 8), "另有 " + (errors.size() - 8) + " 处问题"))
          : errors);
    }
    return new PlanDraft(period, title, summary, items);
  }

  private static List<String> append(List<String> list, String more) {
    List<String> copy = new ArrayList<>(list);
    copy.add(more);
    return copy;
  }

  private static PlanPeriod period(Map<String, Object> variables, int currentYear, List<String> errors) {
    Optional<PlanType> type = PlanType.parse(variables.get(PLAN_TYPE));
    if (type.isEmpty()) {
      errors.add("请选择计划类型（年度、季度或月度运营计划）");
      return null;
    }
    Integer year = integer(variables.get(PERIOD_YEAR));
    if (year == null) {
      errors.add("请填写计划年份");
      return null;
    }
    if (year < currentYear || year > currentYear + 1) {
      errors.add("计划年份只能是 " + currentYear + " 或 " + (currentYear + 1) + " 年");
      return null;
    }
    return switch (type.get()) {
      case ANNUAL -> new PlanPeriod(PlanType.ANNUAL, year, null);
      case QUARTERLY -> {
        Integer quarter = integer(variables.get(PERIOD_QUARTER));
        if (quarter == null || quarter < 1 || quarter > 4) {
          errors.add("季度运营计划须选择季度（第1至第4季度）");
          yield null;
        }
        yield new PlanPeriod(PlanType.QUARTERLY, year, quarter);
      }
      case MONTHLY -> {
        Integer month = integer(variables.get(PERIOD_MONTH));
        if (month == null || month < 1 || month > 12) {
          errors.add("月度运营计划须选择月份（1至12月）");
          yield null;
        }
        yield new PlanPeriod(PlanType.MONTHLY, year, month);
      }
    };
  }

  private static List<PlanItem> items(Object value, PlanPeriod period, List<String> errors) {
    List<Map<String, Object>> rows = rows(value, errors);
    if (rows == null) {
      return List.of();
    }
    if (rows.isEmpty()) {
      errors.add("计划事项至少需要 1 项");
      return List.of();
    }
    if (rows.size() > MAX_ITEMS) {
      errors.add("计划事项不能超过 " + MAX_ITEMS + " 项（当前 " + rows.size() + " 项），请合并或拆分计划");
      return List.of();
    }
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 项计划事项的";
      String goal = text(row.get("goal"), at + "工作目标", 200, true, errors);
      String task = text(row.get("task"), at + "工作任务", 1000, true, errors);
      String measures = text(row.get("measures"), at + "措施与实施步骤", 2000, true, errors);
      LocalDate deadline = deadline(row.get("deadline"), at, period, errors);
      String responsible = text(row.get("responsible"), at + "责任人", 50, true, errors);
      String resources = text(row.get("resources"), at + "资源需求", 1000, false, errors);
      Object keyTask = row.get("keyTask");
      if (keyTask != null && !(keyTask instanceof Boolean)) {
        errors.add(at + "“重点工作”只能勾选或不勾选");
      }
      items.add(new PlanItem(goal, task, measures, deadline, responsible, resources, Boolean.TRUE.equals(keyTask)));
    }
    return items;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Object value, List<String> errors) {
    if (value == null) {
      errors.add("计划事项至少需要 1 项");
      return null;
    }
    try {
      // Tasklist submits the dynamic list as a Json variable (a Spin node); REST clients may send a JSON string.
      String json = value instanceof String s ? s : value.toString();
      Object parsed = JSON.readValue(json, Object.class);
      if (parsed instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
        return (List<Map<String, Object>>) list;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    errors.add("计划事项的格式不正确，应为事项列表");
    return null;
  }

  private static LocalDate deadline(Object value, String at, PlanPeriod period, List<String> errors) {
    if (!(value instanceof String s) || s.isBlank()) {
      errors.add("请填写" + at + "时间节点");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      if (period != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
        errors.add(at + "时间节点 " + date + " 不在计划期间（" + period.start() + " 至 " + period.end() + "）内");
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(at + "时间节点“" + s + "”不是有效日期");
      return null;
    }
  }

  private static String text(Object value, String field, int max, boolean required, List<String> errors) {
    if (value != null && !(value instanceof String)) {
      errors.add(field + "必须是文字");
      return null;
    }
    String text = value == null ? "" : ((String) value).strip();
    if (required && text.isEmpty()) {
      errors.add("请填写" + field);
    } else if (text.length() > max) {
      errors.add(field + "不能超过 " + max + " 个字（当前 " + text.length() + " 个字）");
    }
    return text.isEmpty() ? null : text;
  }

  private static Integer integer(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).intValue();
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e6) {
      return d.intValue();
    }
    if (value instanceof String s && s.strip().matches("\\d{1,6}")) {
      return Integer.valueOf(s.strip());
    }
    return null;
  }
}
