package com.opsflow.customer;

import java.util.Arrays;
import java.util.Optional;

/** How the customer reached us (CC-3.2.1). */
public enum CaseChannel {
  PHONE("来电"),
  VISIT("来访"),
  MAIL("邮件"),
  ONLINE("在线");

  private final String label;

  CaseChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value a form or a REST client submitted, if it is one of ours. */
  static Optional<CaseChannel> of(Object code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }

  /** "A、B、C" for messages. */
  static String labels() {
    return String.join("、", Arrays.stream(values()).map(CaseChannel::label).toList());
  }
}
