package vn.dangbo.shared;

/**
 * A record that does not exist, or that the current user may not see: the two are deliberately
 * indistinguishable, so a guessed id reveals nothing. Mapped to 404.
 */
public class NotFoundException extends RuntimeException {

  private final String messageCode;

  public NotFoundException(String messageCode) {
    super(messageCode);
    this.messageCode = messageCode;
  }

  public String messageCode() {
    return messageCode;
  }
}
