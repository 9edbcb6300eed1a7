package vn.dangbo.shared;

import java.util.Collection;

/**
 * A condition that a column holds one of some ids, with the value to bind: {@code column = :name}
 * for one id, {@code column = any(:name)} with an array for several. A page about one record asks
 * for its rows with one id; with an array parameter the prepared statement's generic plan assumes
 * ten ids, so on a national database PostgreSQL finds a plan for the one id cheaper and plans the
 * statement again on every run. The single form keeps its generic plan.
 */
public record IdMatch(String sql, Object value) {

  public static IdMatch of(String column, String parameter, Collection<Long> ids) {
    if (ids.size() == 1) {
      return new IdMatch(column + " = :" + parameter, ids.iterator().next());
    }
    return new IdMatch(column + " = any(:" + parameter + ")", ids.toArray(Long[]::new));
  }
}
