package vn.dangbo.notifications;

import java.util.regex.Pattern;
import vn.dangbo.shared.RefusedException;

/** Where an account is told outside the app: an email address, a phone for SMS or Zalo. */
public record Contact(String email, String phone) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");

  /** The contact as typed, checked: blank means none. */
  static Contact checked(String email, String phone) {
    String e = email == null || email.isBlank() ? null : email.strip();
    String p = phone == null || phone.isBlank() ? null : phone.strip().replace(" ", "");
    if (e != null && (e.length() > 200 || !EMAIL.matcher(e).matches())) {
      throw RefusedException.forField("email", "notify.refused.email");
    }
    if (p != null && !PHONE.matcher(p).matches()) {
      throw RefusedException.forField("phone", "notify.refused.phone");
    }
    return new Contact(e, p);
  }
}
