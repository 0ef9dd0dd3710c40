package com.opsflow.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Indexes the statements of {@code tasklist-queries.xml} read, added to Camunda's tables once the engine has
 * created or updated them, so that a database of an earlier release gets them at its next start too. With
 * them, the authorizations granted to a person are read from one index without visiting the table, and the
 * first page of a filter in Tasklist's order (due date, then newest first) stops after its first rows.
 */
class TasklistIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistIndexes.class);

  private final DataSource dataSource;
  private final String prefix;

  TasklistIndexes(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.prefix = prefix == null ? "" : prefix;
  }

  void create() {
    for (String index : List.of(
        "OPSFLOW_IDX_AUTH_GROUP_GRANTS on " + prefix
            + "ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_)",
        "OPSFLOW_IDX_AUTH_USER_GRANTS on " + prefix
            + "ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_)",
        "OPSFLOW_IDX_TASK_DUE_CREATED on " + prefix + "ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ desc)")) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + index);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException e) {
        // another node starting at the same moment may have won the race; the queries stay correct without it
        LOG.warn("Could not create index {}: {}", index, e.getMessage());
      }
    }
  }
}
