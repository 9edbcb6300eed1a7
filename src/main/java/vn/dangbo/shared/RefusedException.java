package vn.dangbo.shared;

import java.util.List;

/**
 * A request the domain refuses: the message code says why in the user's language, the arguments
 * fill it in. Mapped to a form error in the UI and to 422 in the API. A refusal that applies a rule
 * of the rulebook also names the rule and its legal basis.
 */
public class RefusedException extends RuntimeException {

  private final String messageCode;
  private final List<Object> arguments;
  private final String rule;
  private final String legalBasis;
  private final String field;

  public RefusedException(String messageCode, Object... arguments) {
    this(messageCode, null, null, null, arguments);
  }

  private RefusedException(
      String messageCode, String rule, String legalBasis, String field, Object... arguments) {
    super(messageCode);
    this.messageCode = messageCode;
    this.arguments =
        java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    this.rule = rule;
    this.legalBasis = legalBasis;
    this.field = field;
  }

  /** A refusal of the value of one field (its name in forms and JSON bodies). */
  public static RefusedException forField(String field, String messageCode, Object... arguments) {
    return new RefusedException(messageCode, null, null, field, arguments);
  }

  /** A refusal by the rule {@code rule} (its key in the rulebook), with its legal basis. */
  public static RefusedException byRule(
      String messageCode, String rule, String legalBasis, Object... arguments) {
    return new RefusedException(messageCode, rule, legalBasis, null, arguments);
  }

  public String messageCode() {
    return messageCode;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  /** The rule applied, or null when the refusal is not a rule of the rulebook. */
  public String rule() {
    return rule;
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** The field whose value is refused, or null when the refusal is not of one field. */
  public String field() {
    return field;
  }
}
