package vn.dangbo.notifications.web;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.notifications.Channels;
import vn.dangbo.notifications.NotificationInbox;
import vn.dangbo.notifications.NotificationKind;
import vn.dangbo.notifications.Outbox;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The bell, the list of notifications with today's digest, the user's choices of kinds and
 * channels, an office's defaults per role, and the administrator's view of the outbox.
 */
@Controller
class NotificationPages {

  private final NotificationInbox inbox;
  private final Outbox outbox;

  NotificationPages(NotificationInbox inbox, Outbox outbox) {
    this.inbox = inbox;
    this.outbox = outbox;
  }

  @GetMapping("/notifications")
  String list(CurrentUser user, Model model) {
    model.addAttribute("notifications", inbox.list(user));
    model.addAttribute("today", inbox.today(user));
    model.addAttribute("unread", inbox.unread(user));
    return "notifications/list";
  }

  /** Marks one read; with {@code open}, goes on to the page it is about. */
  @OwnWrite
  @PostMapping("/notifications/{id}/read")
  String read(
      @PathVariable long id, @RequestParam(required = false) boolean open, CurrentUser user) {
    var link = inbox.markRead(id, user);
    return open && link != null ? "redirect:" + link : "redirect:/notifications";
  }

  @OwnWrite
  @PostMapping("/notifications/read-all")
  String readAll(CurrentUser user, RedirectAttributes redirect) {
    inbox.markAllRead(user);
    redirect.addFlashAttribute("flash", "notify.allRead");
    return "redirect:/notifications";
  }

  @GetMapping("/notifications/preferences")
  String preferences(CurrentUser user, Model model) {
    var contact = inbox.contact(user);
    model.addAttribute("choices", inbox.preferences(user));
    model.addAttribute("email", contact.email());
    model.addAttribute("phone", contact.phone());
    model.addAttribute("kinds", NotificationKind.values());
    return "notifications/preferences";
  }

  @OwnWrite
  @PostMapping("/notifications/preferences")
  String choose(
      @RequestParam Map<String, String> form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    var choices = choices(form);
    return Forms.submit(
        model,
        "refusal",
        () -> {
          inbox.choose(choices, form.get("email"), form.get("phone"), user);
          redirect.addFlashAttribute("flash", "notify.saved");
          return "redirect:/notifications/preferences";
        },
        () -> {
          model.addAttribute("choices", choices);
          model.addAttribute("email", form.get("email"));
          model.addAttribute("phone", form.get("phone"));
          model.addAttribute("kinds", NotificationKind.values());
          return "notifications/preferences";
        });
  }

  /** An office's defaults per role, for its organisation (an administrator names any). */
  @GetMapping("/notifications/defaults")
  String defaults(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) String role,
      CurrentUser user,
      Model model) {
    long unit = unit(organization, user);
    inbox.requireOffice(unit, user);
    Role shown = NotificationInbox.roleTold(role).orElse(NotificationInbox.ROLES_TOLD.get(0));
    model.addAttribute("organization", unit);
    model.addAttribute("role", shown);
    model.addAttribute("roles", NotificationInbox.ROLES_TOLD);
    model.addAttribute("choices", inbox.defaults(unit, shown, user));
    model.addAttribute("kinds", NotificationKind.values());
    return "notifications/defaults";
  }

  @PostMapping("/notifications/defaults")
  String setDefaults(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) String role,
      @RequestParam Map<String, String> form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    long unit = unit(organization, user);
    inbox.requireOffice(unit, user);
    return Forms.submit(
        model,
        "refusal",
        () -> {
          var told =
              NotificationInbox.roleTold(role)
                  .orElseThrow(() -> RefusedException.forField("role", "notify.refused.role"));
          inbox.setDefaults(unit, told, choices(form), user);
          redirect.addFlashAttribute("flash", "notify.saved");
          return "redirect:/notifications/defaults?organization=" + unit + "&role=" + told;
        },
        () -> defaults(unit, role, user, model));
  }

  /** The outbox: digests waiting, failed with their reason, uncertain, and sent this week. */
  @GetMapping("/admin/notifications")
  String outbox(Model model) {
    model.addAttribute("deliveries", outbox.recent());
    return "notifications/outbox";
  }

  @PostMapping("/admin/notifications/{id}/retry")
  String retry(@PathVariable long id, RedirectAttributes redirect) {
    if (!outbox.retry(id)) {
      throw new NotFoundException("notify.delivery.notFound");
    }
    redirect.addFlashAttribute("flash", "notify.delivery.retried");
    return "redirect:/admin/notifications";
  }

  private static long unit(Long organization, CurrentUser user) {
    if (organization != null) {
      return organization;
    }
    if (user.organizationId() == null) {
      throw new NotFoundException("organization.notFound");
    }
    return user.organizationId();
  }

  /** The checkboxes of the form, kind by kind: {@code KIND.inApp}, {@code KIND.email}, ... */
  static Map<NotificationKind, Channels> choices(Map<String, String> form) {
    var choices = new EnumMap<NotificationKind, Channels>(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      choices.put(
          kind,
          new Channels(
              form.containsKey(kind + ".inApp"),
              form.containsKey(kind + ".email"),
              form.containsKey(kind + ".sms")));
    }
    return choices;
  }
}
