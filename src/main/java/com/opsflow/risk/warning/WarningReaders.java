package com.opsflow.risk.warning;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Groups;

/**
 * Who reads which indicators and warnings: 运营部 (it reviews warnings), 管理层, 运营督导 and 数据分析部 (it analyses the
 * figures) read every department's; everyone else their own department's.
 */
@Component
class WarningReaders {

  static final String DATA_ANALYSIS = "data";

  private final IdentityService identityService;

  WarningReaders(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The caller's groups. */
  List<String> groups() {
    return CurrentUser.groups(identityService);
  }

  boolean mayRead(List<String> groups, String department) {
    return everyDepartment(groups) || groups.contains(department);
  }

  boolean everyDepartment(List<String> groups) {
    return groups.contains(Groups.OPERATIONS) || groups.contains(Groups.MANAGEMENT) || groups.contains(Groups.SUPERVISORS)
        || groups.contains(DATA_ANALYSIS) || groups.contains(Groups.ADMINISTRATORS);
  }
}
