package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.figures.KeptUntilChange;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;

/**
 * Supplies {@link CurrentUser} and {@link OrganizationScope} to controller methods. The account is
 * kept between pages until the database announces a change to any account (V64, topic {@code
 * accounts}), so a role change or a disabled account takes effect on the first page after the
 * change is heard, milliseconds after its commit, on every instance; while announcements are not
 * heard the account is read on every page.
 */
@Component
class CurrentUserResolver implements HandlerMethodArgumentResolver {

  private static final String ATTRIBUTE = CurrentUser.class.getName();

  /** Accounts kept: more than the users signed in to a province's server at once. */
  private static final int KEPT_ACCOUNTS = 10_000;

  private final UserAccounts accounts;
  private final Scopes scopes;
  private final KeptUntilChange<Long, Optional<UserAccount>> kept;

  CurrentUserResolver(UserAccounts accounts, Scopes scopes, FigureCache changes) {
    this.accounts = accounts;
    this.scopes = scopes;
    this.kept = new KeptUntilChange<>(changes, "accounts", KEPT_ACCOUNTS);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    var type = parameter.getParameterType();
    return type == CurrentUser.class || type == OrganizationScope.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    var request = webRequest.getNativeRequest(HttpServletRequest.class);
    var user = current(request);
    return parameter.getParameterType() == CurrentUser.class ? user : user.scope();
  }

  /** Whether someone is signed in (password and, where asked, code given). */
  static boolean signedIn() {
    return signedInUser() != null;
  }

  private static SignedInUser signedInUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
            && authentication.getPrincipal() instanceof SignedInUser signedIn
            && !signedIn.awaitingCode()
        ? signedIn
        : null;
  }

  CurrentUser current(HttpServletRequest request) {
    if (request != null && request.getAttribute(ATTRIBUTE) instanceof CurrentUser cached) {
      return cached;
    }
    var signedIn = signedInUser();
    if (signedIn == null) {
      throw new AccessDeniedException("not signed in");
    }
    var account =
        account(signedIn.account().id())
            .filter(UserAccount::enabled)
            .orElseThrow(() -> new AccessDeniedException("disabled"));
    var user = of(account);
    if (request != null) {
      request.setAttribute(ATTRIBUTE, user);
    }
    return user;
  }

  /** The account as last read (without its password's hash), until an account changes. */
  Optional<UserAccount> account(long id) {
    return kept.get(id, () -> accounts.findById(id).map(UserAccount::withoutPasswordHash));
  }

  /** The account as the current user, with the scope its role and anchor give it today. */
  CurrentUser of(UserAccount account) {
    return new CurrentUser(
        account.id(),
        account.username(),
        account.displayName(),
        account.role(),
        account.organizationId(),
        account.committeeMemberId(),
        scopes.of(account));
  }
}
