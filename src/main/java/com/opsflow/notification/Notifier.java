package com.opsflow.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Directory.Person;
import com.opsflow.organisation.Directory;

/**
 * Queues an e-mail per person for an event. Rows are written in the caller's transaction (a job or a
 * request of the engine), so a rolled-back attempt sends nothing and its retry sends once; the event key
 * keeps a repeated event (a patrol that runs again, a retried job) from notifying anyone twice.
 */
@Service
public class Notifier {

  private final Notifications outbox;
  private final Directory directory;
  private final MailDispatcher dispatcher;
  private final CompanyClock clock;

  Notifier(Notifications outbox, Directory directory, MailDispatcher dispatcher, CompanyClock clock) {
    this.outbox = outbox;
    this.directory = directory;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** @param body the text after the greeting; the greeting and the signature are added here */
  @Transactional
  public void send(String eventKey, Collection<String> userIds, String subject, String body) {
    send(eventKey, userIds, subject, body, null);
  }

  /**
   * As above, with an invitation each recipient's calendar (Outlook, WeCom, a phone) can add.
   *
   * @param calendar an iCalendar text (RFC 5545) with {@code METHOD:REQUEST} or {@code CANCEL}, or null
   */
  @Transactional
  public void send(String eventKey, Collection<String> userIds, String subject, String body, String calendar) {
    Set<String> recipients = new LinkedHashSet<>(userIds);
    recipients.remove(null);
    Set<String> notifiedBefore = outbox.recipientsOf(eventKey);
    recipients.removeAll(notifiedBefore);
    if (recipients.isEmpty()) {
      return;
    }
    boolean queued = false;
    for (Person person : directory.people(recipients)) {
      if (person.email() == null || person.email().isBlank()) {
        continue; // nobody to write to; the task is still in their Tasklist
      }
      String text = person.name() + "，您好：\n\n" + body + "\n\n—— 运营管理流程平台（系统邮件，请勿直接回复）";
      outbox.save(new Notification(truncate(eventKey, 255), person.id(), person.email(), truncate(subject, 255),
          truncate(text, 4000), clock.now()).withCalendar(calendar));
      queued = true;
    }
    if (queued) {
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatcher.dispatchSoon();
          }
        });
      } else {
        dispatcher.dispatchSoon();
      }
    }
  }

  /** Who may work a task: its assignee, or — while nobody has it — its candidate users and the members of its candidate groups. */
  public Set<String> peopleWhoMayWork(String assignee, Collection<? extends IdentityLink> links) {
    if (assignee != null) {
      return Set.of(assignee);
    }
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    return people(groups, users);
  }

  /** The members of groups and the users named, as one set of recipients. */
  public Set<String> people(Collection<String> groupIds, Collection<String> userIds) {
    Set<String> people = new LinkedHashSet<>(userIds);
    for (String group : groupIds) {
      people.addAll(directory.members(group));
    }
    return people;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
