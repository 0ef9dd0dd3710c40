package com.opsflow.kernel;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;


/**
 * A submission the server does not accept, with the reason in Chinese for the person who submitted it.
 *
 * <p>Extends the engine's form validation exception because that is what Camunda's REST API answers
 * with 400 Bad Request (instead of 500) on form submission; thrown inside the engine command, it rolls
 * the whole submission back, so the task stays open and nothing is half-saved.
 */
public class SubmissionRefused extends FormFieldValidationException {

  private final List<String> reasons;

  public SubmissionRefused(String reason) {
    this(List.of(reason));
  }

  public SubmissionRefused(List<String> reasons) {
    super(null, String.join("；", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
