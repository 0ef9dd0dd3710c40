package com.opsflow.plan.adjustment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All plan adjustments, open and closed. */
public interface PlanAdjustments extends JpaRepository<PlanAdjustment, Long> {

  Optional<PlanAdjustment> findByOpenPlanKey(String planNumber);

  long countByPlanNumber(String planNumber);

  List<PlanAdjustment> findByPlanNumberOrderById(String planNumber);

  Optional<PlanAdjustment> findByProcessInstanceId(String processInstanceId);
}
