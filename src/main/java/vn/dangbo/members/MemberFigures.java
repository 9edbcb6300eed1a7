package vn.dangbo.members;

import java.util.Map;

/**
 * Member counts of a set of cells on a day: the cell total (đảng số) and its make-up by status,
 * sex, ethnic group, age band and general education (primary: up to grade 5; lower secondary: 6 to
 * 9; upper secondary: 10 to 12; unknown when not recorded). A member's status on the day is read
 * from the status history, so past days show past figures.
 */
public record MemberFigures(
    int total,
    int official,
    int probationary,
    int exempted,
    int women,
    int attachedHere,
    Map<String, Integer> byEthnicity,
    Map<String, Integer> byAgeBand,
    Map<String, Integer> byEducation) {}
