package com.opsflow.customer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * 客户回访 (CC-3.2.4): when the round runs (the timer of {@code customer-callback-round.bpmn} reads
 * {@code ${callbackSchedule.cycle}}), how long after its case closed a customer is called back, and the key customers,
 * who are called back sooner. Change it in configuration, not in the diagram.
 */
@Component("callbackSchedule")
@ConfigurationProperties("opsflow.customer.callback")
public class CallbackSchedule {

  /** Every Monday, 09:00. */
  private String cycle = "0 0 9 ? * MON";
  private Duration after = Duration.ofDays(30);
  private Duration keyCustomerAfter = Duration.ofDays(7);
  /** Companies (客户单位) that are key customers. */
  private List<String> keyCustomers = new ArrayList<>();

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public Duration getAfter() {
    return after;
  }

  public void setAfter(Duration after) {
    this.after = after;
  }

  public Duration getKeyCustomerAfter() {
    return keyCustomerAfter;
  }

  public void setKeyCustomerAfter(Duration keyCustomerAfter) {
    this.keyCustomerAfter = keyCustomerAfter;
  }

  public List<String> getKeyCustomers() {
    return keyCustomers;
  }

  public void setKeyCustomers(List<String> keyCustomers) {
    this.keyCustomers = keyCustomers;
  }
}
