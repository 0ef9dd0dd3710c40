package com.opsflow.operations;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;

/**
 * {@code GET /api/dashboard?year=2027&department=mkt}: the 运营看板's figures, for 公司管理层 and the
 * administrators (as Cockpit shows them the whole company); anyone else is refused.
 */
@RestController
class DashboardController {

  private final OperationsDashboard dashboard;
  private final IdentityService identityService;

  DashboardController(OperationsDashboard dashboard, IdentityService identityService) {
    this.dashboard = dashboard;
    this.identityService = identityService;
  }

  @GetMapping("/api/dashboard")
  Dashboard figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department) {
    List<String> groups = CurrentUser.groups(identityService);
    if (!groups.contains(Groups.MANAGEMENT) && !groups.contains(Groups.ADMINISTRATORS)) {
      throw Refusal.forbidden("运营看板仅供公司管理层查看。");
    }
    int period = year == null ? dashboard.defaultYear() : year;
    if (period < 2000 || period > 2100) {
      throw Refusal.badRequest("年份应在 2000 到 2100 之间。");
    }
    if (department != null && !department.matches("[A-Za-z0-9]{1,64}")) {
      throw Refusal.badRequest("部门编号无效。");
    }
    return dashboard.of(period, department == null || department.isBlank() ? null : department);
  }
}
