package com.opsflow.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every version of every meeting's minutes. */
public interface MinutesVersions extends JpaRepository<MeetingMinutes, Long> {

  List<MeetingMinutes> findByMeetingIdOrderByVersion(long meetingId);

  Optional<MeetingMinutes> findFirstByMeetingIdOrderByVersionDesc(long meetingId);
}
