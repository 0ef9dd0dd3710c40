package com.opsflow.meeting;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of meeting the regulations name (OM-8.2, OC-4.3.1). Codes are what forms and REST clients submit. */
public enum MeetingKind {
  /** Weekly, chaired by 管理层, the department heads attend. */
  COMPANY("公司例会"),
  /** Chaired by the department's head, the department attends. */
  DEPARTMENT("部门会议"),
  /** Chaired by a collaboration project's lead, its departments attend. */
  PROJECT("项目协调会"),
  TOPIC("专题会议");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<MeetingKind> of(Object code) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
  }
}
