package vn.dangbo.database;

/** A backup or restore that could not be done, with a message for the person running it. */
public class BackupException extends RuntimeException {

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
