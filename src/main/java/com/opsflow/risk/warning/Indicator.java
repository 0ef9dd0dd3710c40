package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A risk indicator as risk-indicators.dmn defines it (OM-5.3): a value that reaches the warning value raises a
 * 预警, one that reaches the alarm value a 报警.
 */
public record Indicator(String code, String name, String unit, String department, Direction direction,
    BigDecimal warningValue, BigDecimal alarmValue) {

  /** Empty while the value is within bounds. */
  public Optional<WarningLevel> levelOf(BigDecimal value) {
    if (reached(value, alarmValue)) {
      return Optional.of(WarningLevel.ALARM);
    }
    return reached(value, warningValue) ? Optional.of(WarningLevel.WARNING) : Optional.empty();
  }

  private boolean reached(BigDecimal value, BigDecimal threshold) {
    int compared = value.compareTo(threshold);
    return direction == Direction.ABOVE ? compared >= 0 : compared <= 0;
  }

  /** e.g. "预警值 800 万元、报警值 600 万元（低于即预警）". */
  public String thresholds() {
    return "预警值 " + warningValue.stripTrailingZeros().toPlainString() + " " + unit + "、报警值 "
        + alarmValue.stripTrailingZeros().toPlainString() + " " + unit + "（" + direction.label() + "即预警）";
  }
}
