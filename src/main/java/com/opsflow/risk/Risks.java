package com.opsflow.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The company's risk register. */
public interface Risks extends JpaRepository<Risk, Long> {

  List<Risk> findByDepartmentAndStatusOrderById(String department, String status);

  long countByNumberStartingWith(String prefix);

  List<Risk> findByDepartmentIn(List<String> departments);
}
