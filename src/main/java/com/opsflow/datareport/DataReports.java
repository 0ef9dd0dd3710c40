package com.opsflow.datareport;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The months' 数据分析报告. */
public interface DataReports extends JpaRepository<DataReport, Long> {

  Optional<DataReport> findByNumber(String number);

  boolean existsByPeriod(String period);
}
