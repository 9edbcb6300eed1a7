package vn.dangbo.members;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows into a table with PostgreSQL's {@code COPY ... FROM STDIN} in its text format, about
 * 64 KB at a time, so a large import is neither held whole as text nor planned as many inserts.
 */
final class CopyText {

  private static final int CHUNK = 64 * 1024;

  private CopyText() {}

  /**
   * Copies every row (column name to value, the columns of the first row for all) into {@code
   * table}, on the caller's connection and transaction; returns the number of rows written.
   */
  static long into(Connection connection, String table, Iterator<? extends Map<String, ?>> rows)
      throws SQLException {
    if (!rows.hasNext()) {
      return 0;
    }
    var first = rows.next();
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy " + table + " (" + String.join(", ", first.keySet()) + ") from stdin");
    try {
      var text = new StringBuilder(CHUNK + 4096);
      append(text, first, first.size());
      while (rows.hasNext()) {
        append(text, rows.next(), first.size());
        if (text.length() >= CHUNK) {
          send(copy, text);
        }
      }
      send(copy, text);
      return copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void append(StringBuilder text, Map<String, ?> row, int columns) {
    if (row.size() != columns) {
      throw new IllegalArgumentException("every row needs the same " + columns + " columns");
    }
    boolean first = true;
    for (Object value : row.values()) {
      if (!first) {
        text.append('\t');
      }
      first = false;
      append(text, value);
    }
    text.append('\n');
  }

  /** One value as COPY's text format reads it: \N for null, t/f, ISO dates, escaped text. */
  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof Boolean b) {
      text.append(b ? 't' : 'f');
    } else if (value instanceof Number || value instanceof LocalDate) {
      text.append(value);
    } else if (value instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    } else {
      throw new IllegalArgumentException("no text form for " + value.getClass());
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }
}
