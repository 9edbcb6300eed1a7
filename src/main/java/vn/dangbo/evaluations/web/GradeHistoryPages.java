package vn.dangbo.evaluations.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.evaluations.Rewards;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * A member's or an organisation's grades over the years, with their rewards, which are added here.
 */
@Controller
class GradeHistoryPages {

  private final vn.dangbo.evaluations.GradeHistory gradeHistory;
  private final Rewards rewards;
  private final Organizations organizations;
  private final Clock clock;

  GradeHistoryPages(
      vn.dangbo.evaluations.GradeHistory gradeHistory,
      Rewards rewards,
      Organizations organizations,
      Clock clock) {
    this.gradeHistory = gradeHistory;
    this.rewards = rewards;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/evaluations/history")
  String history(
      @RequestParam(required = false) Long member,
      @RequestParam(required = false) Long organization,
      OrganizationScope scope,
      Model model) {
    if ((member == null) == (organization == null)) {
      throw new NotFoundException("evaluation.notFound");
    }
    if (member != null) {
      model.addAttribute("grades", gradeHistory.historyOfMember(member, scope));
      model.addAttribute("rewards", rewards.ofMember(member, scope));
    } else {
      model.addAttribute(
          "unit",
          organizations
              .findLatest(organization, scope)
              .orElseThrow(() -> new NotFoundException("organization.notFound")));
      model.addAttribute("grades", gradeHistory.historyOfOrganization(organization, scope));
      model.addAttribute("rewards", rewards.ofOrganization(organization, scope));
    }
    model.addAttribute("member", member);
    model.addAttribute("organization", organization);
    model.addAttribute("year", LocalDate.now(clock).getYear());
    return "evaluations/history";
  }

  @PostMapping("/evaluations/rewards")
  String reward(
      @RequestParam(required = false) Long memberId,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) LocalDate decisionDate,
      @RequestParam(required = false) String reason,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    java.util.function.Supplier<String> work =
        () -> {
          rewards.add(
              new Rewards.RewardRequest(
                  memberId,
                  organizationId,
                  year,
                  title,
                  issuer,
                  decisionNumber,
                  decisionDate,
                  reason),
              scope,
              user.username());
          redirect.addFlashAttribute("flash", "reward.saved");
          return memberId != null
              ? "redirect:/evaluations/history?member=" + memberId
              : "redirect:/evaluations/history?organization=" + organizationId;
        };
    if (memberId == null && organizationId == null) {
      // no history page to show the refusal on: the error page says it
      return work.get();
    }
    return Forms.submit(
        model,
        "refusal",
        work,
        () -> history(memberId, memberId == null ? organizationId : null, scope, model));
  }
}
