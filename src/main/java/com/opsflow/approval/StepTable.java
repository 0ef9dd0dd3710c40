package com.opsflow.approval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A decision table process owners keep per process and step (inputs {@code processKey}, {@code taskKey}), read
 * inside an engine command as a task is created. A step's answer only changes with a new version of the table, so it
 * is kept per deployed version: evaluating dozens of FEEL rules for every new task cost more than the rest of creating
 * it. The latest version is looked up every time (one indexed query), so a table deployed on another node counts at once.
 *
 * @param <T> what one row means to its reader
 */
public final class StepTable<T> {

  /** Turns the first matching row (empty cells are no entry at all; null when no row matched) into an answer. */
  public interface Reader<T> {
    T read(Map<String, Object> firstRow, String processKey, String taskKey);
  }

  private static final Logger LOG = LoggerFactory.getLogger(StepTable.class);

  private final String decisionKey;
  private final Reader<T> reader;
  private final T none;
  private volatile String tableId;
  private volatile Map<String, T> answers = new ConcurrentHashMap<>();

  /** @param none the answer when the table is not deployed */
  public StepTable(String decisionKey, Reader<T> reader, T none) {
    this.decisionKey = decisionKey;
    this.reader = reader;
    this.none = none;
  }

  public T of(String processKey, String taskKey) {
    try {
      DecisionDefinition table = Context.getCommandContext().runWithoutAuthorization(() ->
          Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(decisionKey));
      return answersOf(table.getId()).computeIfAbsent(processKey + "/" + taskKey, step -> evaluate(table, processKey, taskKey));
    } catch (ProcessEngineException noTable) {
      LOG.warn("no {} for {}/{}: {}", decisionKey, processKey, taskKey, noTable.getMessage());
      return none;
    }
  }

  private T evaluate(DecisionDefinition table, String processKey, String taskKey) {
    DmnDecisionResultEntries first = Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getDecisionService().evaluateDecisionById(table.getId())
            .variables(Map.of("processKey", processKey, "taskKey", taskKey)).evaluate().getFirstResult());
    return reader.read(first == null ? null : first.getEntryMap(), processKey, taskKey);
  }

  /** The answers read from one version of the table; a newer version replaces them all. */
  private Map<String, T> answersOf(String id) {
    if (!id.equals(tableId)) {
      synchronized (this) {
        if (!id.equals(tableId)) {
          answers = new ConcurrentHashMap<>();
          tableId = id;
        }
      }
    }
    return answers;
  }
}
