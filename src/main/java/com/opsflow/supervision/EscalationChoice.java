package com.opsflow.supervision;

import java.util.Arrays;
import java.util.Optional;

/**
 * What 管理层 decides for an overdue or repeatedly failed rectification (SV-3.4): the form's values, which
 * {@code finding-rectification.bpmn} routes on.
 */
enum EscalationChoice {
  EXTEND("延长期限"),
  CONTINUE("继续整改"),
  CLOSE_FAILED("按整改失败关闭");

  private final String label;

  EscalationChoice(String label) {
    this.label = label;
  }

  /** 延长期限、继续整改或按整改失败关闭 */
  static String choices() {
    return EXTEND.label + "、" + CONTINUE.label + "或" + CLOSE_FAILED.label;
  }

  static Optional<EscalationChoice> parse(Object submitted) {
    return Arrays.stream(values()).filter(choice -> choice.name().equals(submitted)).findFirst();
  }
}
