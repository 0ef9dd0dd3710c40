package com.opsflow.operations;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.collaboration.ProjectStatus;
import com.opsflow.customer.CaseCategory;
import com.opsflow.customer.CaseStatus;
import com.opsflow.customer.Satisfaction;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.PlanStatus;
import com.opsflow.risk.RiskLevel;

/**
 * The figures of the 运营看板, straight from our tables and the engine's history with one grouped query
 * each, so they stay fast with years of history: plans by status, open and overdue tasks, time per
 * review step (average and 95th percentile), audits with open findings and the first-round pass rate
 * of rectifications, the performance ledger's totals, collaboration projects by phase.
 */
@Service
public class OperationsDashboard {

  private final JdbcTemplate jdbc;
  private final DepartmentTasks tasks;
  private final RepositoryService repositoryService;
  private final Organisation org;
  private final Privileged privileged;
  private final CompanyClock clock;
  private final MonthDay planningFrom;

  OperationsDashboard(JdbcTemplate jdbc, DepartmentTasks tasks, RepositoryService repositoryService, Organisation org,
      Privileged privileged, CompanyClock clock, @Value("${opsflow.dashboard.planning-from:--10-01}") String planningFrom) {
    this.planningFrom = MonthDay.parse(planningFrom);
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.repositoryService = repositoryService;
    this.org = org;
    this.privileged = privileged;
    this.clock = clock;
  }

  /** The year a manager looks at first: this one, or from {@code planning-from} on the next one, which is being planned. */
  public int defaultYear() {
    LocalDate today = clock.today();
    return today.isBefore(planningFrom.atYear(today.getYear())) ? today.getYear() : today.getYear() + 1;
  }

  /**
   * The work that counts for a year: what was done in it; for a year that has not begun, its planning so far
   * (from {@code planning-from} of the year before), or its figures would be empty while its plans are made.
   */
  LocalDate activityStart(int year) {
    return year > clock.today().getYear() ? planningFrom.atYear(year - 1) : LocalDate.of(year, 1, 1);
  }

  /** @param department a department id, or null for the whole company */
  @Transactional(readOnly = true)
  public Dashboard of(int year, String department) {
    long started = System.nanoTime();
    LocalDate start = activityStart(year);
    Timestamp from = Timestamp.from(start.atStartOfDay(clock.zone()).toInstant());
    Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toInstant());
    List<Group> departments = org.departments().stream()
        .filter(group -> department == null || group.getId().equals(department)).toList();

    Map<String, Map<String, Long>> plans = new HashMap<>();
    jdbc.query("select department, status, count(*) from operation_plan where period_year = ? and status <> ?"
        + " group by department, status", rs -> {
          plans.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>())
              .put(PlanStatus.valueOf(rs.getString(2)).label(), rs.getLong(3));
        }, year, PlanStatus.SUPERSEDED.name());
    Map<String, Long> openAudits = new HashMap<>();
    jdbc.query("select responsible_department, count(distinct audit_id) from audit_finding where status = 'RECTIFYING'"
        + " group by responsible_department", rs -> {
          openAudits.put(rs.getString(1), rs.getLong(2));
        });
    Map<String, Integer> ledger = new HashMap<>();
    jdbc.query("select department, sum(points) from performance_ledger where person is null and recorded_at >= ?"
        + " and recorded_at < ? group by department", rs -> {
          ledger.put(rs.getString(1), rs.getInt(2));
        }, from, to);
    Date now = ClockUtil.getCurrentTime();
    List<Dashboard.DepartmentFigures> figures = departments.stream().map(group -> new Dashboard.DepartmentFigures(
        group.getId(), group.getName(), plans.getOrDefault(group.getId(), Map.of()),
        tasks.open(group.getId()), tasks.overdue(group.getId(), now), openAudits.getOrDefault(group.getId(), 0L),
        ledger.getOrDefault(group.getId(), 0))).toList();

    String activity = start.getYear() == year ? year + " 年" : start + " 起";
    return new Dashboard(year, department, activity, figures, stepTimes(from, to, department), rectification(from, to, department),
        projects(from, to, department), customerCases(from, to, department), resolutions(from, to, department, now), risks(department),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Created → completed per step, for the steps completed in the period (a department's: its own and its head's). */
  private List<Dashboard.StepTime> stepTimes(Timestamp from, Timestamp to, String department) {
    Map<String, List<Long>> durations = new LinkedHashMap<>();
    Map<String, String[]> steps = new HashMap<>();
    String sql = "select t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.NAME_, t.DURATION_ from ACT_HI_TASKINST t"
        + " where t.END_TIME_ >= ? and t.END_TIME_ < ? and t.DELETE_REASON_ = 'completed' and t.DURATION_ is not null"
        + (department == null ? "" : " and exists (select 1 from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_"
            + " and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (?, ?))");
    Object[] parameters = department == null ? new Object[] {from, to}
        : new Object[] {from, to, department, Groups.headGroupOf(department)};
    jdbc.query(sql, rs -> {
      String key = rs.getString(1) + "/" + rs.getString(2);
      steps.putIfAbsent(key, new String[] {rs.getString(1), rs.getString(3)});
      durations.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getLong(4));
    }, parameters);
    Map<String, String> processNames = new HashMap<>();
    privileged.call(() -> repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .forEach(definition -> processNames.put(definition.getKey(), name(definition)));
    return durations.entrySet().stream().map(entry -> {
      List<Long> sorted = entry.getValue().stream().sorted().toList();
      double average = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
      long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
      String[] step = steps.get(entry.getKey());
      return new Dashboard.StepTime(processNames.getOrDefault(step[0], step[0]), step[1], sorted.size(),
          hours(average), hours(p95));
    }).sorted((a, b) -> Double.compare(b.p95Hours(), a.p95Hours())).toList();
  }

  private Dashboard.Rectification rectification(Timestamp from, Timestamp to, String department) {
    String byDepartment = department == null ? "" : " and f.responsible_department = ?";
    Object[] parameters = department == null ? new Object[] {from, to} : new Object[] {from, to, department};
    long[] first = new long[2];
    jdbc.query("select count(*), sum(case when r.accepted then 1 else 0 end) from rectification_round r"
        + " join audit_finding f on f.id = r.finding_id where r.round_no = 1 and r.accepted is not null"
        + " and r.decided_at >= ? and r.decided_at < ?" + byDepartment, rs -> {
          first[0] = rs.getLong(1);
          first[1] = rs.getLong(2);
        }, parameters);
    Long open = jdbc.queryForObject("select count(*) from audit_finding f where f.status = 'RECTIFYING'"
        + (department == null ? "" : " and f.responsible_department = ?"), Long.class,
        department == null ? new Object[0] : new Object[] {department});
    return new Dashboard.Rectification(first[0], first[1], first[0] == 0 ? null : Math.round(1000.0 * first[1] / first[0]) / 10.0,
        open == null ? 0 : open);
  }

  private Map<String, Long> projects(Timestamp from, Timestamp to, String department) {
    Map<String, Long> byPhase = new LinkedHashMap<>();
    jdbc.query("select p.status, count(*) from collaboration_project p where p.created_at >= ? and p.created_at < ?"
        + (department == null ? "" : " and (p.initiating_department = ? or exists (select 1 from"
            + " collaboration_project_department d where d.project_id = p.id and d.department = ?))")
        + " group by p.status", rs -> {
          byPhase.put(ProjectStatus.valueOf(rs.getString(1)).label(), rs.getLong(2));
        }, department == null ? new Object[] {from, to} : new Object[] {from, to, department, department});
    return byPhase;
  }

  private Dashboard.CustomerCases customerCases(Timestamp from, Timestamp to, String department) {
    String where = " from customer_case c where c.recorded_at >= ? and c.recorded_at < ?"
        + (department == null ? "" : " and c.responsible_department = ?");
    Object[] parameters = department == null ? new Object[] {from, to} : new Object[] {from, to, department};
    Map<String, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> categories = new HashMap<>();
    jdbc.query("select c.category, count(*)" + where + " group by c.category",
        rs -> { categories.put(rs.getString(1), rs.getLong(2)); }, parameters);
    for (CaseCategory category : CaseCategory.values()) {
      byCategory.put(category.label(), categories.getOrDefault(category.name(), 0L));
    }
    Map<String, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> statuses = new HashMap<>();
    jdbc.query("select c.status, count(*)" + where + " group by c.status",
        rs -> { statuses.put(rs.getString(1), rs.getLong(2)); }, parameters);
    for (CaseStatus status : CaseStatus.values()) {
      if (statuses.containsKey(status.name())) {
        byStatus.put(status.label(), statuses.get(status.name()));
      }
    }
    Map<String, String> names = new HashMap<>();
    org.departments().forEach(group -> names.put(group.getId(), group.getName()));
    List<Dashboard.CaseDepartment> handled = new ArrayList<>();
    jdbc.query("select c.responsible_department, count(*), sum(case when c.handled_late then 0 else 1 end)" + where
        + " and c.category = 'COMPLAINT' and c.handling_result is not null group by c.responsible_department"
        + " order by c.responsible_department", rs -> {
          long count = rs.getLong(2);
          long onTime = rs.getLong(3);
          handled.add(new Dashboard.CaseDepartment(names.getOrDefault(rs.getString(1), rs.getString(1)), count, onTime,
              count == 0 ? null : Math.round(1000.0 * onTime / count) / 10.0));
        }, parameters);
    Map<String, Long> satisfaction = new LinkedHashMap<>();
    Map<String, Long> rated = new HashMap<>();
    long[] reopened = new long[2];
    jdbc.query("select c.satisfaction, count(*), sum(case when c.handling_round > 1 then 1 else 0 end)" + where
        + " and c.category = 'COMPLAINT' and c.satisfaction is not null group by c.satisfaction", rs -> {
          rated.put(rs.getString(1), rs.getLong(2));
          reopened[0] += rs.getLong(2);
          reopened[1] += rs.getLong(3);
        }, parameters);
    for (Satisfaction level : Satisfaction.values()) {
      satisfaction.put(level.label(), rated.getOrDefault(level.name(), 0L));
    }
    return new Dashboard.CustomerCases(byCategory, byStatus, handled, satisfaction, reopened[0], reopened[1],
        reopened[0] == 0 ? null : Math.round(1000.0 * reopened[1] / reopened[0]) / 10.0);
  }

  /** Per 责任人's department: resolutions completed in the period (on time or late), and open and overdue ones now. */
  private List<Dashboard.ResolutionDepartment> resolutions(Timestamp from, Timestamp to, String department, Date now) {
    Map<String, long[]> byDepartment = new LinkedHashMap<>();
    String only = department == null ? "" : " and r.owner_department = ?";
    jdbc.query("select r.owner_department, count(*), sum(case when r.closed_late then 0 else 1 end) from meeting_resolution r"
        + " where r.status = 'DONE' and r.closed_at >= ? and r.closed_at < ?" + only + " group by r.owner_department", rs -> {
          long[] counts = byDepartment.computeIfAbsent(rs.getString(1), d -> new long[4]);
          counts[0] = rs.getLong(2);
          counts[1] = rs.getLong(3);
        }, department == null ? new Object[] {from, to} : new Object[] {from, to, department});
    jdbc.query("select r.owner_department, count(*), sum(case when r.due_at < ? then 1 else 0 end) from meeting_resolution r"
        + " where r.status in ('IN_PROGRESS', 'RETURNED')" + only + " group by r.owner_department", rs -> {
          long[] counts = byDepartment.computeIfAbsent(rs.getString(1), d -> new long[4]);
          counts[2] = rs.getLong(2);
          counts[3] = rs.getLong(3);
        }, department == null ? new Object[] {new Timestamp(now.getTime())} : new Object[] {new Timestamp(now.getTime()), department});
    List<Dashboard.ResolutionDepartment> rows = new ArrayList<>();
    for (Group group : org.departments()) {
      long[] counts = byDepartment.remove(group.getId());
      if (counts != null) {
        rows.add(resolutionRow(group.getName(), counts));
      }
    }
    byDepartment.forEach((id, counts) -> rows.add(resolutionRow(id == null ? "（无部门）" : org.departmentName(id), counts)));
    return rows;
  }

  /** The register's open risks by level (highest first) and the open warnings per department, now. */
  private Dashboard.Risks risks(String department) {
    String only = department == null ? "" : " and department = ?";
    Object[] parameters = department == null ? new Object[0] : new Object[] {department};
    Map<String, Long> levels = new HashMap<>();
    jdbc.query("select risk_level, count(*) from risk where status = 'OPEN'" + only + " group by risk_level",
        rs -> { levels.put(rs.getString(1), rs.getLong(2)); }, parameters);
    Map<String, Long> byLevel = new LinkedHashMap<>();
    for (int i = RiskLevel.values().length - 1; i >= 0; i--) {
      byLevel.put(RiskLevel.values()[i].label(), levels.getOrDefault(RiskLevel.values()[i].name(), 0L));
    }
    Map<String, long[]> warnings = new HashMap<>();
    jdbc.query("select department, count(*), sum(case when warning_level = 'ALARM' then 1 else 0 end) from risk_warning"
        + " where status not in ('CLOSED', 'NOTED')" + only + " group by department", rs -> {
          warnings.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }, parameters);
    List<Dashboard.WarningDepartment> rows = new ArrayList<>();
    for (Group group : org.departments()) {
      long[] counts = warnings.get(group.getId());
      if (counts != null) {
        rows.add(new Dashboard.WarningDepartment(group.getName(), counts[0], counts[1]));
      }
    }
    return new Dashboard.Risks(byLevel, rows);
  }

  private static Dashboard.ResolutionDepartment resolutionRow(String name, long[] counts) {
    return new Dashboard.ResolutionDepartment(name, counts[0], counts[1],
        counts[0] == 0 ? null : Math.round(1000.0 * counts[1] / counts[0]) / 10.0, counts[2], counts[3]);
  }

  private static String name(ProcessDefinition definition) {
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }

  private static double hours(double millis) {
    return Math.round(millis / 360_000.0) / 10.0;
  }
}
