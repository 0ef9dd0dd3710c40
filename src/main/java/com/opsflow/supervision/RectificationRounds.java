package com.opsflow.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All rectification rounds. */
public interface RectificationRounds extends JpaRepository<RectificationRound, Long> {

  List<RectificationRound> findByFindingIdOrderByNumber(long findingId);

  Optional<RectificationRound> findByFindingIdAndNumber(long findingId, int number);
}
