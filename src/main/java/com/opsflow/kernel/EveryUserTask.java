package com.opsflow.kernel;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A listener on an event of every user task of every diagram, added as the diagrams are parsed: built in, so Modeler
 * does not show it and no diagram can leave it out. Listeners of one event run in the order the plugins add them
 * (their {@code @Order}).
 */
public final class EveryUserTask {

  private EveryUserTask() {
  }

  /** Call from a plugin's {@code preInit}. */
  public static void listen(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addBuiltInTaskListener(event, listener);
      }
    });
  }
}
