package vn.dangbo.members;

import java.time.LocalDate;

/**
 * A member transferred out of a cell and not yet received anywhere, as the receiving cell sees them
 * when it enters the citizen ID from the introduction letter: enough to recognise the person, no
 * more.
 */
public record TransferAwaited(
    long memberId,
    String fullName,
    LocalDate birthDate,
    String fromCellName,
    LocalDate since,
    int version) {}
