package com.opsflow.supervision;

import java.util.Arrays;
import java.util.Optional;

/** What a supervision looks at (SV-4). */
public enum FocusArea {
  PROCESS_COMPLIANCE("业务流程规范"),
  SERVICE_QUALITY("服务质量"),
  EFFICIENCY("工作效率"),
  RISK_MANAGEMENT("风险管理"),
  TEAMWORK("团队协作");

  private final String label;

  FocusArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<FocusArea> parse(Object value) {
    return Arrays.stream(values()).filter(area -> area.name().equals(value)).findFirst();
  }
}
