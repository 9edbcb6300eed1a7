package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.shared.DecisionRef;

/** The demo's organisations as they were founded: communes, cells, and the day each began. */
@Component
class DemoTree {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final Reorganizations reorganizations;
  private final Organizations organizations;

  DemoTree(Reorganizations reorganizations, Organizations organizations) {
    this.reorganizations = reorganizations;
    this.organizations = organizations;
  }

  long commune(String name, String code, long district) {
    return found(
        NewOrganization.committee(name, AdministrativeLevel.COMMUNE, true, district).withCode(code),
        DemoCommune.FOUNDED);
  }

  void cell(Map<String, Long> cells, long commune, String name, CellType type, int year) {
    LocalDate founded =
        year == DemoCommune.FOUNDED.getYear() ? DemoCommune.FOUNDED : LocalDate.of(year, 3, 26);
    cells.put(name, found(NewOrganization.cell(name, type, commune), founded));
  }

  long found(NewOrganization organization, LocalDate on) {
    return reorganizations.found(organization, on, DecisionRef.NONE, ALL, DemoCommune.BY);
  }

  LocalDate foundedOn(long organization) {
    return organizations.findLatest(organization, ALL).orElseThrow().existence().from();
  }
}
