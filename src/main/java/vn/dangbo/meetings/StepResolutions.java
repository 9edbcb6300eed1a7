package vn.dangbo.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangbo.development.OpenMeetings;
import vn.dangbo.development.ResolutionTaken;
import vn.dangbo.identity.OrganizationScope;

/**
 * The resolutions of candidates' steps in the cell's minutes, and the open meetings to take them
 * at. The listener is synchronous, in the step's transaction: a resolution the minutes refuse
 * refuses the step, and nothing is kept of either (an event published after commit could not).
 */
@Component
class StepResolutions implements OpenMeetings {

  private final Meetings meetings;

  private final vn.dangbo.meetings.MeetingMinutes meetingMinutes;

  StepResolutions(Meetings meetings, vn.dangbo.meetings.MeetingMinutes meetingMinutes) {
    this.meetings = meetings;
    this.meetingMinutes = meetingMinutes;
  }

  @EventListener
  void on(ResolutionTaken taken) {
    // the step's own check made sure the user manages the cell; the meeting must be that cell's
    meetingMinutes.addResolution(
        taken.meetingId(),
        taken.cellId(),
        taken.on(),
        new Meeting.Resolution(taken.text(), taken.votesFor(), taken.votesAgainst(), null),
        OrganizationScope.all());
  }

  @Override
  public List<OpenMeeting> of(long cellId, LocalDate from, LocalDate to, OrganizationScope scope) {
    return meetings.open(cellId, from, to, scope).stream()
        .map(m -> new OpenMeeting(m.id(), m.heldOn(), m.topic()))
        .toList();
  }
}
