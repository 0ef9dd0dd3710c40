package com.opsflow.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test against the whole application ({@link OpsflowTest}) that starts from a clean slate: nothing
 * running, no plans, the engine clock on {@link CleanSlate#TODAY}, camunda-bpm-assert bound.
 */
@OpsflowTest
public abstract class EngineTest {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected JdbcTemplate jdbc;

  protected Acting acting;

  @BeforeEach
  void cleanSlate() {
    CleanSlate.reset(engine, jdbc);
    init(engine);
    acting = new Acting(engine.getIdentityService());
  }
}
