package com.opsflow.approval.signer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Organisation;

/** 加签, 减签 and 会签意见 over HTTP, as the caller (see {@code ApiAuthentication}); Tasklist's 审批操作 tab uses it. */
@RestController
class SignerController {

  record AddRequest(SignerMode mode, List<String> people, String note) {
  }

  record Answer(Boolean agreed, String opinion) {
  }

  record SignerView(long id, String person, String name, SignerMode mode, String modeLabel, SignerState state,
      String stateLabel, String opinion, String decidedAt, boolean removable) {
  }

  private final Signing signing;
  private final IdentityService identityService;
  private final Organisation org;
  private final CompanyClock clock;

  SignerController(Signing signing, IdentityService identityService, Organisation org, CompanyClock clock) {
    this.signing = signing;
    this.identityService = identityService;
    this.org = org;
    this.clock = clock;
  }

  @PostMapping("/api/tasks/{id}/signers")
  Map<String, Object> add(@PathVariable String id, @RequestBody AddRequest request) {
    String caller = caller();
    List<AddedSigner> added = signing.add(id, caller, request.mode(), request.people(), request.note());
    return Map.of("message", request.mode().label() + "：已请" + String.join("、", added.stream()
        .map(row -> org.displayName(row.person())).toList()) + "审批。", "signers", added.stream().map(row -> view(row, caller)).toList());
  }

  @GetMapping("/api/tasks/{id}/signers")
  Map<String, Object> of(@PathVariable String id) {
    String caller = caller();
    Map<String, Object> answer = new HashMap<>();
    Optional<AddedSigner> asked = signing.askedOf(id, caller);
    asked.ifPresent(row -> answer.put("askedOfMe", Map.of("mode", row.mode(),
        "message", org.displayName(row.addedBy()) + "请您" + row.mode().label() + "“" + row.step() + "”"
            + (row.mode() == SignerMode.PARALLEL ? "：请选择同意或不同意并填写意见后提交。"
            : row.mode() == SignerMode.BEFORE ? "：请在表单中填写您的审批结论和意见后提交，待办随后交回"
                + org.displayName(row.addedBy()) + "。" : "：请在表单中填写您的审批结论和意见后提交。"),
        "processInstanceId", row.processInstanceId())));
    answer.put("signers", asked.filter(row -> row.subtaskId() != null).isPresent() ? List.of()
        : signing.of(id, caller).stream().map(row -> view(row, caller)).toList());
    return answer;
  }

  @DeleteMapping("/api/signers/{id}")
  Map<String, String> remove(@PathVariable long id) {
    AddedSigner removed = signing.remove(id, caller());
    return Map.of("message", "已减签：" + org.displayName(removed.person()) + "不再参与本环节审批。");
  }

  @PostMapping("/api/tasks/{id}/countersign")
  Map<String, String> answer(@PathVariable String id, @RequestBody Answer answer) {
    AddedSigner row = signing.answer(id, caller(), answer.agreed(), answer.opinion());
    return Map.of("message", "已提交会签意见：" + (Boolean.TRUE.equals(row.agreed()) ? "同意" : "不同意") + "。");
  }

  private SignerView view(AddedSigner row, String caller) {
    return new SignerView(row.id(), row.person(), org.displayName(row.person()), row.mode(), row.mode().label(), row.state(),
        row.state().label(), row.agreed() == null ? null : Signing.action(row) + (row.opinion() == null ? "" : "：" + row.opinion()),
        row.decidedAt() == null ? null : clock.format(row.decidedAt()),
        row.addedBy().equals(caller) && (row.state() == SignerState.WAITING || row.state() == SignerState.ASKED));
  }

  private String caller() {
    return CurrentUser.required(identityService);
  }
}
