package vn.dangbo.rules;

import java.time.Instant;

/** A stored version of a rule, with who entered it and when. */
public record RuleVersion(Rule rule, String enteredBy, Instant enteredAt) {}
