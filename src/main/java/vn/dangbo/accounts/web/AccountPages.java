package vn.dangbo.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.accounts.NewAccount;
import vn.dangbo.accounts.SecondFactors;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.RefusedException;

/** Account managers (administrators, committee office) open and change accounts. */
@Controller
class AccountPages {

  static final String LIST = "accounts/list";
  static final String FORM = "accounts/form";
  static final String EDIT = "accounts/edit";
  static final String PASSWORD = "accounts/password";

  private final AccountAdministration administration;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final SecondFactors secondFactors;
  private final Clock clock;

  AccountPages(
      AccountAdministration administration,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      SecondFactors secondFactors,
      Clock clock) {
    this.administration = administration;
    this.secondFactors = secondFactors;
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  @InitBinder
  void binder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/accounts")
  String list(CurrentUser user, Model model) {
    var accounts = administration.manageableBy(user);
    var names = new HashMap<Long, String>();
    for (var account : accounts) {
      if (account.organizationId() != null) {
        organizations
            .findLatest(account.organizationId(), user.scope())
            .ifPresent(n -> names.put(n.id(), n.name()));
      }
    }
    model.addAttribute("accounts", accounts);
    model.addAttribute("organizations", names);
    return LIST;
  }

  @GetMapping("/accounts/new")
  String newForm(CurrentUser user, Model model) {
    administration.manageableBy(user);
    model.addAttribute("form", new AccountForm(null, null, null, Role.CELL_SECRETARY, null, null));
    return form(user, model);
  }

  @PostMapping("/accounts/new")
  String open(
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireBound(form, result);
    if (!result.hasErrors()) {
      return Forms.submit(
          result,
          () -> {
            administration.open(
                new NewAccount(
                    form.username(),
                    form.displayName(),
                    form.password(),
                    form.role(),
                    form.organizationId(),
                    form.committeeMemberId()),
                user);
            redirect.addFlashAttribute("flash", "accounts.opened");
            return "redirect:/accounts";
          },
          () -> form(user, model));
    }
    return form(user, model);
  }

  @GetMapping("/accounts/{id}")
  String edit(@PathVariable long id, CurrentUser user, Model model) {
    var account = administration.find(id, user);
    model.addAttribute(
        "form",
        new AccountForm(
            account.username(),
            account.displayName(),
            null,
            account.role(),
            account.organizationId(),
            account.committeeMemberId()));
    return editView(id, user, model);
  }

  @PostMapping("/accounts/{id}/role")
  String changeRole(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireBound(form, result);
    return act(
        id,
        result,
        user,
        model,
        redirect,
        () ->
            administration.changeRole(
                id, form.role(), form.organizationId(), form.committeeMemberId(), user));
  }

  @PostMapping("/accounts/{id}/password")
  String resetPassword(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireBound(form, result);
    return act(
        id,
        result,
        user,
        model,
        redirect,
        () -> administration.resetPassword(id, form.password(), user));
  }

  @PostMapping("/accounts/{id}/enable")
  String enable(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireBound(form, result);
    boolean enable = !administration.find(id, user).enabled();
    return act(
        id, result, user, model, redirect, () -> administration.setEnabled(id, enable, null, user));
  }

  @GetMapping("/account/password")
  String passwordForm(CurrentUser user, Model model) {
    model.addAttribute("form", new PasswordForm(null, null, null));
    return passwordView(user, model);
  }

  @PostMapping("/account/password")
  @OwnWrite
  String changePassword(
      @ModelAttribute("form") PasswordForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireBound(form, result);
    return Forms.submit(
        result,
        () -> {
          if (form.newPassword() == null || !form.newPassword().equals(form.repeat())) {
            throw new RefusedException("account.refused.passwordsDiffer");
          }
          administration.changeOwnPassword(user, form.currentPassword(), form.newPassword());
          redirect.addFlashAttribute("flash", "password.changed");
          return "redirect:/";
        },
        () -> passwordView(user, model));
  }

  private static String passwordView(CurrentUser user, Model model) {
    model.addAttribute("secondFactorOffered", SecondFactors.offeredTo(user.role()));
    return PASSWORD;
  }

  private static void requireBound(Object form, BindingResult result) throws BindException {
    if (form == null || result.getTarget() == null) {
      throw new BindException(result);
    }
  }

  private String act(
      long id,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      Runnable action) {
    return Forms.submit(
        result,
        () -> {
          action.run();
          redirect.addFlashAttribute("flash", "accounts.saved");
          return "redirect:/accounts/" + id;
        },
        () -> editView(id, user, model));
  }

  private String editView(long id, CurrentUser user, Model model) {
    model.addAttribute("account", administration.find(id, user));
    model.addAttribute("secondFactorOn", secondFactors.isOn(id));
    form(user, model);
    return EDIT;
  }

  private String form(CurrentUser user, Model model) {
    model.addAttribute(
        "roles",
        Arrays.stream(Role.values())
            .filter(r -> r != Role.ADMINISTRATOR || user.role() == Role.ADMINISTRATOR)
            .toList());
    model.addAttribute("organizations", organizationNames(user));
    var members = new ArrayList<vn.dangbo.organization.CommitteeMember>();
    for (var node : organizations.treeOn(LocalDate.now(clock), user.scope())) {
      if (!node.isCell() && user.scope().canManage(node.id())) {
        members.addAll(committeeMembers.of(node.id(), LocalDate.now(clock), user.scope()));
      }
    }
    model.addAttribute("committeeMembers", members);
    return FORM;
  }

  private Map<Long, String> organizationNames(CurrentUser user) {
    var names = new LinkedHashMap<Long, String>();
    for (var node : organizations.treeOn(LocalDate.now(clock), user.scope())) {
      if (user.scope().canManage(node.id())) {
        names.put(node.id(), node.name());
      }
    }
    return names;
  }

  record AccountForm(
      String username,
      String displayName,
      String password,
      Role role,
      Long organizationId,
      Long committeeMemberId) {}

  record PasswordForm(String currentPassword, String newPassword, String repeat) {}
}
