package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;

/** A session of the party-awareness course, with who attends it and their results. */
public record Course(
    long id,
    long organizerId,
    String organizerName,
    String name,
    String place,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Enrolment> enrolments) {

  /** One person in the course: ENROLLED until the result, then PASSED or FAILED. */
  public record Enrolment(
      long candidateId, String fullName, String cellName, String result, String certificate) {}
}
