package vn.dangbo.audit;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;

/**
 * Office staff entering data for a cell secretary (an elderly secretary who hands over the papers):
 * while it lasts, every line of the trail names both. The office keeps its own rights; nothing is
 * done with the secretary's.
 */
@Service
public class OnBehalf {

  private final AccountAdministration accounts;

  OnBehalf(AccountAdministration accounts) {
    this.accounts = accounts;
  }

  /** The secretaries the user may enter data for: those of the accounts they manage. */
  public List<UserAccount> candidatesFor(CurrentUser user) {
    if (user.role() != Role.COMMITTEE_OFFICE) {
      return List.of();
    }
    return accounts.manageableBy(user).stream()
        .filter(a -> a.role() == Role.CELL_SECRETARY && a.enabled())
        .toList();
  }

  public void start(String username, CurrentUser user, HttpSession session) {
    if (user.role() != Role.COMMITTEE_OFFICE) {
      throw new ForbiddenException("audit.onBehalf.forbidden");
    }
    var secretary =
        candidatesFor(user).stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("account.notFound"));
    session.setAttribute(Actor.ON_BEHALF_OF, secretary.username());
  }

  public void stop(HttpSession session) {
    session.removeAttribute(Actor.ON_BEHALF_OF);
  }

  /** For whom the session enters data, if anyone. */
  public static String of(HttpSession session) {
    return session == null ? null : (String) session.getAttribute(Actor.ON_BEHALF_OF);
  }
}
