package vn.dangbo.dues;

import java.time.LocalDate;

/** The minimum-wage region recorded for an organisation from a day, with its legal basis. */
public record WageRegion(LocalDate from, int region, String legalBasis, boolean unconfirmed) {}
