package com.opsflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlanPeriodTest {

  @Test
  void theYearEndRoundPlansNextYear() {
    PlanPeriod next = PlanPeriod.following(PlanType.ANNUAL, LocalDate.of(2026, 12, 1));
    assertThat(next.label()).isEqualTo("2027年度");
    assertThat(next.code()).isEqualTo("A");
    assertThat(next.start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.end()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void theQuarterEndRoundPlansNextQuarterAcrossTheYear() {
    assertThat(PlanPeriod.following(PlanType.QUARTERLY, LocalDate.of(2026, 12, 15)))
        .isEqualTo(new PlanPeriod(PlanType.QUARTERLY, 2027, 1));
    PlanPeriod third = PlanPeriod.following(PlanType.QUARTERLY, LocalDate.of(2027, 6, 15));
    assertThat(third.label()).isEqualTo("2027年第3季度");
    assertThat(third.code()).isEqualTo("Q3");
    assertThat(third.start()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(third.end()).isEqualTo(LocalDate.of(2027, 9, 30));
  }

  @Test
  void theMonthEndRoundPlansNextMonth() {
    PlanPeriod february = PlanPeriod.following(PlanType.MONTHLY, LocalDate.of(2028, 1, 25));
    assertThat(february.label()).isEqualTo("2028年2月");
    assertThat(february.code()).isEqualTo("M02");
    assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void eachDepartmentHoldsItsOwnPeriod() {
    PlanPeriod q1 = new PlanPeriod(PlanType.QUARTERLY, 2027, 1);
    assertThat(q1.keyFor("mkt")).isNotEqualTo(q1.keyFor("sales"));
    assertThat(q1.keyFor("mkt")).isNotEqualTo(new PlanPeriod(PlanType.MONTHLY, 2027, 1).keyFor("mkt"));
  }

  @Test
  void impossiblePeriodsDoNotExist() {
    assertThatThrownBy(() -> new PlanPeriod(PlanType.MONTHLY, 2027, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanPeriod(PlanType.ANNUAL, 2027, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
