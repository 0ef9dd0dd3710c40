package com.opsflow.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All operation plans the company keeps. */
public interface OperationPlans extends JpaRepository<OperationPlan, Long> {

  Optional<OperationPlan> findByActivePeriodKey(String activePeriodKey);

  List<OperationPlan> findByDepartmentOrderByIdDesc(String department);

  boolean existsByNumber(String number);

  Optional<OperationPlan> findFirstByProcessInstanceIdOrderByVersionDesc(String processInstanceId);

  default Optional<OperationPlan> findByProcessInstanceId(String processInstanceId) {
    return findFirstByProcessInstanceIdOrderByVersionDesc(processInstanceId);
  }

  List<OperationPlan> findByDepartmentAndStatusInOrderByPeriodYearDescIdDesc(String department, List<PlanStatus> statuses);

  List<OperationPlan> findByNumberOrderByVersion(String number);
}
