package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.identity.OrganizationScope;

/**
 * The cell's meetings whose minutes are still open, to choose the one at which a step is taken as a
 * resolution. Told by the meetings module, which development does not depend on.
 */
public interface OpenMeetings {

  /** A meeting still open for its minutes. */
  record OpenMeeting(long id, LocalDate heldOn, String topic) {}

  /** The cell's open meetings held between the two days, oldest first. */
  List<OpenMeeting> of(long cellId, LocalDate from, LocalDate to, OrganizationScope scope);
}
