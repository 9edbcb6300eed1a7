package vn.dangbo.terms;

/**
 * A step of preparing a congress (chuẩn bị đại hội), due so many months before the term ends:
 * reference data with the text it follows.
 */
public record PreparationStep(
    String code, String name, int monthsBefore, String legalBasis, boolean unconfirmed) {}
