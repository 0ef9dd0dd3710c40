package com.opsflow.risk.warning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * A 报警 goes to 管理层 too (OM-5.3: serious ones go to 管理层): each member finds the warning in 抄送我的 and gets a
 * mail, while the department answers it.
 */
@Component
class AlarmNotices {

  private final CarbonCopies carbonCopies;
  private final Organisation org;

  AlarmNotices(CarbonCopies carbonCopies, Organisation org) {
    this.carbonCopies = carbonCopies;
    this.org = org;
  }

  void tell(DelegateExecution execution, RiskWarning warning) {
    carbonCopies.notice(execution, org.membersOf(Groups.MANAGEMENT), "报警：" + org.departmentName(warning.department())
        + "，" + warning.subject() + "。" + (warning.description() == null ? "" : warning.description()));
  }
}
