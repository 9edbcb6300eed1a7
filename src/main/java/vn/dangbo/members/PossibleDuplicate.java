package vn.dangbo.members;

/** An existing record that may be the same person: same citizen ID, or same name and birth date. */
public record PossibleDuplicate(long memberId, String fullName, String cellName, String reason) {}
