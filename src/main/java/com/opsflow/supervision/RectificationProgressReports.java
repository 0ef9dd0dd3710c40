package com.opsflow.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationProgressReports extends JpaRepository<RectificationProgress, Long> {

  List<RectificationProgress> findByFindingIdOrderById(long findingId);
}
