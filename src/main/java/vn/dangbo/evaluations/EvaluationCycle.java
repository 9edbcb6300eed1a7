package vn.dangbo.evaluations;

import java.time.LocalDate;

/** A review period of a grassroots organisation, with the deadlines of its steps. */
public record EvaluationCycle(
    long id,
    long organizationId,
    String organizationName,
    PeriodKind periodKind,
    int year,
    Integer quarter,
    String title,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate selfDue,
    LocalDate proposalDue,
    LocalDate decisionDue,
    boolean closed,
    int version) {}
