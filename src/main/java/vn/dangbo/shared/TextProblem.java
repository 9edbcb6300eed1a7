package vn.dangbo.shared;

/**
 * What may be wrong with a piece of text that comes in from outside: from a form, a query, a JSON
 * body or a cell of an imported sheet. One check for all of them, so that a cell of a spreadsheet
 * is refused for exactly what a form field is refused for: markup (a {@code <} that opens a tag),
 * control or direction-changing characters, more than {@link #MAX_LENGTH} characters. Line breaks
 * and tabs are allowed.
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
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t')
          || c == 0x7f
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)) {
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
}
