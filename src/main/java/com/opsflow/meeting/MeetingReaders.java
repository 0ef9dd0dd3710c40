package com.opsflow.meeting;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Groups;

/**
 * Who may read a meeting's minutes and resolutions (OM-8.3, OM-8.4): its attendees, the 责任人 of its items, 运营部, who
 * track them, and 管理层. Nobody else learns that it exists.
 */
@Component
class MeetingReaders {

  private final Resolutions resolutions;

  MeetingReaders(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  boolean mayRead(Authentication caller, Meeting meeting) {
    if (caller == null) {
      return false;
    }
    return tracksEveryItem(caller) || meeting.organiser().equals(caller.getUserId())
        || meeting.attendees().contains(caller.getUserId())
        || resolutions.existsByMeetingIdAndOwner(meeting.id(), caller.getUserId());
  }

  /** 运营部 and 管理层 read every meeting and the whole 决议台账. */
  boolean tracksEveryItem(Authentication caller) {
    List<String> groups = CurrentUser.groupsOf(caller);
    return groups.contains(Groups.OPERATIONS) || groups.contains(Groups.MANAGEMENT);
  }

  /** Only 运营部 moves a resolution's date (OM-8.4 跟踪检查). */
  boolean mayExtend(Authentication caller) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.OPERATIONS);
  }
}
