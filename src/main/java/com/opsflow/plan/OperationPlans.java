package com.opsflow.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All operation plans the company keeps. */
public interface OperationPlans extends JpaRepository<OperationPlan, Long> {

  Optional<OperationPlan> findByActivePeriodKey(String activePeriodKey);

  List<OperationPlan> findByDepartmentOrderByIdDesc(String department);

  /** The plan numbers given for a period so far: the first one and its successors (…-A, …-A-2, …-A-3). */
  @Query("select distinct p.number from OperationPlan p where p.number = :base or p.number like concat(:base, '-%')")
  Set<String> numbersStartingWith(@Param("base") String base);

  Optional<OperationPlan> findFirstByProcessInstanceIdOrderByVersionDesc(String processInstanceId);

  default Optional<OperationPlan> findByProcessInstanceId(String processInstanceId) {
    return findFirstByProcessInstanceIdOrderByVersionDesc(processInstanceId);
  }

  List<OperationPlan> findByDepartmentAndStatusInOrderByPeriodYearDescIdDesc(String department, List<PlanStatus> statuses);

  List<OperationPlan> findByNumberOrderByVersion(String number);

  /** The plans that break down a plan (OM-3.2, OM-3.3), e.g. the live quarterly plans under an annual plan. */
  List<OperationPlan> findByParentPlanNumberAndStatusInOrderByPeriodNumberAscIdAsc(String parentPlanNumber,
      List<PlanStatus> statuses);

  /** The plans of one type and year in those states, e.g. the annual plans in force that the company plan gathers. */
  List<OperationPlan> findByTypeAndPeriodYearAndStatusInOrderById(PlanType type, int periodYear, List<PlanStatus> statuses);
}
