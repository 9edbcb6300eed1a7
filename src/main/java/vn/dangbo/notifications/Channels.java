package vn.dangbo.notifications;

/** Which channels an account wants a kind of notification by. */
public record Channels(boolean inApp, boolean email, boolean sms) {

  /** Every kind, until the user or their office chooses: in the app only. */
  static final Channels DEFAULT = new Channels(true, false, false);

  public boolean any() {
    return inApp || email || sms;
  }
}
