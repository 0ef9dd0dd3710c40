package com.opsflow.risk;

import java.util.Arrays;
import java.util.Optional;

/** What a risk concerns (OM-5.1). */
public enum RiskCategory {
  MARKET("市场"),
  FINANCE("财务"),
  LEGAL("法律"),
  HR("人力资源"),
  OPERATIONS("运营"),
  INFORMATION_SECURITY("信息安全");

  private final String label;

  RiskCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<RiskCategory> parse(Object value) {
    return Arrays.stream(values()).filter(category -> category.name().equals(value)).findFirst();
  }
}
