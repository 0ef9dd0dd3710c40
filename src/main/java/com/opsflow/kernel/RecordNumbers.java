package com.opsflow.kernel;

import java.util.function.LongSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next number of a series (PRJ-2026- …, YJ-2026- …): one counter row per series, raised in the caller's
 * transaction, which holds the row's lock until it ends — so employees submitting at the same moment wait a moment
 * for each other instead of numbering two records alike. A series met for the first time starts after the records
 * numbered before the counter existed.
 */
@Component
public class RecordNumbers {

  private final JdbcTemplate jdbc;

  RecordNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param numberedBefore how many records the series had before its counter (counted once, when it is created)
   * @return 1 for the series' first record, 2 for the next …
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String prefix, LongSupplier numberedBefore) {
    if (jdbc.update("update record_number_counter set last_value = last_value + 1 where prefix = ?", prefix) == 0) {
      long first = numberedBefore.getAsLong() + 1;
      // two creating the same new series at once: one insert fails on the key, its submission is sent again
      jdbc.update("insert into record_number_counter (prefix, last_value) values (?, ?)", prefix, first);
      return first;
    }
    return jdbc.queryForObject("select last_value from record_number_counter where prefix = ?", Long.class, prefix);
  }
}
