package com.opsflow.supervision;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationProgressReports extends JpaRepository<RectificationProgress, Long> {

  List<RectificationProgress> findByFindingIdOrderById(long findingId);

  /** A supervisor's answer to a periodic report or to a help request (SV-3.4.3), kept with it. */
  default RectificationProgress reviewed(long reportId, String supervisor, String review, Instant at) {
    RectificationProgress report = findById(reportId).orElseThrow();
    report.reviewed(supervisor, review, at);
    return save(report);
  }
}
