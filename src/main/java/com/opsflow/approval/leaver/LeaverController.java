package com.opsflow.approval.leaver;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;

/** {@code POST /api/people/{id}/hand-over {"to": "…", "reason": "…"}}: 离职转办, for administrators only. */
@RestController
class LeaverController {

  private final Leavers leavers;
  private final IdentityService identityService;

  LeaverController(Leavers leavers, IdentityService identityService) {
    this.leavers = leavers;
    this.identityService = identityService;
  }

  @PostMapping("/api/people/{id}/hand-over")
  Leavers.HandOver handOver(@PathVariable String id, @RequestBody Map<String, Object> body) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.ADMINISTRATORS)) {
      throw Refusal.forbidden("只有系统管理员可以办理离职转办。");
    }
    if (!(body.get("to") instanceof String to)) {
      throw Refusal.badRequest("请填写接手人（to）。");
    }
    Object reason = body.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw Refusal.badRequest("转办原因必须是文字。");
    }
    return leavers.handOver(id, to, (String) reason);
  }
}
