package com.opsflow.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: right after the transaction that queued a mail commits, and again every minute for
 * what failed (the mail server was down) — at most {@value #MAX_ATTEMPTS} tries per mail. Without an SMTP
 * host configured (the demo), mails are written to the log instead. A failing mail server never fails
 * a process: the engine's transaction committed before sending started.
 */
@Component
class MailDispatcher {

  static final int MAX_ATTEMPTS = 5;
  private static final Duration CLAIM_EXPIRES = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final Notifications outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final String from;
  private final boolean smtpConfigured;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "opsflow-mail");
    thread.setDaemon(true);
    return thread;
  });

  MailDispatcher(Notifications outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction,
      @Value("${opsflow.mail.from:运营管理流程平台 <noreply@opsflow.example.com>}") String from,
      @Value("${spring.mail.host:}") String smtpHost) {
    this.smtpConfigured = !smtpHost.isBlank();
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.from = from;
  }

  void dispatchSoon() {
    try {
      sender.execute(this::dispatchPending);
    } catch (RejectedExecutionException shuttingDown) {
      // the minute sweep of the next start sends it
    }
  }

  @Scheduled(fixedDelayString = "${opsflow.mail.retry-interval:PT1M}", initialDelayString = "${opsflow.mail.retry-interval:PT1M}")
  synchronized void dispatchPending() {
    List<Long> ids;
    do {
      ids = outbox.unsent(MAX_ATTEMPTS, PageRequest.of(0, 100));
      if (ids.isEmpty() || sendBatch(ids) == 0) {
        return; // what is left failed just now or belongs to another node
      }
    } while (ids.size() == 100);
  }

  /** Claims the rows in one statement, sends them, and marks what went out in one statement. */
  private int sendBatch(List<Long> ids) {
    Instant now = Instant.now();
    String token = UUID.randomUUID().toString();
    List<Notification> claimed = transaction.execute(status -> {
      outbox.claim(ids, token, now, now.minus(CLAIM_EXPIRES));
      return outbox.findByClaimTokenAndSentAtIsNull(token);
    });
    List<Long> sent = new ArrayList<>();
    for (Notification mail : claimed == null ? List.<Notification>of() : claimed) {
      try {
        deliver(mail);
        sent.add(mail.id());
      } catch (Exception failure) {
        LOG.warn("e-mail {} to {} not sent (attempt {} of {}): {}", mail.eventKey(), mail.address(), mail.attempts(),
            MAX_ATTEMPTS, failure.toString());
        String error = failure.toString();
        transaction.executeWithoutResult(status ->
            outbox.markFailed(mail.id(), error.length() > 500 ? error.substring(0, 500) : error));
      }
    }
    if (!sent.isEmpty()) {
      transaction.executeWithoutResult(status -> outbox.markSent(sent, Instant.now()));
    }
    return sent.size();
  }

  private void deliver(Notification mail) throws Exception {
    JavaMailSender smtp = smtpConfigured ? mailSender.getIfAvailable() : null;
    if (smtp == null) {
      LOG.info("e-mail (no SMTP host configured, logged only) to {} <{}>: {}\n{}", mail.recipient(), mail.address(),
          mail.subject(), mail.body());
      return;
    }
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = mail.calendar() == null ? new MimeMessageHelper(message, "UTF-8")
        : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.address());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    if (mail.calendar() != null) {
      // as an attachment with the method in its type, which Outlook, WeCom and phone calendars offer to add
      String method = mail.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
      helper.addAttachment("invite.ics", new ByteArrayResource(mail.calendar().getBytes(StandardCharsets.UTF_8)),
          "text/calendar; charset=UTF-8; method=" + method);
    }
    smtp.send(message);
  }

  @PreDestroy
  void stop() {
    sender.shutdown();
  }
}
