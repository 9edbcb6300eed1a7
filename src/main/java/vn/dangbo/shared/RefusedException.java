package vn.dangbo.shared;

import java.util.List;

/**
 * A request the domain refuses: the message code says why in the user's language, the arguments
 * fill it in. Mapped to a form error in the UI and to 422 in the API.
 */
public class RefusedException extends RuntimeException {

  private final String messageCode;
  private final List<Object> arguments;

  public RefusedException(String messageCode, Object... arguments) {
    super(messageCode);
    this.messageCode = messageCode;
    this.arguments = List.of(arguments);
  }

  public String messageCode() {
    return messageCode;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
