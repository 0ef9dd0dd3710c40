package com.opsflow.tasklist;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;


/**
 * Runs the task queries of our Tasklist filters (我的待办, 部门待办, 已逾期, also with Tasklist's sorting and
 * "active only") with {@code tasklist-queries.xml}; any other task query goes Camunda's way. A query
 * qualifies only when every criterion it sets is one that file translates, checked field by field: a
 * criterion it does not know, also one a later Camunda adds, sends the query to Camunda's own statement, so
 * an unforeseen query is at worst slow, never answered with a criterion left out.
 */
class TasklistTaskManager extends TaskManager {

  static final String SELECT = "opsflow.tasklist.selectTasks";
  static final String COUNT = "opsflow.tasklist.countTasks";
  static final String COUNT_OFFERED = "opsflow.tasklist.countOfferedTasks";

  /** Criteria the statements translate. */
  private static final Set<String> TRANSLATED = Set.of("candidateUser", "candidateGroup", "candidateGroups",
      "includeAssignedTasks", "assignee", "dueBefore", "suspensionState");
  /** Fields that are no criterion: caches, the query itself as its only "or" query, what is done after the select. */
  private static final Set<String> NOT_CRITERIA = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
      "initializeFormKeys", "withCommentAttachmentInfo");
  /** The columns a permission check of a task query names (task READ, process definition READ_TASK). */
  private static final Set<String> RESOURCE_ID_COLUMNS = Set.of("RES.ID_", "D.KEY_");
  private static final List<Field> CRITERIA = Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
      .filter(field -> !Modifier.isStatic(field.getModifiers()))
      .filter(field -> !TRANSLATED.contains(field.getName()) && !NOT_CRITERIA.contains(field.getName()))
      .peek(field -> field.setAccessible(true))
      .toList();

  private final boolean postgres;

  TasklistTaskManager(String databaseType) {
    this.postgres = "postgres".equals(databaseType);
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return getDbEntityManager().selectList(translatable(query) ? SELECT : "selectTaskByQueryCriteria", query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return (Long) getDbEntityManager().selectOne(countStatement(query), query);
  }

  /** After {@link #configureQuery}. */
  String countStatement(TaskQueryImpl query) {
    return !translatable(query) ? "selectTaskCountByQueryCriteria" : postgres && onlyOffers(query) ? COUNT_OFFERED : COUNT;
  }

  /** The tasks offered to a candidate, with no condition of the task's own but "unclaimed" (部门待办). */
  private static boolean onlyOffers(TaskQueryImpl query) {
    return (query.getCandidateUser() != null || query.getCandidateGroup() != null
        || query.getCandidateGroupsInternal() != null)
        && query.getAssignee() == null && query.getDueBefore() == null && query.getSuspensionState() == null;
  }

  /** After {@link #configureQuery}: the authorization check is known then. */
  static boolean translatable(TaskQueryImpl query) {
    AuthorizationCheck authorization = query.getAuthCheck();
    CompositePermissionCheck checks = authorization.getPermissionChecks();
    if (authorization.isRevokeAuthorizationCheckEnabled()
        || !checks.getCompositeChecks().isEmpty()
        || !checks.isDisjunctive() && checks.getAtomicChecks().size() > 1
        || !checks.getAtomicChecks().stream().allMatch(check -> RESOURCE_ID_COLUMNS.contains(check.getResourceIdQueryParam()))
        || query.getQueries().size() != 1
        || query.getOrderingProperties().stream().anyMatch(ordering -> ordering.getRelation() != null)
        || groupsWithoutAnyGroup(query)) {
      return false;
    }
    try {
      for (Field criterion : CRITERIA) {
        if (isSet(criterion.get(query))) {
          return false;
        }
      }
    } catch (IllegalAccessException e) {
      return false;
    }
    return true;
  }

  /** Camunda would render an empty condition for it; let Camunda answer such a query as it does. */
  private static boolean groupsWithoutAnyGroup(TaskQueryImpl query) {
    return query.getCandidateUser() == null
        && (query.getCandidateGroup() != null || query.getCandidateGroupsInternal() != null)
        && query.getCandidateGroups().isEmpty();
  }

  private static boolean isSet(Object value) {
    return value != null && !Boolean.FALSE.equals(value)
        && !(value instanceof Collection<?> collection && collection.isEmpty())
        && !(value instanceof Map<?, ?> map && map.isEmpty())
        && !(value.getClass().isArray() && Array.getLength(value) == 0);
  }
}
