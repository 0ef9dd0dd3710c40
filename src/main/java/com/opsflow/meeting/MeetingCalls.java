package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.opsflow.collaboration.CollaborationProject;
import com.opsflow.collaboration.CollaborationProjects;
import com.opsflow.collaboration.ProjectStatus;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.meeting.MeetingProcess.TextFields;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * Checks a meeting as the organiser fixed it and resolves its attendees to people (OM-8.2): departments and roles
 * chosen as a whole become their members; the organiser and the recorder always attend; a 项目协调会 adds the heads of
 * the project's departments. Who may chair: 管理层 the company meeting, a department's own people its meeting, a
 * project's lead its coordination meeting.
 */
@Component
class MeetingCalls {

  /** The option that stands for every department's head. */
  static final String HEADS = "heads";
  static final int MAX_AGENDA_ITEMS = 20;
  static final int MAX_ATTENDEES = 200;

  private final Organisation org;
  private final CollaborationProjects projects;
  private final CompanyClock clock;
  private final MeetingRules rules;

  MeetingCalls(Organisation org, CollaborationProjects projects, CompanyClock clock, MeetingRules rules) {
    this.org = org;
    this.projects = projects;
    this.clock = clock;
    this.rules = rules;
  }

  MeetingCall check(Map<String, Object> variables, String organiser) {
    FieldChecks checks = new FieldChecks();
    MeetingKind kind = MeetingKind.of(variables.get(KIND)).orElse(null);
    if (kind == null) {
      checks.add("请选择会议类型（公司例会、部门会议、项目协调会或专题会议）");
    }
    String topic = checks.text(variables.get(TOPIC), TextFields.TOPIC, true);
    List<String> agenda = agenda(variables.get(AGENDA), checks);
    Instant startsAt = startsAt(variables, checks);
    Integer minutes = FieldChecks.integer(variables.get(DURATION_MINUTES));
    if (minutes == null || minutes < 15 || minutes > rules.getMaxDurationMinutes()) {
      checks.add("会议时长应为 15 到 " + rules.getMaxDurationMinutes() + " 分钟");
    }
    String place = checks.text(variables.get(PLACE), TextFields.PLACE, true);
    Set<String> everyone = everyone();
    Set<String> attendees = new LinkedHashSet<>();
    attendees.add(organiser);
    for (String person : checks.texts(variables.get(ATTENDEE_PEOPLE), "参会人员")) {
      if (everyone.contains(person)) {
        attendees.add(person);
      } else {
        checks.add("参会人员“" + person + "”不在组织架构中");
      }
    }
    for (String group : checks.texts(variables.get(ATTENDEE_GROUPS), "参会部门或角色")) {
      List<String> members = membersOf(group);
      if (members == null) {
        checks.add("参会部门或角色“" + group + "”不存在");
      } else {
        attendees.addAll(members);
      }
    }
    String recorder = variables.get(RECORDER) instanceof String r && !r.isBlank() ? r : null;
    if (recorder == null) {
      checks.add("请选择会议记录人");
    } else if (!everyone.contains(recorder)) {
      checks.add("会议记录人“" + recorder + "”不在组织架构中");
    } else {
      attendees.add(recorder);
    }
    String department = null;
    String projectNumber = null;
    if (kind == MeetingKind.COMPANY && !org.membersOf(Groups.MANAGEMENT).contains(organiser)) {
      checks.add("公司例会由管理层召集");
    } else if (kind == MeetingKind.DEPARTMENT) {
      department = org.departmentOf(organiser);
    } else if (kind == MeetingKind.PROJECT) {
      CollaborationProject project = project(variables.get(PROJECT), organiser, checks);
      if (project != null) {
        projectNumber = project.number();
        project.departments().forEach(d -> attendees.addAll(org.membersOf(Groups.headGroupOf(d))));
      }
    }
    if (attendees.size() < 2) {
      checks.add("请选择参会人员（召集人之外至少一人）");
    } else if (attendees.size() > MAX_ATTENDEES) {
      checks.add("参会人员不能超过 " + MAX_ATTENDEES + " 人（当前 " + attendees.size() + " 人）");
    }
    checks.refuseIfAny();
    return new MeetingCall(kind, topic, agenda, startsAt, startsAt.plus(Duration.ofMinutes(minutes)), place,
        List.copyOf(attendees), recorder, department, projectNumber);
  }

  /** A new time and place for a called meeting: the same checks as its preparation's. */
  MeetingCall moved(Meeting meeting, Map<String, Object> values) {
    FieldChecks checks = new FieldChecks();
    Instant startsAt = startsAt(values, checks);
    Integer minutes = FieldChecks.integer(values.get(DURATION_MINUTES));
    if (minutes == null || minutes < 15 || minutes > rules.getMaxDurationMinutes()) {
      checks.add("会议时长应为 15 到 " + rules.getMaxDurationMinutes() + " 分钟");
    }
    String place = values.get(PLACE) == null ? meeting.place() : checks.text(values.get(PLACE), TextFields.PLACE, true);
    checks.refuseIfAny();
    return new MeetingCall(meeting.kind(), meeting.topic(), meeting.agenda(), startsAt,
        startsAt.plus(Duration.ofMinutes(minutes)), place, meeting.attendees(), meeting.recorder(), meeting.department(),
        meeting.projectNumber());
  }

  /** Everyone one may invite or name: login → "姓名（部门）". */
  Map<String, String> peopleOptions() {
    Map<String, String> departments = org.departmentNameByPerson();
    Set<String> colleagues = everyone();
    Map<String, String> options = new LinkedHashMap<>();
    for (User user : org.people()) {
      if (!colleagues.contains(user.getId())) {
        continue;
      }
      String name = org.displayName(user.getId());
      String department = departments.get(user.getId());
      options.put(user.getId(), department == null ? name : name + "（" + department + "）");
    }
    return options;
  }

  /** The departments and roles one may invite as a whole. */
  Map<String, String> groupOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put(HEADS, "各部门负责人");
    options.put(Groups.MANAGEMENT, org.departmentName(Groups.MANAGEMENT));
    for (Group department : org.departments()) {
      options.put(department.getId(), department.getName() + "（全体）");
    }
    return options;
  }

  /** The projects whose lead the organiser is, running: what a 项目协调会 may be about (OC-4.3.1). */
  Map<String, String> projectOptions(String organiser) {
    Map<String, String> options = new LinkedHashMap<>();
    projects.findByStatusOrderById(ProjectStatus.EXECUTING).stream().filter(p -> organiser.equals(p.lead()))
        .forEach(p -> options.put(p.number(), p.number() + "｜" + p.name()));
    return options;
  }

  private List<String> membersOf(String group) {
    if (HEADS.equals(group)) {
      List<String> heads = new ArrayList<>();
      org.departments().forEach(d -> heads.addAll(org.membersOf(Groups.headGroupOf(d.getId()))));
      return heads;
    }
    boolean known = Groups.MANAGEMENT.equals(group) || org.departments().stream().anyMatch(d -> d.getId().equals(group));
    return known ? org.membersOf(group) : null;
  }

  /**
   * The people of the departments and the company's roles: whom one may invite, record or make 责任人 — not an
   * administrator's login or a technical user of another system.
   */
  Set<String> everyone() {
    Set<String> ids = new LinkedHashSet<>();
    org.departments().forEach(department -> ids.addAll(org.membersOf(department.getId())));
    for (String role : List.of(Groups.MANAGEMENT, Groups.SUPERVISORS, Groups.COLLABORATION_GROUP, Groups.PROCESS_OWNERS)) {
      ids.addAll(org.membersOf(role));
    }
    return ids;
  }

  private CollaborationProject project(Object chosen, String organiser, FieldChecks checks) {
    if (!(chosen instanceof String number) || number.isBlank()) {
      checks.add("项目协调会请选择协作项目");
      return null;
    }
    CollaborationProject project = projects.findByStatusOrderById(ProjectStatus.EXECUTING).stream()
        .filter(p -> p.number().equals(number)).findFirst().orElse(null);
    if (project == null) {
      checks.add("协作项目“" + number + "”不存在或不在执行中");
    } else if (!organiser.equals(project.lead())) {
      checks.add("项目协调会由项目负责人召集，" + number + " 的负责人是" + org.displayName(project.lead()));
    }
    return project;
  }

  private List<String> agenda(Object value, FieldChecks checks) {
    List<Map<String, Object>> rows = FieldChecks.rows(value);
    if (rows == null) {
      checks.add("议程的格式不正确");
      return List.of();
    }
    if (rows.isEmpty()) {
      checks.add("请至少填写一项议程");
    } else if (rows.size() > MAX_AGENDA_ITEMS) {
      checks.add("议程不能超过 " + MAX_AGENDA_ITEMS + " 项");
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < MAX_AGENDA_ITEMS; i++) {
      String item = checks.text(rows.get(i), "第 " + (i + 1) + " 项", TextFields.AGENDA_ITEM, true);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private Instant startsAt(Map<String, Object> variables, FieldChecks checks) {
    LocalDate date = checks.date(variables.get(DATE), "会议日期");
    Object time = variables.get(START_TIME);
    LocalTime at = null;
    try {
      at = time instanceof String t && !t.isBlank() ? LocalTime.parse(t.strip()) : null;
    } catch (DateTimeParseException unreadable) {
      // reported below
    }
    if (at == null) {
      checks.add(time == null || time.toString().isBlank() ? "请选择开始时间" : "开始时间“" + time + "”无效，应如 09:30");
    }
    if (date == null || at == null) {
      return clock.now();
    }
    Instant startsAt = date.atTime(at).atZone(clock.zone()).toInstant();
    if (!startsAt.isAfter(clock.now())) {
      checks.add("会议时间 " + date + " " + at + " 已经过去，请选择今后的时间");
    }
    return startsAt;
  }
}
