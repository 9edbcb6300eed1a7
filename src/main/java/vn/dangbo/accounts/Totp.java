package vn.dangbo.accounts;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238 with the defaults every authenticator app uses: HMAC-SHA1,
 * 30-second steps, 6 digits). A code is accepted in its own step and the one before or after, so a
 * phone clock a little off still works.
 */
final class Totp {

  static final int SECRET_BYTES = 20;
  private static final long STEP_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  static byte[] newSecret() {
    var secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of one step, as the app shows it (leading zeros kept). */
  static String code(byte[] secret, long step) {
    try {
      var mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /**
   * The step whose code this is, among the step of {@code now} and its two neighbours, or -1. The
   * comparison takes the same time whatever the code.
   */
  static long matchingStep(byte[] secret, String typed, Instant now) {
    String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return -1;
    }
    long current = stepAt(now);
    long found = -1;
    for (long step = current - 1; step <= current + 1; step++) {
      if (MessageDigest.isEqual(
          code(secret, step).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        found = step;
      }
    }
    return found;
  }

  /** RFC 4648 base32 without padding: what a person types into the app when not scanning. */
  static String base32(byte[] bytes) {
    var text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return text.toString();
  }

  /** The key URI authenticator apps read from the QR code (issuer "dangbo", the username). */
  static String keyUri(String issuer, String username, byte[] secret) {
    String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8);
    return "otpauth://totp/"
        + label.replace("+", "%20")
        + "?secret="
        + base32(secret)
        + "&issuer="
        + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
