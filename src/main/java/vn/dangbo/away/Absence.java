package vn.dangbo.away;

import java.time.LocalDate;
import vn.dangbo.shared.RefusedException;

/**
 * A member's time away from home: the aggregate the register's verbs act on. It is open until the
 * member returns; the cell records each contact it has with them.
 */
public record Absence(
    long id,
    long memberId,
    String fullName,
    long cellId,
    boolean abroad,
    String destination,
    String employer,
    LocalDate since,
    LocalDate expectedReturn,
    ContactChannel channel,
    String contactDetail,
    LocalDate lastContact,
    LocalDate returnedOn,
    int version) {

  /** What is recorded of a new absence. */
  public record Details(
      boolean abroad,
      String destination,
      String employer,
      LocalDate since,
      LocalDate expectedReturn,
      ContactChannel channel,
      String contactDetail) {}

  /** A new absence of the member of the cell, checked: a place, a day not in the future. */
  static Absence open(long memberId, long cellId, Details details, LocalDate today) {
    if (details == null
        || details.since() == null
        || details.channel() == null
        || blank(details.destination())) {
      throw new RefusedException("away.refused.incomplete");
    }
    if (details.since().isAfter(today)) {
      throw RefusedException.forField("since", "away.refused.future");
    }
    if (details.expectedReturn() != null && details.expectedReturn().isBefore(details.since())) {
      throw RefusedException.forField("expectedReturn", "away.refused.returnBeforeSince");
    }
    if (tooLong(details.destination(), 200)
        || tooLong(details.employer(), 200)
        || tooLong(details.contactDetail(), 200)) {
      throw new RefusedException("away.refused.tooLong");
    }
    return new Absence(
        0,
        memberId,
        null,
        cellId,
        details.abroad(),
        details.destination().strip(),
        stripped(details.employer()),
        details.since(),
        details.expectedReturn(),
        details.channel(),
        stripped(details.contactDetail()),
        null,
        null,
        0);
  }

  /** The cell was in touch with the member on the day. */
  Absence contacted(LocalDate on, LocalDate today) {
    requireOpen();
    if (on == null || on.isAfter(today) || on.isBefore(since)) {
      throw RefusedException.forField("on", "away.refused.contactDay");
    }
    return with(lastContact == null || on.isAfter(lastContact) ? on : lastContact, returnedOn);
  }

  /** The member came back on the day: the absence ends. */
  Absence returned(LocalDate on, LocalDate today) {
    requireOpen();
    if (on == null || on.isAfter(today) || on.isBefore(since)) {
      throw RefusedException.forField("on", "away.refused.returnDay");
    }
    return with(lastContact, on);
  }

  private Absence with(LocalDate contact, LocalDate back) {
    return new Absence(
        id,
        memberId,
        fullName,
        cellId,
        abroad,
        destination,
        employer,
        since,
        expectedReturn,
        channel,
        contactDetail,
        contact,
        back,
        version);
  }

  /** Whether the member is still away. */
  public boolean open() {
    return returnedOn == null;
  }

  /**
   * Whether the cell has had no contact with the member for the months given, counted from the last
   * contact or, with none, from the day they left.
   */
  public boolean silent(LocalDate today, int months) {
    LocalDate from = lastContact == null ? since : lastContact;
    return open() && from.plusMonths(months).isBefore(today);
  }

  private void requireOpen() {
    if (!open()) {
      throw new RefusedException("away.refused.returned");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean tooLong(String value, int max) {
    return value != null && value.length() > max;
  }

  private static String stripped(String value) {
    return blank(value) ? null : value.strip();
  }
}
