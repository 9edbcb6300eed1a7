package vn.dangbo.members;

import java.time.LocalDate;

/** A row read without a problem: the record and its first status. */
record SheetRow(
    int number,
    MemberRecord record,
    MemberStatus status,
    LocalDate since,
    LocalDate officialDate) {}
