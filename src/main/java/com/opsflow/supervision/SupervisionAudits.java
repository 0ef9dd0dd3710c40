package com.opsflow.supervision;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All supervision audits. */
public interface SupervisionAudits extends JpaRepository<SupervisionAudit, Long> {

  Optional<SupervisionAudit> findByProcessInstanceId(String processInstanceId);

  long countByNumberStartingWith(String prefix);
}
