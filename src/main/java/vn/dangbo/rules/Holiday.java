package vn.dangbo.rules;

import java.time.LocalDate;

/** A public holiday or official day off: not a working day for any deadline. */
public record Holiday(LocalDate day, String name, String legalBasis, boolean unconfirmed) {}
