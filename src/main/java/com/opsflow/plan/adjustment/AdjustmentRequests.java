package com.opsflow.plan.adjustment;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;

/** Applying for a plan adjustment: which plans may be adjusted, submitting, withdrawing. */
@Service
public class AdjustmentRequests {

  static final List<PlanStatus> IN_FORCE = List.of(PlanStatus.APPROVED, PlanStatus.FILED, PlanStatus.PUBLISHED);

  private final OperationPlans plans;
  private final PlanAdjustments adjustments;
  private final Organisation org;

  AdjustmentRequests(OperationPlans plans, PlanAdjustments adjustments, Organisation org) {
    this.plans = plans;
    this.adjustments = adjustments;
    this.org = org;
  }

  /** The department's plans in force: the only ones it may adjust. */
  @Transactional(readOnly = true)
  public List<OperationPlan> adjustablePlans(String department) {
    return plans.findByDepartmentAndStatusInOrderByPeriodYearDescIdDesc(department, IN_FORCE);
  }

  /** The plan the applicant chose, if their department may adjust it now. */
  @Transactional(readOnly = true)
  public OperationPlan choose(Object chosenPlanId, String department) {
    Integer id = FieldChecks.integer(chosenPlanId);
    OperationPlan plan = id == null ? null : plans.findById(id.longValue()).orElse(null);
    if (plan == null) {
      throw new SubmissionRefused("请从列表中选择要调整的计划。");
    }
    checkAdjustable(plan, department, null);
    return plan;
  }

  /**
   * @param adjustmentId the adjustment being resubmitted after a return, or {@code null} the first time
   */
  @Transactional
  public PlanAdjustment submit(Long adjustmentId, long planId, String department, String applicant,
      AdjustmentRequest request, String processInstanceId, Instant now) {
    OperationPlan plan = plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
    checkAdjustable(plan, department, adjustmentId);
    PlanAdjustment adjustment = adjustmentId == null
        ? new PlanAdjustment(numberFor(plan), plan, applicant, processInstanceId, now)
        : adjustments.findById(adjustmentId).orElseThrow();
    adjustment.submit(request, org.displayName(applicant), now);
    return adjustments.saveAndFlush(adjustment);
  }

  /** The applicant withdraws: an adjustment already on record is closed as 已撤回; the plan is untouched. */
  @Transactional
  public void withdraw(Long adjustmentId, String applicant, Instant now) {
    if (adjustmentId != null) {
      PlanAdjustment adjustment = adjustments.findById(adjustmentId).orElseThrow();
      adjustment.withdraw(org.displayName(applicant), now);
      adjustments.save(adjustment);
    }
  }

  private void checkAdjustable(OperationPlan plan, String department, Long adjustmentInProgress) {
    if (!plan.department().equals(department)) {
      throw new SubmissionRefused("只能调整本部门的计划，" + plan.number() + " 属于" + plan.departmentName() + "。");
    }
    if (!plan.status().inForce()) {
      throw new SubmissionRefused("计划 " + plan.number() + " 第 " + plan.version() + " 版当前为“" + plan.status().label()
          + "”，只有生效中的计划才能调整。");
    }
    adjustments.findByOpenPlanKey(plan.number())
        .filter(open -> !open.id().equals(adjustmentInProgress))
        .ifPresent(open -> {
          throw new SubmissionRefused("计划 " + plan.number() + " 已有一份调整申请正在办理（编号 " + open.number()
              + "，状态：" + open.status().label() + "），办结前不能再提交调整。");
        });
  }

  /** e.g. ADJ-2027-MKT-A-1 for the first adjustment of PLAN-2027-MKT-A. */
  private String numberFor(OperationPlan plan) {
    return "ADJ-" + plan.number().replaceFirst("^PLAN-", "") + "-" + (adjustments.countByPlanNumber(plan.number()) + 1);
  }
}
