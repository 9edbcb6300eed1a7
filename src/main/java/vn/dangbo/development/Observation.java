package vn.dangbo.development;

import java.time.LocalDate;

/** A mentor's dated observation of a candidate or probationary member on one criterion. */
public record Observation(
    long id, LocalDate on, Criterion criterion, String assessment, String note, String enteredBy) {}
