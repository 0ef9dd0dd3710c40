package com.opsflow.customer;

import static com.opsflow.customer.CustomerCallbackProcess.Variables.CALLBACK_CASES;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 列出待回访客户 (CC-3.2.4): the closed cases whose wait is over — key customers sooner — each once; the round then
 * opens one 客户回访 for each.
 */
@Component("listCallbacks")
class ListCallbacksDelegate implements JavaDelegate {

  private final CaseBook book;

  ListCallbacksDelegate(CaseBook book) {
    this.book = book;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Long> due = book.scheduleCallbacks();
    execution.setVariable(CALLBACK_CASES, new ArrayList<>(due));
  }
}
