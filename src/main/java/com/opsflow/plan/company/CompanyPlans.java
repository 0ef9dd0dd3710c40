package com.opsflow.plan.company;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every version of every year's company plan. */
public interface CompanyPlans extends JpaRepository<CompanyPlan, Long> {

  List<CompanyPlan> findByYearOrderByVersion(int year);

  Optional<CompanyPlan> findFirstByYearOrderByVersionDesc(int year);
}
