package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import com.opsflow.kernel.FormValues;
import com.opsflow.support.Acting;

/**
 * A 市场部 department meeting as the demo users hold it: 李娜 (lina, head) calls it and chairs, 王芳 (wangfang) records,
 * 张伟 (zhangwei) attends with the rest of 市场部; 运营部's 吴磊 (wulei) checks the resolutions. The day is
 * CleanSlate's (2026-11-21, a Saturday); the meeting is the Tuesday after.
 */
public final class MeetingFixtures {

  static final String LINA = "lina";
  static final String WANGFANG = "wangfang";
  static final String ZHANGWEI = "zhangwei";
  static final String WULEI = "wulei";
  static final String ZHOUMIN = "zhoumin";

  private final ProcessEngine engine;
  private final Acting acting;

  public MeetingFixtures(ProcessEngine engine, Acting acting) {
    this.engine = engine;
    this.acting = acting;
  }

  ProcessInstance call(String organiser, String kind, String topic) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(MeetingProcess.KEY)
        .latestVersion().singleResult().getId();
    return acting.as(organiser, () -> engine.getFormService().submitStartForm(definition, Map.of(KIND, kind, TOPIC, topic)));
  }

  public static Map<String, Object> preparation() {
    Map<String, Object> form = new HashMap<>();
    form.put(KIND, "DEPARTMENT");
    form.put(TOPIC, "十二月市场活动安排");
    form.put(AGENDA, FormValues.json(List.of(Map.of("item", "回顾十一月活动效果"), Map.of("item", "确定十二月促销方案"))));
    form.put(DATE, "2026-11-24");
    form.put(START_TIME, "09:30");
    form.put(DURATION_MINUTES, 60);
    form.put(PLACE, "三楼第一会议室");
    form.put(ATTENDEE_GROUPS, FormValues.json(List.of("mkt")));
    form.put(ATTENDEE_PEOPLE, FormValues.json(List.of()));
    form.put(RECORDER, WANGFANG);
    return form;
  }

  static Map<String, Object> minutes(Map<?, ?>... decisions) {
    return Map.of(MINUTES_CONTENT, "回顾了十一月的三场活动，线上活动转化率最高；确定十二月以线上促销为主。",
        DECISIONS, FormValues.json(List.of(decisions)));
  }

  static Map<String, String> decision(String subject, String owner, String due) {
    return Map.of("subject", subject, "owner", owner, "due", due);
  }

  /** A called and prepared department meeting, waiting for its minutes. */
  public ProcessInstance preparedMeeting() {
    ProcessInstance instance = call(LINA, "DEPARTMENT", "十二月市场活动安排");
    submit(LINA, only(instance, MeetingProcess.Elements.PREPARE_MEETING), preparation());
    return instance;
  }

  Task only(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  List<Task> all(String taskKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).orderByTaskAssignee().asc().list();
  }

  Task taskOf(String assignee, String taskKey) {
    return engine.getTaskService().createTaskQuery().taskAssignee(assignee).taskDefinitionKey(taskKey).singleResult();
  }

  void submit(String user, Task task, Map<String, Object> variables) {
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  void confirm(String attendee) {
    submit(attendee, taskOf(attendee, MeetingProcess.Elements.CONFIRM_MINUTES), Map.of(MINUTES_ANSWER, "CONFIRM"));
  }

  void object(String attendee, String comment) {
    submit(attendee, taskOf(attendee, MeetingProcess.Elements.CONFIRM_MINUTES),
        Map.of(MINUTES_ANSWER, "OBJECT", MINUTES_COMMENT, comment));
  }
}
