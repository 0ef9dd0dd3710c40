package com.opsflow.collaboration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All collaboration projects. */
public interface CollaborationProjects extends JpaRepository<CollaborationProject, Long> {

  Optional<CollaborationProject> findByProcessInstanceId(String processInstanceId);

  long countByNumberStartingWith(String prefix);

  List<CollaborationProject> findByStatusOrderById(ProjectStatus status);
}
