package vn.dangbo.members;

import java.time.LocalDate;

/** A member who reaches a badge milestone (30, 40, ... years of party age) on a day of the year. */
public record BadgeDue(Member member, int years, LocalDate dueOn) {}
