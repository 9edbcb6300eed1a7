package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.shared.RefusedException;

class NewOrganizationTests {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void refusesAMissingName(String name) {
    assertThatThrownBy(() -> NewOrganization.cell(name, CellType.VILLAGE, 1L))
        .isInstanceOf(RefusedException.class)
        .hasMessage("organization.refused.nameRequired");
  }

  @Test
  void acceptsTwoHundredCharactersAndRefusesOneMore() {
    assertThat(NewOrganization.cell("a".repeat(200), CellType.VILLAGE, 1L).name()).hasSize(200);
    assertThatThrownBy(() -> NewOrganization.cell("a".repeat(201), CellType.VILLAGE, 1L))
        .hasMessage("organization.refused.nameTooLong");
  }

  @ParameterizedTest
  @CsvSource({
    "CELL, , , organization.refused.cellTypeOnlyForCells",
    "COMMITTEE, VILLAGE, , organization.refused.cellTypeOnlyForCells",
    "CELL, VILLAGE, COMMUNE, organization.refused.levelOnlyForCommittees",
    "PARTIAL_COMMITTEE, , COMMUNE, organization.refused.levelOnlyForCommittees"
  })
  void refusesInconsistentKinds(
      OrganizationKind kind, CellType cellType, AdministrativeLevel level, String reason) {
    assertThatThrownBy(() -> new NewOrganization("Tên", kind, level, false, cellType, 1L, null))
        .isInstanceOf(RefusedException.class)
        .hasMessage(reason);
  }

  @Test
  void trimsTheNameAndDropsABlankCode() {
    var organization =
        new NewOrganization(
            "  Chi bộ bản Bẹ ", OrganizationKind.CELL, null, false, CellType.VILLAGE, 1L, " ");

    assertThat(organization.name()).isEqualTo("Chi bộ bản Bẹ");
    assertThat(organization.code()).isNull();
  }
}
