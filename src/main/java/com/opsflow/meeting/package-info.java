/**
 * Meetings, minutes and resolutions (会议、纪要与决议跟踪, OM-8.2–8.4, TC-4.1.1, OC-3.1.1, OC-4.3.1, CC-6.1.1): the
 * organiser calls a meeting and the attendees get an invitation their calendars add (iCalendar); the recorder writes
 * the minutes, which every attendee confirms or objects to; the organiser publishes them; each decision item becomes
 * a resolution its 责任人 carries out by its date and 运营部 checks, and the meeting ends when every item is closed.
 * The company meeting is weekly: a timer opens 管理层's task to prepare it.
 */
package com.opsflow.meeting;
