package com.opsflow.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * Server-side checks of submitted form fields, collecting every problem in Chinese so the person sees
 * them all at once; {@link #refuseIfAny()} turns them into one {@link SubmissionRefused}.
 */
public final class FieldChecks {

  private static final int MAX_REPORTED = 8;

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
