package com.opsflow.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every meeting called. */
public interface Meetings extends JpaRepository<Meeting, Long> {

  long countByNumberStartingWith(String prefix);

  Optional<Meeting> findByNumber(String number);
}
