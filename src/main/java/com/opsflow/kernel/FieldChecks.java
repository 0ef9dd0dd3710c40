package com.opsflow.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Server-side checks of submitted form fields, collecting every problem in Chinese so the person sees
 * them all at once; {@link #refuseIfAny()} turns them into one {@link SubmissionRefused}.
 */
public final class FieldChecks {

  private static final int MAX_REPORTED = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> problems = new ArrayList<>();

  public void add(String problem) {
    problems.add(problem);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** A text field: must be text, required or not, at most {@code max} characters. Returns it stripped, or null. */
  public String text(Object value, String field, int max, boolean required) {
    if (value != null && !(value instanceof String)) {
      add(field + "必须是文字");
      return null;
    }
    String text = value == null ? "" : ((String) value).strip();
    if (required && text.isEmpty()) {
      add("请填写" + field);
    } else if (text.length() > max) {
      add(field + "不能超过 " + max + " 个字（当前 " + text.length() + " 个字）");
    }
    return text.isEmpty() ? null : text;
  }

  /** A declared text field: its label and limit from the one declaration the form is checked against. */
  public String text(Object value, TextField field, boolean required) {
    return text(value, field.label(), field.maxLength(), required);
  }

  /** A text column of one row of a list; {@code where} says which row ("第 2 项计划事项的"). */
  public String text(Map<String, Object> row, String where, TextField field, boolean required) {
    return text(row.get(field.column()), where + field.label(), field.maxLength(), required);
  }

  /**
   * The rows of a repeated part of a form (item groups), as Tasklist submits them (a Json list of
   * objects; a REST client may send a JSON string): empty when absent, null when not a list of rows.
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      Object parsed = JSON.readValue(value instanceof String s ? s : value.toString(), Object.class);
      if (parsed instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
        return (List<Map<String, Object>>) list;
      }
    } catch (JsonProcessingException e) {
      // not JSON: not rows either
    }
    return null;
  }

  /** A list of texts, as a checklist submits it (a Json list); empty when nothing was chosen. */
  public List<String> texts(Object value, String field) {
    if (value == null) {
      return List.of();
    }
    try {
      Object parsed = JSON.readValue(value instanceof String s ? s : value.toString(), Object.class);
      if (parsed instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
        return list.stream().map(String.class::cast).distinct().toList();
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    add(field + "的格式不正确，应为选项列表");
    return List.of();
  }

  /** A date as form-js submits it (2027-03-05, possibly with a time); null with a problem when missing or wrong. */
  public LocalDate date(Object value, String field) {
    if (!(value instanceof String s) || s.isBlank()) {
      add("请填写" + field);
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      add(field + "“" + s + "”不是有效日期");
      return null;
    }
  }

  /** A whole number as forms (Integer, Long, a whole Double) or REST clients (a numeric string) send it. */
  public static Integer integer(Object value) {
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

  public void refuseIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() > MAX_REPORTED) {
      List<String> shown = new ArrayList<>(problems.subList(0, MAX_REPORTED));
      shown.add("另有 " + (problems.size() - MAX_REPORTED) + " 处问题");
      throw new SubmissionRefused(shown);
    }
    throw new SubmissionRefused(problems);
  }
}
