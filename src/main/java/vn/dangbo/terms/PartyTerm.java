package vn.dangbo.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.RefusedException;

/**
 * A term (nhiệm kỳ) of a party organisation: opened by its congress (or by the superior committee's
 * appointment of a committee), planned to end after the term's length in force on its first day,
 * closed by the next congress. Its committee changes inside the term by by-elections and
 * departures; the committee on any day is the seats held that day.
 */
public record PartyTerm(
    long id,
    long organizationId,
    LocalDate begunOn,
    LocalDate endsOn,
    Origin origin,
    boolean firstAfterMerger,
    LocalDate closedOn,
    String note,
    List<TermSeat> seats,
    int version) {

  /** How the term began. */
  public enum Origin {
    /** A congress elected the committee (đại hội). */
    CONGRESS,
    /** The superior committee appointed it (chỉ định), until a congress. */
    APPOINTED
  }

  /** Where a term stands on a day. */
  public enum Standing {
    /** The term runs, its congress is not yet near. */
    RUNNING,
    /** The congress falls due within the reminder's months. */
    CONGRESS_DUE,
    /** The term has reached its end and no congress is recorded. */
    OVERDUE,
    /** A later congress closed it. */
    CLOSED
  }

  /** One person the congress elected or the committee appointed. */
  public record Elected(String fullName, CommitteePosition position) {}

  public PartyTerm {
    seats = List.copyOf(seats);
  }

  /**
   * A new term of the organisation from the day, of the given length, with its committee: at least
   * one person, one secretary, nobody twice.
   */
  static PartyTerm begin(
      long organizationId,
      LocalDate on,
      int months,
      Origin origin,
      boolean firstAfterMerger,
      String note,
      List<Elected> committee,
      LocalDate today) {
    if (on == null || origin == null || committee == null || committee.isEmpty()) {
      throw new RefusedException("term.refused.incomplete");
    }
    if (on.isAfter(today)) {
      throw RefusedException.forField("on", "term.refused.future");
    }
    if (note != null && note.strip().length() > 500) {
      throw new RefusedException("term.refused.tooLong", 500);
    }
    var names = new HashSet<String>();
    var seats = new ArrayList<TermSeat>();
    for (var person : committee) {
      String name = checkedName(person == null ? null : person.fullName());
      if (person.position() == null) {
        throw new RefusedException("term.refused.incomplete");
      }
      if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
        throw new RefusedException("term.refused.twice", name);
      }
      var joined = origin == Origin.CONGRESS ? TermSeat.Joined.ELECTED : TermSeat.Joined.APPOINTED;
      seats.add(new TermSeat(0, name, person.position(), Period.from(on), joined, null));
    }
    if (seats.stream().filter(s -> s.position() == CommitteePosition.SECRETARY).count() != 1) {
      throw new RefusedException("term.refused.oneSecretary");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    return new PartyTerm(
        0,
        organizationId,
        on,
        on.plusMonths(months),
        origin,
        firstAfterMerger,
        null,
        cleanNote,
        seats,
        0);
  }

  /** The term closed by the next one beginning on the day: every seat still held ends with it. */
  PartyTerm closedBy(LocalDate nextBegins) {
    if (closedOn != null) {
      throw new RefusedException("term.refused.closed");
    }
    var latest =
        seats.stream().map(s -> s.period().from()).max(LocalDate::compareTo).orElse(begunOn);
    if (!nextBegins.isAfter(latest)) {
      throw RefusedException.forField("on", "term.refused.beforeCurrent", latest);
    }
    var ended =
        seats.stream()
            .map(
                s ->
                    s.period().isOpen() ? s.leaving(nextBegins, TermSeat.LeftReason.TERM_ENDED) : s)
            .toList();
    return new PartyTerm(
        id,
        organizationId,
        begunOn,
        endsOn,
        origin,
        firstAfterMerger,
        nextBegins,
        note,
        ended,
        version);
  }

  /**
   * A by-election (bầu bổ sung) on a day inside the running term; a new secretary only once the
   * seat is free.
   */
  PartyTerm byElected(Elected person, LocalDate on, LocalDate today) {
    if (person == null || person.position() == null || on == null) {
      throw new RefusedException("term.refused.incomplete");
    }
    String name = checkedName(person.fullName());
    requireInside(on, today);
    boolean sitting =
        seats.stream().anyMatch(s -> s.period().isOpen() && s.fullName().equalsIgnoreCase(name));
    if (sitting) {
      throw new RefusedException("term.refused.twice", name);
    }
    if (person.position() == CommitteePosition.SECRETARY
        && committeeOn(on).stream().anyMatch(s -> s.position() == CommitteePosition.SECRETARY)) {
      throw new RefusedException("term.refused.secretaryHeld");
    }
    var more = new ArrayList<>(seats);
    more.add(
        new TermSeat(
            0, name, person.position(), Period.from(on), TermSeat.Joined.BY_ELECTED, null));
    return withSeats(more);
  }

  /** A committee member leaves the committee on a day inside the running term. */
  PartyTerm left(long seatId, LocalDate on, TermSeat.LeftReason reason, LocalDate today) {
    if (on == null || reason == null || reason == TermSeat.LeftReason.TERM_ENDED) {
      throw new RefusedException("term.refused.incomplete");
    }
    var seat =
        seats.stream()
            .filter(s -> s.id() == seatId)
            .findFirst()
            .orElseThrow(() -> new vn.dangbo.shared.NotFoundException("committeeMember.notFound"));
    requireInside(on, today);
    if (!seat.period().isOpen() || !on.isAfter(seat.period().from())) {
      throw new RefusedException("committeeMember.refused.cannotEnd");
    }
    return withSeats(seats.stream().map(s -> s == seat ? s.leaving(on, reason) : s).toList());
  }

  /** The committee on the day: the seats held that day, secretary first. */
  public List<TermSeat> committeeOn(LocalDate day) {
    return seats.stream()
        .filter(s -> s.holdsOn(day))
        .sorted(java.util.Comparator.comparing(TermSeat::position))
        .toList();
  }

  /** The name of the secretary on the day, or null while the seat is empty. */
  public String secretaryOn(LocalDate day) {
    return committeeOn(day).stream()
        .filter(s -> s.position() == CommitteePosition.SECRETARY)
        .map(TermSeat::fullName)
        .findFirst()
        .orElse(null);
  }

  /** Where the term stands on the day, with the congress reminder's months. */
  public Standing standing(LocalDate today, int reminderMonths) {
    if (closedOn != null) {
      return Standing.CLOSED;
    }
    if (!today.isBefore(endsOn)) {
      return Standing.OVERDUE;
    }
    return today.isBefore(endsOn.minusMonths(reminderMonths))
        ? Standing.RUNNING
        : Standing.CONGRESS_DUE;
  }

  /** The day each preparation step is due: so many months before the term's end. */
  public LocalDate dueOf(PreparationStep step) {
    return endsOn.minusMonths(step.monthsBefore());
  }

  private void requireInside(LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw RefusedException.forField("on", "term.refused.future");
    }
    if (on.isBefore(begunOn) || (closedOn != null && !on.isBefore(closedOn))) {
      throw RefusedException.forField("on", "term.refused.outside", begunOn);
    }
  }

  private PartyTerm withSeats(List<TermSeat> changed) {
    return new PartyTerm(
        id,
        organizationId,
        begunOn,
        endsOn,
        origin,
        firstAfterMerger,
        closedOn,
        note,
        changed,
        version);
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw new RefusedException("committeeMember.refused.nameRequired");
    }
    if (name.strip().length() > 200) {
      throw new RefusedException("committeeMember.refused.nameTooLong", 200);
    }
    return name.strip();
  }
}
