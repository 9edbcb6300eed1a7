package vn.dangbo.accounts;

import java.time.Instant;

/** The code an authenticator app would show now, for tests outside this package. */
public final class TestCodes {

  private TestCodes() {}

  public static String now(byte[] secret) {
    return Totp.code(secret, Totp.stepAt(Instant.now()));
  }

  /** The code of the next 30 seconds, still taken now (a phone clock a little ahead). */
  public static String next(byte[] secret) {
    return Totp.code(secret, Totp.stepAt(Instant.now()) + 1);
  }
}
