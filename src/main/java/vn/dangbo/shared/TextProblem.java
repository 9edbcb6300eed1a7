package vn.dangbo.shared;

/**
 * What may be wrong with a piece of text that comes in from outside: from a form, a query, a JSON
 * body or a cell of an imported sheet. One check for all of them, so that a cell of a spreadsheet
 * is refused for exactly what a form field is refused for: markup (a {@code <} that opens a tag),
 * control characters, invisible format characters (direction marks and overrides, zero-width
 * characters, the byte-order mark), the Unicode line and paragraph separators, a half of a
 * surrogate pair, more than {@link #MAX_LENGTH} characters. Line breaks and tabs are allowed.
 */
public enum TextProblem {
  TOO_LONG("tooLong"),
  CONTROL("control"),
  MARKUP("markup");

  public static final int MAX_LENGTH = 20_000;

  private final String key;

  TextProblem(String key) {
    this.key = key;
  }

  /** The last part of the message codes that explain it: {@code input.refused.<key>}. */
  public String key() {
    return key;
  }

  /** What is wrong with the text, or null when it may come in. */
  public static TextProblem of(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() > MAX_LENGTH) {
      return TOO_LONG;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unseen(c) || lone(text, i)) {
        return CONTROL;
      }
      if (c == '<' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
          return MARKUP;
        }
      }
    }
    return null;
  }

  /** A character nobody sees or means to type: a control, a format character, a separator. */
  private static boolean unseen(char c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** A half of a surrogate pair without its other half. */
  private static boolean lone(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
