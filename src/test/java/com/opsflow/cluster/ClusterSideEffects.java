package com.opsflow.cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A side effect the cluster test counts: one row per job execution, written in the job's own transaction,
 * so a job rolled back leaves no row and a job executed twice leaves two.
 */
@Component("clusterSideEffects")
public class ClusterSideEffects {

  private final JdbcTemplate jdbc;
  private final String node;

  ClusterSideEffects(JdbcTemplate jdbc, @Value("${opsflow.test.node:single}") String node) {
    this.jdbc = jdbc;
    this.node = node;
  }

  public void record(DelegateExecution execution, String step) {
    jdbc.update("insert into cluster_side_effect (process_instance_id, step, node) values (?, ?, ?)",
        execution.getProcessInstanceId(), step, node);
  }
}
