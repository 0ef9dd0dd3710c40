package com.opsflow.collaboration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Progress reports of all projects. */
public interface ProgressReports extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByProjectIdOrderById(long projectId);
}
