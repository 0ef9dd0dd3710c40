package com.opsflow.risk.warning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Indicators' values by month. */
public interface IndicatorValues extends JpaRepository<IndicatorValue, Long> {

  List<IndicatorValue> findByPeriodIn(Collection<String> periods);

  List<IndicatorValue> findByIndicatorCodeInAndPeriodGreaterThanEqualOrderByPeriod(Collection<String> codes, String from);
}
