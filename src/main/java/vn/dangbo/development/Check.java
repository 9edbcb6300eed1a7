package vn.dangbo.development;

/**
 * One eligibility check as of a day: whether it passes, why (a message code with its arguments),
 * and the rule it applies with the rule's value and legal basis.
 */
public record Check(
    String name,
    boolean passed,
    String messageCode,
    Object[] arguments,
    String rule,
    String value,
    String legalBasis) {}
