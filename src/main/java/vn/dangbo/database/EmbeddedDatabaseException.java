package vn.dangbo.database;

/** The embedded database could not be started; the message tells the operator what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

  EmbeddedDatabaseException(String message) {
    super(message);
  }

  EmbeddedDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
