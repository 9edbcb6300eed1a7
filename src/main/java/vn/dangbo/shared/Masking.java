package vn.dangbo.shared;

/**
 * Citizen IDs and phones as lists, exports and pages show them when their purpose does not need the
 * whole value: the first and last digits, the middle hidden ({@code 0141******23}, {@code
 * 09******78}), enough to tell two people apart or check a number read out, not to use it.
 */
public final class Masking {

  private Masking() {}

  /** A citizen ID with only its first four and last two digits. */
  public static String citizenId(String value) {
    return masked(value, 4, 2);
  }

  /** A phone with only its first two and last two digits. */
  public static String phone(String value) {
    return masked(value, 2, 2);
  }

  private static String masked(String value, int head, int tail) {
    if (value == null || value.isBlank()) {
      return value;
    }
    String v = value.strip();
    if (v.length() <= head + tail) {
      return "*".repeat(v.length());
    }
    return v.substring(0, head)
        + "*".repeat(v.length() - head - tail)
        + v.substring(v.length() - tail);
  }
}
