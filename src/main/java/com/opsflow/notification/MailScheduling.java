package com.opsflow.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox's retry sweep. */
@Configuration
@EnableScheduling
class MailScheduling {
}
