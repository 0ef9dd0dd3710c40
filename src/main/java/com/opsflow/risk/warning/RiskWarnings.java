package com.opsflow.risk.warning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The warnings, open and closed. */
public interface RiskWarnings extends JpaRepository<RiskWarning, Long> {

  Optional<RiskWarning> findByOpenIndicator(String indicatorCode);

  Optional<RiskWarning> findByNumber(String number);

  long countByNumberStartingWith(String prefix);

  List<RiskWarning> findByDepartmentIn(Collection<String> departments);
}
