package com.opsflow.supervision;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All supervision programmes (督导工作计划). */
public interface SupervisionProgrammes extends JpaRepository<SupervisionProgramme, Long> {

  Optional<SupervisionProgramme> findByNumber(String number);

  long countByNumberStartingWith(String prefix);
}
