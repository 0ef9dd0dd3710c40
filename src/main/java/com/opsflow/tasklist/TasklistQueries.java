package com.opsflow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.stereotype.Component;


/**
 * Tasklist's filters in time on PostgreSQL with authorizations on (issue 8): the engine answers their task
 * queries with {@code tasklist-queries.xml} ({@link TasklistTaskManager}), looks up only the caller's groups
 * among the authorizations ({@link CallerGroupsAuthorizationManager}), and the tables have the indexes those
 * statements read ({@link TasklistIndexes}). H2 and PostgreSQL only, the databases we run on; on any
 * other the engine stays as Camunda ships it.
 */
@Component
class TasklistQueries extends AbstractProcessEnginePlugin {

  private static final Set<String> DATABASES = Set.of("h2", "postgres");
  private static final String MAPPER = "com/opsflow/tasklist/tasklist-queries.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // a shared SqlSessionFactory (several engines in one JVM) has them already
    if (!mybatis.hasStatement(TasklistTaskManager.SELECT, false)) {
      try (InputStream xml = TasklistQueries.class.getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(xml, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String databaseType = configuration.getDatabaseType();
    replace(configuration, TaskManager.class, () -> new TasklistTaskManager(databaseType));
    replace(configuration, AuthorizationManager.class, CallerGroupsAuthorizationManager::new);
  }

  private static void replace(ProcessEngineConfigurationImpl configuration, Class<?> manager, Supplier<Session> ours) {
    configuration.getSessionFactories().put(manager, new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return manager;
      }

      @Override
      public Session openSession() {
        return ours.get();
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (DATABASES.contains(configuration.getDatabaseType())) {
      new TasklistIndexes(configuration.getDataSource(), configuration.getDatabaseTablePrefix()).create();
    }
  }
}
