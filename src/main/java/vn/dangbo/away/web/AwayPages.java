package vn.dangbo.away.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.away.Absence;
import vn.dangbo.away.AwayRegister;
import vn.dangbo.away.ContactChannel;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * Đảng viên đi làm ăn xa: a cell's register (who is away, where, the last contact, those out of
 * touch too long), with the forms to record an absence, a contact and a return; a commune's totals.
 */
@Controller
class AwayPages {

  private final AwayRegister register;
  private final MemberStatistics statistics;
  private final Organizations organizations;
  private final Clock clock;

  AwayPages(
      AwayRegister register,
      MemberStatistics statistics,
      Organizations organizations,
      Clock clock) {
    this.register = register;
    this.statistics = statistics;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The register of a cell (the user's first by default). */
  @GetMapping("/away")
  String page(@RequestParam(required = false) Long cell, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var cells = organizations.cellsOn(today, scope);
    Long chosen = cell != null ? cell : cells.isEmpty() ? null : cells.get(0).id();
    if (chosen == null) {
      throw new NotFoundException("organization.notFound");
    }
    model.addAttribute("lines", register.register(chosen, scope));
    model.addAttribute("cells", cells);
    model.addAttribute("cell", chosen);
    model.addAttribute("canManage", scope.canManage(chosen));
    var members = statistics.membersOn(chosen, today);
    model.addAttribute("members", members);
    // those whose status already says they are away: no proposal for them
    model.addAttribute(
        "awayByStatus",
        members.stream()
            .filter(
                m ->
                    m.status() == MemberStatus.TEMPORARILY_EXEMPTED
                        || m.status() == MemberStatus.ATTACHED_ELSEWHERE)
            .map(MemberStatistics.OnDay::memberId)
            .collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("channels", ContactChannel.values());
    model.addAttribute("today", today);
    return "away/register";
  }

  /** The members away under an organisation (the user's first by default), by cell and place. */
  @GetMapping("/away/totals")
  String totals(
      @RequestParam(required = false) Long organization, OrganizationScope scope, Model model) {
    long chosen = scope.orOwnUnit(organization);
    model.addAttribute("totals", register.totals(chosen, scope));
    model.addAttribute(
        "organization",
        organizations.findLatest(chosen, scope).map(OrganizationNode::name).orElse(""));
    return "away/totals";
  }

  @PostMapping("/away")
  String record(
      @RequestParam long cell,
      @RequestParam(required = false) Long member,
      @RequestParam(defaultValue = "false") boolean abroad,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) String employer,
      @RequestParam(required = false) LocalDate since,
      @RequestParam(required = false) LocalDate expectedReturn,
      @RequestParam(required = false) ContactChannel channel,
      @RequestParam(required = false) String contactDetail,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (member == null) {
            throw new vn.dangbo.shared.RefusedException("away.refused.incomplete");
          }
          register.record(
              member,
              new Absence.Details(
                  abroad, destination, employer, since, expectedReturn, channel, contactDetail),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "away.recorded");
          return "redirect:/away?cell=" + cell;
        },
        () -> page(cell, user.scope(), model));
  }

  @PostMapping("/away/{id}/contact")
  String contacted(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam(required = false) LocalDate on,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return onAbsence(
        cell,
        user,
        model,
        redirect,
        "away.contactRecorded",
        () -> register.contacted(id, on, user.scope()));
  }

  @PostMapping("/away/{id}/return")
  String returned(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam(required = false) LocalDate on,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return onAbsence(
        cell,
        user,
        model,
        redirect,
        "away.returnRecorded",
        () -> register.returned(id, on, user.scope()));
  }

  /** Records on an absence, and shows the cell's register again with the news or the refusal. */
  private String onAbsence(
      long cell,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      String flash,
      Runnable record) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          record.run();
          redirect.addFlashAttribute("flash", flash);
          return "redirect:/away?cell=" + cell;
        },
        () -> page(cell, user.scope(), model));
  }
}
