package com.opsflow.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/** Puts the {@link DeploymentGuard} in front of the engine's own deployers. */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beans;

  DeploymentGuardPlugin(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new DeploymentGuard(beans));
    configuration.setCustomPreDeployers(preDeployers);
  }
}
