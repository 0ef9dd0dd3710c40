package com.opsflow.risk;

import org.springframework.data.jpa.repository.JpaRepository;

/** The departments' risk reports, one per department and round. */
public interface RiskReports extends JpaRepository<RiskReport, Long> {

  long countByNumberStartingWith(String prefix);
}
