package vn.dangbo.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that shows a full record of a person (sensitive personal data): each
 * successful call is written to the audit trail with the record's kind and its {@code id} path
 * variable.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedView {

  /** The kind of record, as the trail names it (a table name, such as {@code member}). */
  String value();
}
