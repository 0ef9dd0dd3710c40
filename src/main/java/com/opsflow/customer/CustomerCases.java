package com.opsflow.customer;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every customer case, open and closed: the 客户反馈台账. */
public interface CustomerCases extends JpaRepository<CustomerCase, Long> {

  long countByNumberStartingWith(String prefix);

  Optional<CustomerCase> findByNumber(String number);
}
