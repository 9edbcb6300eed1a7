package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.Demo.AFTER_MERGER;
import static vn.dangbo.Demo.BEFORE_MERGER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Who decides an admission is data on the tree, and it changed on 2025-07-01. */
@SpringBootTest
@Transactional
class ApprovalRoutingTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired ApprovalRouting routing;
  @Autowired Demo demo;

  @Test
  void beforeTheMergerTheDistrictDecidedAfterTheCommuneResolution() {
    long cell = demo.named("Chi bộ bản Làng Chếu");

    var chain = routing.forCell(cell, BEFORE_MERGER, ALL).orElseThrow();

    assertThat(chain.configuredOn().code()).isEqualTo("LC");
    assertThat(chain.steps())
        .extracting(s -> s.action(), s -> s.organization().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ApprovalAction.RESOLUTION, "LC"),
            org.assertj.core.groups.Tuple.tuple(ApprovalAction.DECISION, "BY"));
  }

  @Test
  void fromJuly2025TheCommuneCommitteeDecides() {
    long cell = demo.named("Chi bộ bản Làng Chếu");

    var chain = routing.forCell(cell, AFTER_MERGER, ALL).orElseThrow();

    assertThat(chain.decidingOrganization().code()).isEqualTo("TX");
    assertThat(chain.steps()).hasSize(1);
    assertThat(chain.legalBasis()).contains("294-QĐ/TW");
  }

  @Test
  void aChainSetOnACellOverridesTheCommuneChainFromItsDate() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long taXua = demo.code("TX");
    var from = LocalDate.of(2026, 1, 1);

    routing.configure(
        ApprovalChain.from(
            cell,
            from,
            "Thử nghiệm",
            List.of(
                new ApprovalStep(ApprovalAction.RESOLUTION, taXua),
                new ApprovalStep(ApprovalAction.DECISION, taXua))),
        ALL);

    assertThat(routing.forCell(cell, from.minusDays(1), ALL).orElseThrow().steps()).hasSize(1);
    assertThat(routing.forCell(cell, from, ALL).orElseThrow().steps()).hasSize(2);
  }

  @Test
  void refusesAChainWithoutADecision() {
    assertThatThrownBy(
            () ->
                ApprovalChain.from(
                    1L,
                    LocalDate.of(2026, 1, 1),
                    "x",
                    List.of(new ApprovalStep(ApprovalAction.RESOLUTION, 1L))))
        .isInstanceOf(RefusedException.class)
        .hasMessage("approvalChain.refused.mustEndWithDecision");
  }

  @Test
  void aCellOutsideTheScopeIsNotFound() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var otherCell =
        OrganizationScope.readOnly(
            java.util.Set.of(demo.named("Chi bộ bản Háng Đồng")), java.util.Set.of());

    assertThatThrownBy(() -> routing.forCell(cell, BEFORE_MERGER, otherCell))
        .isInstanceOf(NotFoundException.class);
  }
}
