package com.opsflow.notification;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/**
 * Health of e-mail as users feel it: DOWN when mails were given up or wait longer than
 * {@value #LATE_MINUTES} minutes (the SMTP server is unreachable or refuses them). Without an SMTP host
 * (the demo) mails go to the log and e-mail is UP. Replaces Spring's check, which would call the SMTP
 * server on every probe.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

  static final int LATE_MINUTES = 10;

  private final Notifications outbox;
  private final CompanyClock clock;
  private final String smtpHost;

  MailHealth(Notifications outbox, CompanyClock clock, @Value("${spring.mail.host:}") String smtpHost) {
    this.outbox = outbox;
    this.clock = clock;
    this.smtpHost = smtpHost;
  }

  @Override
  public Health health() {
    long givenUp = outbox.countBySentAtIsNullAndAttemptsGreaterThanEqual(MailDispatcher.MAX_ATTEMPTS);
    long late = outbox.countBySentAtIsNullAndCreatedAtBefore(clock.now().minus(Duration.ofMinutes(LATE_MINUTES)));
    Health.Builder health = givenUp > 0 || late > 0 ? Health.down() : Health.up();
    return health.withDetail("smtp", smtpHost.isBlank() ? "未配置，邮件写入日志" : smtpHost)
        .withDetail("givenUp", givenUp).withDetail("lateMoreThan" + LATE_MINUTES + "Minutes", late).build();
  }
}
