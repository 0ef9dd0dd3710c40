package com.opsflow.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Employees working at once over HTTP as Tasklist calls the server (issue 24): each logs in to Tasklist once (session
 * cookie and the web app's CSRF token), then works with 2–5 s to think between actions until the run ends. Staff start
 * a 跨部门协作项目 of their department through its start form, open their own task (the application) from 我的待办 and
 * submit it; heads list 部门待办 with its count, open the first task's form variables, claim it and submit the review
 * (同意, appointing the drafter as project lead). Proportions: {@code load.staff} staff to one head per department,
 * {@code load.departments} departments (default 40 × (1 + 4) = 200 employees).
 */
public class EmployeesSimulation extends Simulation {

  static final String API = "/camunda/api/engine/engine/default";
  static final int DEPARTMENTS = Integer.getInteger("load.departments", 40);
  static final int STAFF = Integer.getInteger("load.staff", 4);
  static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 180));
  static final Duration RAMP = Duration.ofSeconds(30);

  private final LoadServer server = LoadServer.fromProperties();

  @Override
  public void before() {
    server.start();
  }

  @Override
  public void after() {
    server.stop();
  }

  static List<Map<String, Object>> people(boolean heads) {
    List<Map<String, Object>> people = new ArrayList<>();
    for (int d = 1; d <= DEPARTMENTS; d++) {
      String department = String.format("ld%02d", d);
      if (heads) {
        people.add(Map.of("user", department + "h", "lead", department + "s1"));
      } else {
        for (int s = 1; s <= STAFF; s++) {
          people.add(Map.of("user", department + "s" + s));
        }
      }
    }
    Collections.shuffle(people, new java.util.Random(42));
    return people;
  }

  static final String APPLICATION = """
      {"variables":{"projectName":{"value":"渠道联合推广"},"projectGoal":{"value":"三个月内覆盖华东八成渠道"},
      "projectTasks":{"value":"策划、铺货、培训"},"projectScope":{"value":"华东三省线下渠道"},
      "feasibility":{"value":"渠道基础好，资源充足"},"projectBudget":{"value":10},
      "projectStart":{"value":"%s"},"projectEnd":{"value":"%s"},"participants":{"value":"本部门员工"}}}"""
      .formatted(LocalDate.now().plusDays(10), LocalDate.now().plusDays(100));

  /** As Tasklist does: open it (the CSRF cookie), log in, find the filters. */
  static ChainBuilder login() {
    return exec(http("打开任务中心").get("/camunda/app/tasklist/default/"))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(http("登录").post("/camunda/api/admin/auth/user/default/login/tasklist")
            .header("X-XSRF-TOKEN", "#{xsrf}").formParam("username", "#{user}").formParam("password", "demo")
            .check(status().is(200)))
        // the login starts a new session: the web app's next request hands out its CSRF token
        .exec(http("当前用户").get("/camunda/api/admin/auth/user/default").check(status().is(200)))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(http("过滤器").get(API + "/filter?resourceType=Task")
            .check(jsonPath("$[?(@.name == '部门待办')].id").saveAs("departmentFilter")));
  }

  static ChainBuilder draftAndSubmit() {
    return exec(http("发起：跨部门协作项目").post(API + "/process-definition/key/collaboration-project/submit-form")
            .header("X-XSRF-TOKEN", "#{xsrf}").body(StringBody("{\"variables\":{}}")).asJson()
            .check(status().is(200), jsonPath("$.id").saveAs("instance")))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .exec(http("我的待办：申请").get(API + "/task?processInstanceId=#{instance}&assignee=#{user}")
            .check(jsonPath("$[0].id").saveAs("task")))
        .exec(http("表单变量").get(API + "/task/#{task}/form-variables"))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .exec(http("提交申请").post(API + "/task/#{task}/submit-form").header("X-XSRF-TOKEN", "#{xsrf}")
            .body(StringBody(APPLICATION)).asJson().check(status().is(204)))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  static ChainBuilder review() {
    return exec(session -> session.remove("tasks"))
        .exec(http("部门待办：列表").post(API + "/filter/#{departmentFilter}/list?firstResult=0&maxResults=15")
            .header("X-XSRF-TOKEN", "#{xsrf}").body(StringBody("{}")).asJson()
            .check(jsonPath("$[*].id").findAll().optional().saveAs("tasks")))
        .exec(http("部门待办：数量").get(API + "/filter/#{departmentFilter}/count"))
        .doIf(session -> session.contains("tasks")).then(
            exec(session -> session.set("task", session.getList("tasks").get(0)))
                .exec(http("表单变量").get(API + "/task/#{task}/form-variables"))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http("认领").post(API + "/task/#{task}/claim").header("X-XSRF-TOKEN", "#{xsrf}")
                    .body(StringBody("{\"userId\":\"#{user}\"}")).asJson().check(status().is(204)))
                .exec(http("提交审核").post(API + "/task/#{task}/submit-form").header("X-XSRF-TOKEN", "#{xsrf}")
                    .body(StringBody("{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
                        + "\"projectLead\":{\"value\":\"#{lead}\"}}}")).asJson().check(status().is(204))))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  {
    HttpProtocolBuilder protocol = http.baseUrl(server.baseUrl()).acceptHeader("application/json")
        .acceptLanguageHeader("zh-CN");
    ScenarioBuilder staff = scenario("员工：发起并提交申请").feed(people(false).iterator())
        .exec(login()).during(RUN).on(draftAndSubmit());
    ScenarioBuilder heads = scenario("部门负责人：审核部门待办").feed(people(true).iterator())
        .exec(login()).during(RUN).on(review());
    setUp(staff.injectOpen(rampUsers(DEPARTMENTS * STAFF).during(RAMP)),
        heads.injectOpen(rampUsers(DEPARTMENTS).during(RAMP)))
        .protocols(protocol);
  }
}
