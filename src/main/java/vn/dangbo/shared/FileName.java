package vn.dangbo.shared;

import java.text.Normalizer;

/**
 * The name of an uploaded file: the name shown and used for downloads, safe to display (no path, no
 * control or invisible characters: a right-to-left override could make "hoso‮fdp.exe" read as a
 * PDF), and the name exactly as the browser sent it, kept only as data.
 */
public record FileName(String shown, String original) {

  /** The longest name shown. */
  public static final int MAX_LENGTH = 200;

  /** The longest original name kept; a longer one keeps its start. */
  public static final int ORIGINAL_MAX_LENGTH = 1000;

  /** The safe name of what the browser sent; refused when nothing of it is left or it is long. */
  public static FileName of(String original) {
    if (original == null) {
      throw new RefusedException("file.refused.name");
    }
    var shown = new StringBuilder();
    String composed = Normalizer.normalize(original, Normalizer.Form.NFC);
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c == '/' || c == '\\') {
        shown.append('_');
      } else if (Character.isSurrogate(c) ? wholePair(composed, i) : seen(c)) {
        shown.append(c);
      }
    }
    String name = shown.toString().strip();
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      throw new RefusedException("file.refused.name");
    }
    return new FileName(
        name,
        original.length() <= ORIGINAL_MAX_LENGTH
            ? original
            : original.substring(0, ORIGINAL_MAX_LENGTH));
  }

  /** A character one sees: not a control, format or separator character. */
  private static boolean seen(char c) {
    return TextProblem.of(String.valueOf(c)) == null;
  }

  private static boolean wholePair(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
