package com.opsflow.kernel;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;


/**
 * A refused submission is an expected event, yet the engine logs every exception that leaves a command as
 * ENGINE-16004 at ERROR with its whole stack trace. For a refusal (a {@link SubmissionRefused} or a form
 * field's own validation) the server log gets one line instead: who was refused is in the access log, why
 * is here. Every other exception is logged as the engine logs it.
 */
@Component
class QuietRefusals extends TurboFilter {

  private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(QuietRefusals.class);

  QuietRefusals() {
    setName(QuietRefusals.class.getName());
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    // one per JVM, however many application contexts a test run starts
    if (logging.getTurboFilterList().stream().noneMatch(filter -> getName().equals(filter.getName()))) {
      logging.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
    if (level != Level.ERROR || !logger.getName().startsWith(ENGINE_COMMANDS)) {
      return FilterReply.NEUTRAL;
    }
    FormFieldValidationException refusal = refusalIn(thrown != null ? thrown : lastThrowable(params));
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    LOG.info("Submission refused: {}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }

  private static FormFieldValidationException refusalIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
