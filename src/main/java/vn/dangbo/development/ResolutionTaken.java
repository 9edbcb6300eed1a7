package vn.dangbo.development;

import java.time.LocalDate;

/**
 * A step of a candidate taken as a resolution at the cell's meeting (put on the sympathiser list,
 * the cell's admission vote): the meetings module writes it into that meeting's minutes, in the
 * same transaction, so that the step and the minutes stand or fall together (a meeting already
 * closed, of another cell or another day refuses the step).
 *
 * @param meetingId the cell's meeting at which the resolution was taken
 * @param cellId the candidate's cell
 * @param on the day of the step, which must be the meeting's
 * @param text the resolution as the minutes list it
 */
public record ResolutionTaken(
    long meetingId,
    long cellId,
    LocalDate on,
    String text,
    Integer votesFor,
    Integer votesAgainst) {}
