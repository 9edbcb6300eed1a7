package vn.dangbo.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.accounts.Scopes;
import vn.dangbo.accounts.SecondFactorSignIn;
import vn.dangbo.accounts.SecondFactors;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Places;
import vn.dangbo.shared.Period;

/** The tree page alone: full page or htmx fragment, scope refusal, Vietnamese text. */
@WebMvcTest(OrganizationPages.class)
@Import({TestUsers.class, SecondFactorSignIn.class})
class OrganizationPagesSliceTests {

  private static final OrganizationNode CELL =
      new OrganizationNode(
          7,
          null,
          "Chi bộ bản Bẹ",
          OrganizationKind.CELL,
          null,
          false,
          CellType.VILLAGE,
          null,
          Period.from(LocalDate.of(2004, 3, 26)));

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @MockitoBean UserAccounts accounts;
  @MockitoBean Scopes scopes;
  @MockitoBean Organizations organizations;
  @MockitoBean vn.dangbo.organization.OrganizationHistory history;
  @MockitoBean Units units;
  @MockitoBean Places places;
  @MockitoBean ApprovalRouting approvalRouting;
  @MockitoBean vn.dangbo.audit.AuditTrail audit;
  @MockitoBean SecondFactors secondFactors;
  @MockitoBean vn.dangbo.figures.FigureCache changes;

  @BeforeEach
  void secretaryOfOneCell() {
    var account =
        new UserAccount(
            1L,
            "bithu.be",
            "Vàng A Của",
            "{noop}x",
            Role.CELL_SECRETARY,
            7L,
            null,
            null,
            true,
            0,
            null,
            Instant.EPOCH,
            Instant.EPOCH,
            0);
    given(accounts.findByUsername("bithu.be")).willReturn(Optional.of(account));
    given(accounts.findById(1L)).willReturn(Optional.of(account));
    given(scopes.of(any())).willReturn(OrganizationScope.readOnly(Set.of(7L), Set.of(7L)));
    given(organizations.treeOn(any(), any())).willReturn(List.of(CELL));
  }

  @Test
  void theTreePageIsAWholePageInVietnamese() {
    var page = mvc.get().uri("/organizations").with(users.signedIn("bithu.be"));

    assertThat(page)
        .hasStatusOk()
        .hasViewName(OrganizationPages.TREE)
        .bodyText()
        .contains("<html", "Cây tổ chức", "Chi bộ bản Bẹ", "1 tổ chức vào ngày");
  }

  @Test
  void anHtmxRequestGetsOnlyTheTree() {
    var fragment =
        mvc.get()
            .uri("/organizations?on=2024-12-31")
            .header("HX-Request", "true")
            .with(users.signedIn("bithu.be"));

    assertThat(fragment)
        .hasStatusOk()
        .hasViewName(OrganizationPages.TREE_FRAGMENT)
        .bodyText()
        .contains("Chi bộ bản Bẹ", "31/12/2024")
        .doesNotContain("<html");
  }

  @Test
  void anOrganizationOutsideTheScopeIsNotFound() {
    given(units.of(anyLong(), any(), any()))
        .willThrow(new vn.dangbo.shared.NotFoundException("organization.notFound"));

    assertThat(mvc.get().uri("/organizations/99").with(users.signedIn("bithu.be")))
        .hasStatus(404)
        .bodyText()
        .contains("Không tìm thấy tổ chức này");
  }

  @Test
  void aBadDateIsABadRequest() {
    assertThat(mvc.get().uri("/organizations?on=2025-13-01").with(users.signedIn("bithu.be")))
        .hasStatus(400)
        .bodyText()
        .contains("Yêu cầu không hợp lệ");
  }
}
