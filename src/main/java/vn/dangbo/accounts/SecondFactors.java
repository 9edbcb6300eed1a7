package vn.dangbo.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.RefusedException;

/**
 * The optional second factor of administrators and committee offices: a key shared with an
 * authenticator app on the person's phone (TOTP). Turned on by the person after proving the app
 * shows the right codes; turned off by the person with a code, or by an account manager when the
 * phone is lost.
 */
@Service
public class SecondFactors {

  /**
   * The only authority of someone whose password was right but who has not yet given the code: it
   * opens nothing (every rule asks for a role).
   */
  public static final String AWAITING_CODE = "SIGN_IN_AWAITING_CODE";

  /** The application's name in the phone's authenticator app. */
  static final String ISSUER = "dangbo";

  private final JdbcClient jdbc;
  private final AccountAdministration administration;
  private final Clock clock;

  SecondFactors(JdbcClient jdbc, AccountAdministration administration, Clock clock) {
    this.jdbc = jdbc;
    this.administration = administration;
    this.clock = clock;
  }

  /** Whether the password was right but the code is still awaited. */
  public static boolean awaitsCode(
      org.springframework.security.core.Authentication authentication) {
    return authentication.getAuthorities().stream()
        .anyMatch(a -> AWAITING_CODE.equals(a.getAuthority()));
  }

  /** Whether this role may protect its accounts with a second factor. */
  public static boolean offeredTo(Role role) {
    return role == Role.ADMINISTRATOR || role == Role.COMMITTEE_OFFICE;
  }

  /** Whether the account signs in with a code as well as its password. */
  public boolean isOn(long accountId) {
    return jdbc.sql(
            "select exists (select from account_second_factor"
                + " where account_id = :id and confirmed_at is not null)")
        .param("id", accountId)
        .query(Boolean.class)
        .single();
  }

  /**
   * The key being set up for the user's app: made on the first call and kept until confirmed, so a
   * page shown again (after a wrong code) shows the same key.
   */
  @Transactional
  public Enrollment enrollment(CurrentUser user) {
    requireOffered(user);
    if (isOn(user.accountId())) {
      throw new RefusedException("secondFactor.refused.alreadyOn");
    }
    jdbc.sql(
            "insert into account_second_factor (account_id, totp_secret) values (:id, :secret)"
                + " on conflict (account_id) do nothing")
        .param("id", user.accountId())
        .param("secret", Totp.newSecret())
        .update();
    byte[] secret =
        jdbc.sql("select totp_secret from account_second_factor where account_id = :id")
            .param("id", user.accountId())
            .query(byte[].class)
            .single();
    return new Enrollment(
        Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 "),
        Totp.keyUri(ISSUER, user.username(), secret));
  }

  /** Turns the second factor on once the app shows the code of the key being set up. */
  @Transactional
  public void confirm(CurrentUser user, String code) {
    requireOffered(user);
    byte[] secret =
        jdbc.sql(
                "select totp_secret from account_second_factor"
                    + " where account_id = :id and confirmed_at is null for update")
            .param("id", user.accountId())
            .query(byte[].class)
            .optional()
            .orElseThrow(() -> new RefusedException("secondFactor.refused.notStarted"));
    long step = Totp.matchingStep(secret, code, clock.instant());
    if (step < 0) {
      throw new RefusedException("secondFactor.refused.wrongCode");
    }
    jdbc.sql(
            "update account_second_factor set confirmed_at = :now, last_step = :step"
                + " where account_id = :id")
        .param("now", Timestamp.from(clock.instant()))
        .param("step", step)
        .param("id", user.accountId())
        .update();
  }

  /** The person turns their own second factor off, proving it with a current code. */
  @Transactional
  public void turnOff(CurrentUser user, String code) {
    if (!accept(user.accountId(), code, false)) {
      throw new RefusedException("secondFactor.refused.wrongCode");
    }
    delete(user.accountId());
  }

  /** An account manager removes someone's second factor (a lost phone); they set it up again. */
  @Transactional
  public void removeFor(long accountId, CurrentUser manager) {
    administration.find(accountId, manager); // refuses accounts the manager may not manage
    delete(accountId);
  }

  /**
   * Whether the code is the account's current one. {@code once}: the code is used up, so a code
   * seen over someone's shoulder cannot sign in a second time (the page sign-in); scripts calling
   * the API may send one code with several calls within its 30 seconds.
   */
  boolean accept(long accountId, String code, boolean once) {
    var secret =
        jdbc.sql(
                "select totp_secret from account_second_factor"
                    + " where account_id = :id and confirmed_at is not null")
            .param("id", accountId)
            .query(byte[].class)
            .optional();
    long step = secret.map(s -> Totp.matchingStep(s, code, clock.instant())).orElse(-1L);
    if (step < 0) {
      return false;
    }
    if (!once) {
      return true;
    }
    return jdbc.sql(
                "update account_second_factor set last_step = :step where account_id = :id"
                    + " and confirmed_at is not null and (last_step is null or last_step < :step)")
            .param("step", step)
            .param("id", accountId)
            .update()
        == 1;
  }

  private void delete(long accountId) {
    jdbc.sql("delete from account_second_factor where account_id = :id")
        .param("id", accountId)
        .update();
  }

  private static void requireOffered(CurrentUser user) {
    if (!offeredTo(user.role())) {
      throw new ForbiddenException("secondFactor.forbidden");
    }
  }

  /** What the person copies into their app: the key as groups of four letters, or the QR code. */
  public record Enrollment(String key, String keyUri) {}
}
