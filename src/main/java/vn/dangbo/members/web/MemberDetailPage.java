package vn.dangbo.members.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberAccounts;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Recognition;
import vn.dangbo.members.RecognitionKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;

/** The member's page: the record with its facts and history, and the forms the user may use. */
@Component
class MemberDetailPage {

  /** The model attribute that asks for the whole citizen ID. */
  static final String REVEAL = "revealCitizenId";

  private final Members members;
  private final vn.dangbo.members.MemberFactsReader memberFacts;
  private final Organizations organizations;
  private final MemberAccounts accounts;
  private final Recognition recognition;
  private final Clock clock;

  MemberDetailPage(
      Members members,
      vn.dangbo.members.MemberFactsReader memberFacts,
      Organizations organizations,
      MemberAccounts accounts,
      Recognition recognition,
      Clock clock) {
    this.members = members;
    this.memberFacts = memberFacts;
    this.organizations = organizations;
    this.accounts = accounts;
    this.recognition = recognition;
    this.clock = clock;
  }

  /** The record with its facts and history, and the forms the user may use on it. */
  String show(Member member, CurrentUser user, Model model) {
    // the whole citizen ID on purpose only (asked for, or the member's own record)
    boolean whole =
        Boolean.TRUE.equals(model.getAttribute(REVEAL)) || user.scope().isOwnRecord(member.id());
    model.addAttribute("citizenIdWhole", whole);
    model.addAttribute(
        "citizenIdShown",
        whole
            ? member.record().citizenId()
            : vn.dangbo.shared.Masking.citizenId(member.record().citizenId()));
    LocalDate today = LocalDate.now(clock);
    var scope = user.scope();
    boolean canManage = scope.canManage(member.record().cellId());
    model.addAttribute("member", member);
    model.addAttribute("facts", memberFacts.facts(member, today));
    model.addAttribute("history", members.history(member.id()));
    model.addAttribute("cellNames", cellNames(scope));
    model.addAttribute("canManage", canManage);
    model.addAttribute(
        "canCorrect",
        scope.canCorrect(member.record().cellId(), member.record().admissionDecisionDate()));
    model.addAttribute("nextStatuses", member.status().next());
    if (!model.containsAttribute("statusForm")) {
      model.addAttribute(
          "statusForm", new StatusForm(null, null, today, null, null, null, null, null));
    }
    if (!model.containsAttribute("moveForm")) {
      model.addAttribute("moveForm", new MoveForm(null, null, today, null, null, null, null));
    }
    if (!model.containsAttribute("recognitionForm")) {
      model.addAttribute(
          "recognitionForm", new RecognitionForm(null, today, null, null, null, null, null));
    }
    model.addAttribute(
        "recognitionFile",
        member.status() == MemberStatus.PROBATIONARY
            ? recognition.file(member.id(), scope)
            : List.of());
    model.addAttribute("recognitionKinds", RecognitionKind.values());
    if (!model.containsAttribute("accountForm")) {
      model.addAttribute("accountForm", new AccountForm(null, null));
    }
    model.addAttribute(
        "moveTargets",
        canManage && !member.status().ended()
            ? cells(scope).stream()
                .filter(c -> scope.canManage(c.id()) && c.id() != member.record().cellId())
                .toList()
            : List.of());
    boolean managesAccounts = canManage && user.role().managesAccounts();
    model.addAttribute("managesAccounts", managesAccounts);
    model.addAttribute(
        "account", managesAccounts ? accounts.usernameOf(member.id()).orElse(null) : null);
    return MemberPages.DETAIL;
  }

  /** Names of the cells the user sees, by id, to say where each history entry placed the member. */
  private Map<Long, String> cellNames(OrganizationScope scope) {
    var names = new HashMap<Long, String>();
    cells(scope).forEach(c -> names.put(c.id(), c.name()));
    return names;
  }

  /** The cells the user sees today. */
  List<OrganizationNode> cells(OrganizationScope scope) {
    return organizations.treeOn(LocalDate.now(clock), scope).stream()
        .filter(OrganizationNode::isCell)
        .toList();
  }
}
