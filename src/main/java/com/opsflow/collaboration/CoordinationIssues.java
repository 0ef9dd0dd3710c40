package com.opsflow.collaboration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Coordination issues of all projects. */
public interface CoordinationIssues extends JpaRepository<CoordinationIssue, Long> {

  List<CoordinationIssue> findByProjectIdOrderById(long projectId);
}
