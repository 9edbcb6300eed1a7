package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;

/** The organisation module on its own, with only the database and the kept figures below it. */
@ApplicationModuleTest(extraIncludes = {"database", "figures"})
class OrganizationModuleTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired Reorganizations reorganizations;

  @Test
  void aRenameIsPublishedWithItsDecisionForTheAuditTrail(Scenario scenario) {
    long province =
        reorganizations.found(
            NewOrganization.committee("Tỉnh mô-đun", AdministrativeLevel.PROVINCE, false, null),
            LocalDate.of(2020, 1, 1),
            null,
            ALL,
            "test");
    var decision = new DecisionRef("7-QĐ/TU", LocalDate.of(2024, 12, 20), "Tỉnh ủy");

    scenario
        .stimulate(
            () ->
                reorganizations.rename(
                    province,
                    "Tỉnh mô-đun mới",
                    LocalDate.of(2025, 1, 1),
                    decision,
                    ALL,
                    "vanphong"))
        .andWaitForEventOfType(OrganizationsReorganized.class)
        .matching(event -> event.kind() == ReorganizationKind.RENAME)
        .toArriveAndVerify(
            event -> {
              assertThat(event.organizationIds()).containsExactly(province);
              assertThat(event.decision()).isEqualTo(decision);
              assertThat(event.performedBy()).isEqualTo("vanphong");
            });
  }
}
