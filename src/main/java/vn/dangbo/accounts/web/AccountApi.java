package vn.dangbo.accounts.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.accounts.NewAccount;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.OwnWrite;

/** The signed-in user and, for account managers, the accounts they manage. */
@RestController
@RequestMapping("/api/v1")
class AccountApi {

  private final AccountAdministration administration;

  AccountApi(AccountAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/me")
  Me me(CurrentUser user) {
    return new Me(
        user.username(),
        user.displayName(),
        user.role(),
        user.organizationId(),
        user.committeeMemberId(),
        user.scope().everything(),
        user.scope().anchors(),
        user.scope().canManageAnything());
  }

  @PostMapping("/me/password")
  @OwnWrite
  void changeOwnPassword(@RequestBody PasswordChange request, CurrentUser user) {
    administration.changeOwnPassword(user, request.currentPassword(), request.newPassword());
  }

  @GetMapping("/accounts")
  List<AccountView> accounts(CurrentUser user) {
    return administration.manageableBy(user).stream().map(AccountView::of).toList();
  }

  @PostMapping("/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  AccountView open(@RequestBody NewAccount request, CurrentUser user) {
    return AccountView.of(administration.open(request, user));
  }

  @PutMapping("/accounts/{id}/role")
  AccountView changeRole(@PathVariable long id, @RequestBody RoleChange request, CurrentUser user) {
    return AccountView.of(
        administration.changeRole(
            id, request.role(), request.organizationId(), request.committeeMemberId(), user));
  }

  @PutMapping("/accounts/{id}/enabled")
  AccountView enable(
      @PathVariable long id, @RequestBody Map<String, Boolean> body, CurrentUser user) {
    return AccountView.of(
        administration.setEnabled(id, Boolean.TRUE.equals(body.get("enabled")), null, user));
  }

  @PostMapping("/accounts/{id}/password")
  void resetPassword(
      @PathVariable long id, @RequestBody Map<String, String> body, CurrentUser user) {
    administration.resetPassword(id, body.get("password"), user);
  }

  record Me(
      String username,
      String displayName,
      Role role,
      Long organizationId,
      Long committeeMemberId,
      boolean seesEverything,
      Set<Long> units,
      boolean canManage) {}

  record PasswordChange(String currentPassword, String newPassword) {}

  record RoleChange(Role role, Long organizationId, Long committeeMemberId) {}

  /** An account without its password hash. */
  record AccountView(
      long id,
      String username,
      String displayName,
      Role role,
      Long organizationId,
      Long committeeMemberId,
      boolean enabled,
      boolean locked) {
    static AccountView of(UserAccount a) {
      return new AccountView(
          a.id(),
          a.username(),
          a.displayName(),
          a.role(),
          a.organizationId(),
          a.committeeMemberId(),
          a.enabled(),
          a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now()));
    }
  }
}
