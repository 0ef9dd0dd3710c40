package com.opsflow.meeting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/**
 * 决议台账 (OM-8.4): 运营部 and 管理层 list every meeting's decision items by department, person, status and overdue;
 * everyone else sees the items they are 责任人 of. 运营部 extends an item's date here. JSON for programs, a page for
 * browsers.
 */
@RestController
class ResolutionLedgerController {

  static final int MAX_ROWS = 500;

  private final Resolutions resolutions;
  private final Meetings meetings;
  private final MeetingReaders readers;
  private final ResolutionExtensions extensions;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  ResolutionLedgerController(Resolutions resolutions, Meetings meetings, MeetingReaders readers,
      ResolutionExtensions extensions, Organisation org, IdentityService identityService, CompanyClock clock) {
    this.resolutions = resolutions;
    this.meetings = meetings;
    this.readers = readers;
    this.extensions = extensions;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @GetMapping(path = "/api/resolutions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  List<ResolutionRow> ledger(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean overdue) {
    Authentication caller = identityService.getCurrentAuthentication();
    ResolutionStatus byStatus = status == null || status.isBlank() ? null
        : ResolutionStatus.of(status).orElseThrow(() -> Refusal.badRequest("状态“" + status + "”不存在。"));
    if (owner != null && owner.length() > 64) {
      throw Refusal.badRequest("责任人不能超过 64 个字符。");
    }
    Instant now = clock.now();
    Map<Long, String> meetingNumbers = new LinkedHashMap<>();
    return resolutions.ledger(blank(department), blank(owner), byStatus, readers.tracksEveryItem(caller),
        List.of(caller == null ? "" : caller.getUserId()), overdue ? now : null, PageRequest.of(0, MAX_ROWS)).stream()
        .map(r -> new ResolutionRow(r.number(),
            meetingNumbers.computeIfAbsent(r.meetingId(), id -> meetings.findById(id).orElseThrow().number()), r.subject(),
            org.displayName(r.owner()), r.ownerDepartmentName(), r.dueAt(), r.statusLabel(), r.overdueAt(now), r.extensions(),
            r.closedAt(), r.closedLate()))
        .toList();
  }

  @GetMapping(path = "/api/resolutions", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  String page(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean overdue) {
    Map<String, String> departments = new LinkedHashMap<>();
    org.departments().forEach(d -> departments.put(d.getId(), d.getName()));
    return ResolutionLedgerPage.of(ledger(department, status, owner, overdue), departments, department, status, overdue, owner,
        clock);
  }

  /** Body: {@code {"due": "2027-01-20", "reason": "…"}}. */
  @PostMapping("/api/resolutions/{number}/extension")
  ResolutionRow extend(@PathVariable String number, @RequestBody Map<String, Object> body) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!readers.mayExtend(caller)) {
      throw Refusal.forbidden("只有运营部可以延长决议的完成时间。");
    }
    Resolution r = extensions.extend(number, body.get("due"), body.get("reason"), CurrentUser.required(identityService));
    return new ResolutionRow(r.number(), meetings.findById(r.meetingId()).orElseThrow().number(), r.subject(),
        org.displayName(r.owner()), r.ownerDepartmentName(), r.dueAt(), r.statusLabel(), r.overdueAt(clock.now()),
        r.extensions(), r.closedAt(), r.closedLate());
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
