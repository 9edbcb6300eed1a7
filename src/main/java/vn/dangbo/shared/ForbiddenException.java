package vn.dangbo.shared;

/**
 * The user may see the record but not do this to it (for example a read-only superior viewer trying
 * to rename a cell). Mapped to 403.
 */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String messageCode) {
    super(messageCode);
  }

  public String messageCode() {
    return getMessage();
  }
}
