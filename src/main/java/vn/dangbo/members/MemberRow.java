package vn.dangbo.members;

import java.time.LocalDate;

/** A member as a line of a list shows them: nothing sealed is opened for it. */
public record MemberRow(
    long id,
    String fullName,
    LocalDate birthDate,
    String ethnicity,
    String cellName,
    MemberStatus status) {}
