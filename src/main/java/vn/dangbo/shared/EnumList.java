package vn.dangbo.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A list of enum constants written into a statement, {@code ('A', 'B')}, for {@code column in ...}:
 * a prepared statement's generic plan then knows how many values there are and is kept. Passed as
 * an array parameter, the plan assumes ten; for a commune's few rows on a national database the
 * custom plan then looks cheaper and PostgreSQL plans the statement again on every run. The names
 * of enum constants are Java identifiers, so nothing in them needs quoting.
 */
public final class EnumList {

  private EnumList() {}

  /** The constants' names as an SQL list; refused when empty ({@code in ()} is not SQL). */
  public static String of(Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an empty list has no SQL form");
    }
    return values.stream()
        .map(value -> "'" + value.name() + "'")
        .sorted()
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
