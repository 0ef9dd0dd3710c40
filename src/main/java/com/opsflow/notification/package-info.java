/** Chinese e-mails for what happens to tasks and applications: an outbox written with the engine's transaction, sent after it commits. */
package com.opsflow.notification;
