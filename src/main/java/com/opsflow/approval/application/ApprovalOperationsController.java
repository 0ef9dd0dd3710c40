package com.opsflow.approval.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.approval.deadline.Reminders;
import com.opsflow.approval.signer.Signing;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.organisation.Organisation;
import com.opsflow.organisation.Pinyin;

/**
 * The approval operations over HTTP (HTTP Basic, as the caller; see {@code ApiAuthentication}):
 * 撤回, 催办 and 抄送 on an application, 转办 and 委派 on a task, the application's read-only page and
 * 抄送我的. Pages answer HTML to a browser and JSON to everyone else.
 */
@RestController
class ApprovalOperationsController {

  record Handover(String to, String comment) {
  }

  record CopyRequest(List<String> recipients, String note) {
  }

  record Person(String id, String name) {
  }

  /** Someone one may copy in, with what the 抄送 picker searches: name, department, pinyin and its initials. */
  record Addressee(String id, String name, String department, String pinyin, String initials) {
  }

  record CarbonCopyEntry(String processInstanceId, String process, String businessKey, String from, String note,
      String copiedAt) {
  }

  private final Withdrawals withdrawals;
  private final Reminders reminders;
  private final CarbonCopies carbonCopies;
  private final TaskHandover handover;
  private final ApplicationViews views;
  private final MyApplications myApplications;
  private final IdentityService identityService;
  private final Organisation org;
  private final Pinyin pinyin;
  private final CompanyClock clock;

  private final RouteAhead routeAhead;
  private final Signing signing;

  ApprovalOperationsController(Signing signing, Withdrawals withdrawals, Reminders reminders, CarbonCopies carbonCopies,
      TaskHandover handover, ApplicationViews views, MyApplications myApplications, IdentityService identityService,
      Organisation org, Pinyin pinyin, CompanyClock clock, RouteAhead routeAhead) {
    this.routeAhead = routeAhead;
    this.signing = signing;
    this.pinyin = pinyin;
    this.withdrawals = withdrawals;
    this.reminders = reminders;
    this.carbonCopies = carbonCopies;
    this.handover = handover;
    this.views = views;
    this.myApplications = myApplications;
    this.identityService = identityService;
    this.org = org;
    this.clock = clock;
  }

  @PostMapping("/api/applications/{id}/withdraw")
  Map<String, String> withdraw(@PathVariable String id) {
    withdrawals.withdraw(id, caller());
    return Map.of("message", "申请已撤回。");
  }

  @PostMapping("/api/applications/{id}/remind")
  Map<String, Object> remind(@PathVariable String id) {
    List<String> tasks = reminders.remindByInitiator(id, caller());
    return Map.of("message", "已催办 " + tasks.size() + " 项待办。", "tasks", tasks);
  }

  @PostMapping("/api/applications/{id}/cc")
  Map<String, Object> copy(@PathVariable String id, @RequestBody CopyRequest request) {
    List<String> copied = carbonCopies.copy(id, caller(), request.recipients(), request.note());
    return Map.of("message", copied.isEmpty() ? "这些人已在抄送名单中。" : "已抄送 " + copied.size() + " 人。", "copied", copied);
  }

  @PostMapping("/api/tasks/{id}/transfer")
  Map<String, String> transfer(@PathVariable String id, @RequestBody Handover request) {
    handover.transfer(id, caller(), request.to(), request.comment());
    return Map.of("message", "已转办给" + org.displayName(request.to()) + "。");
  }

  @PostMapping("/api/tasks/{id}/delegate")
  Map<String, String> delegate(@PathVariable String id, @RequestBody Handover request) {
    handover.delegate(id, caller(), request.to(), request.comment());
    return Map.of("message", "已委派给" + org.displayName(request.to()) + "，办理后交回给您。");
  }

  @GetMapping(path = "/api/applications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ApplicationView application(@PathVariable String id) {
    return views.view(id, caller());
  }

  @GetMapping(path = "/api/applications/{id}", produces = "text/html;charset=UTF-8")
  String applicationPage(@PathVariable String id, HttpServletRequest request) {
    return ApplicationPages.application(views.view(id, caller()), csrfToken(request));
  }

  @GetMapping(path = "/api/cc", produces = MediaType.APPLICATION_JSON_VALUE)
  List<CarbonCopyEntry> copiedToMe() {
    return carbonCopies.copiedTo(caller()).stream().map(cc -> new CarbonCopyEntry(cc.processInstanceId(),
        cc.processName(), cc.businessKey(), org.displayName(cc.sentBy()), cc.note(), clock.format(cc.createdAt()))).toList();
  }

  @GetMapping(path = "/api/cc", produces = "text/html;charset=UTF-8")
  String copiedToMePage() {
    return ApplicationPages.carbonCopies(org.displayName(caller()), copiedToMe());
  }

  @GetMapping("/api/tasks/{id}/colleagues")
  List<Person> colleagues(@PathVariable String id) {
    return handover.colleagues(id, caller()).stream().map(user -> new Person(user, org.displayName(user))).toList();
  }

  /** For the task view: who delegated this task to the caller, so the view can say it goes back to them. */
  @GetMapping("/api/tasks/{id}/delegation")
  Map<String, String> delegation(@PathVariable String id) {
    var signed = signing.bannerFor(id, caller());
    if (signed.isPresent()) {
      return signed.get();
    }
    return handover.delegatedBy(id, caller())
        .map(owner -> Map.of("delegatedBy", owner,
            "message", owner + "委派给您协助办理：您提交后，这项待办交回" + owner + "作最终决定。"))
        .orElse(Map.of());
  }

  /** For the task view: the steps after this one if every reviewer approves (流程预测), for those who may work it. */
  @GetMapping("/api/tasks/{id}/route-ahead")
  List<RouteAhead.NextStep> routeAhead(@PathVariable String id) {
    return routeAhead.of(handover.processInstanceOf(id, caller()));
  }

  /** Everyone, department by department in the organisation's order, then those in no one department. */
  @GetMapping("/api/people")
  List<Addressee> people() {
    caller();
    Map<String, String> departments = org.departmentNameByPerson();
    Map<String, Integer> order = new HashMap<>();
    departments.keySet().forEach(person -> order.put(person, order.size()));
    return org.people().stream()
        .sorted(Comparator.comparingInt(user -> order.getOrDefault(user.getId(), order.size())))
        .map(user -> {
          String name = org.displayName(user.getId());
          Pinyin.Spelling spelling = pinyin.of(name);
          return new Addressee(user.getId(), name, departments.getOrDefault(user.getId(), ""), spelling.full(),
              spelling.initials());
        }).toList();
  }

  @GetMapping(path = "/api/applications", produces = MediaType.APPLICATION_JSON_VALUE)
  List<MyApplications.MyApplication> mine() {
    return myApplications.of(caller());
  }

  @GetMapping(path = "/api/applications", produces = "text/html;charset=UTF-8")
  String minePage(HttpServletRequest request) {
    return ApplicationPages.myApplications(org.displayName(caller()), mine(), csrfToken(request));
  }

  /** The web apps' CSRF token, for a page's own buttons; empty for an API client, which sends none. */
  private static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object csrfToken = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return csrfToken == null ? "" : csrfToken.toString();
  }

  private String caller() {
    return CurrentUser.required(identityService);
  }
}
