package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.shared.DecisionRef;

/**
 * The dashboard's member figures against direct counts on a generated commune: random members,
 * moved, exempted, transferred out and deceased on random days, counted today and on past days.
 */
@SpringBootTest
@Transactional
class GeneratedDashboardTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired Reorganizations reorganizations;
  @Autowired MemberRegistry registry;
  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;
  @Autowired vn.dangbo.members.Transfers transfers;
  @Autowired Members members;
  @Autowired Dashboards dashboards;
  @Autowired Reports reports;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void everyMemberFigureEqualsADirectCountOnAGeneratedCommune() {
    var random = new Random(2026);
    LocalDate founded = LocalDate.of(2010, 1, 1);
    long commune =
        reorganizations.found(
            NewOrganization.committee(
                "Xã Sinh Thử", AdministrativeLevel.COMMUNE, true, demo.code("SL")),
            founded,
            null,
            ALL,
            "test");
    var cells = new ArrayList<Long>();
    for (int i = 1; i <= 4; i++) {
      cells.add(
          reorganizations.found(
              NewOrganization.cell("Chi bộ bản Sinh " + i, CellType.VILLAGE, commune),
              founded,
              null,
              ALL,
              "test"));
    }
    int[] ethnicities = {1, 8, 8, 8, 3, 4};
    String[] education = {"5/12", "9/12", "12/12", null};
    var ids = new ArrayList<Long>();
    for (int i = 0; i < 60; i++) {
      boolean probationary = random.nextInt(5) == 0;
      LocalDate since = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12), 1);
      Sex sex = random.nextInt(3) == 0 ? Sex.FEMALE : Sex.MALE;
      LocalDate born =
          LocalDate.of(1950 + random.nextInt(44), 1 + random.nextInt(12), 1 + random.nextInt(28));
      ids.add(
          registry.open(
              new MemberRecord(
                  "Người Sinh " + i,
                  null,
                  sex,
                  born,
                  null,
                  null,
                  null,
                  ethnicities[random.nextInt(ethnicities.length)],
                  null,
                  education[random.nextInt(education.length)],
                  null,
                  null,
                  null,
                  null,
                  String.format(
                      "014%d%02d99%04d", sex == Sex.FEMALE ? 1 : 0, born.getYear() % 100, i),
                  null,
                  null,
                  null,
                  cells.get(random.nextInt(cells.size())),
                  null,
                  since.minusDays(10),
                  since,
                  false,
                  false,
                  false,
                  false),
              probationary ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL,
              since,
              DecisionRef.NONE,
              true,
              ALL,
              "test"));
    }
    for (long id : ids) {
      int roll = random.nextInt(10);
      var member = members.find(id, ALL).orElseThrow();
      LocalDate on = LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28));
      if (roll == 0) {
        transfers.move(
            id,
            member.version(),
            cells.get((cells.indexOf(member.record().cellId()) + 1) % cells.size()),
            on,
            DecisionRef.NONE,
            "Chuyển bản",
            ALL,
            "test");
      } else if (roll == 1 && member.status() == MemberStatus.OFFICIAL) {
        statusDecisions.changeStatus(
            id,
            member.version(),
            MemberStatus.EXEMPTED,
            on,
            DecisionRef.NONE,
            "Tuổi cao",
            ALL,
            "test");
      } else if (roll == 2) {
        statusDecisions.changeStatus(
            id,
            member.version(),
            MemberStatus.TRANSFERRED_OUT,
            on,
            DecisionRef.NONE,
            "Chuyển đi",
            ALL,
            "test");
      } else if (roll == 3) {
        statusDecisions.changeStatus(
            id,
            member.version(),
            MemberStatus.DECEASED,
            on,
            DecisionRef.NONE,
            "Từ trần",
            ALL,
            "test");
      }
    }

    for (LocalDate on :
        List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2023, 6, 30), LocalDate.now())) {
      var direct = direct(cells, on);
      var d = dashboards.of(commune, on, LocalDate.of(on.getYear(), 1, 1), ALL);
      assertThat(d.members().total()).as("total on %s", on).isEqualTo(direct.get("total"));
      assertThat(d.members().official()).as("official on %s", on).isEqualTo(direct.get("OFFICIAL"));
      assertThat(d.members().probationary()).isEqualTo(direct.get("PROBATIONARY"));
      assertThat(d.members().exempted()).isEqualTo(direct.get("EXEMPTED"));
      assertThat(d.members().women()).isEqualTo(direct.get("women"));
      assertThat(d.members().byEthnicity().getOrDefault("Mông", 0)).isEqualTo(direct.get("hmong"));
      assertThat(d.members().byEducation().get("UNKNOWN")).isEqualTo(direct.get("noEducation"));
      for (var cell : d.cells()) {
        assertThat(cell.total())
            .as("%s on %s", cell.cellName(), on)
            .isEqualTo(direct.get("cell" + cell.cellId()));
      }
    }
    var statistics =
        reports
            .run(
                "member-statistics",
                commune,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31),
                ALL,
                java.util.Locale.ROOT)
            .figures();
    assertThat(statistics.get("opening") + statistics.get("in.total") - statistics.get("out.total"))
        .isEqualTo(statistics.get("closing.total"));
    assertThat(statistics.get("out.deceased") + statistics.get("out.transferredOut")).isPositive();
  }

  /** The counts straight from the history: each member's latest entry up to the day. */
  private Map<String, Integer> direct(List<Long> cells, LocalDate on) {
    var counts = new HashMap<String, Integer>();
    for (String key :
        new String[] {
          "total", "OFFICIAL", "PROBATIONARY", "EXEMPTED", "women", "hmong", "noEducation"
        }) {
      counts.put(key, 0);
    }
    cells.forEach(c -> counts.put("cell" + c, 0));
    jdbc.sql(
            """
            select distinct on (c.member_id) c.member_id, c.cell_id, c.to_status, m.sex,
              m.ethnicity_code, m.general_education
            from member_status_change c join member m on m.id = c.member_id
            where c.effective_on <= :on and c.member_id in (
              select member_id from member_status_change where cell_id = any(:cells))
            order by c.member_id, c.effective_on desc, c.id desc
            """)
        .param("on", on)
        .param("cells", cells.toArray(Long[]::new))
        .query(
            rs -> {
              var status = MemberStatus.valueOf(rs.getString("to_status"));
              if (!cells.contains(rs.getLong("cell_id")) || !status.countedInCellTotal()) {
                return;
              }
              counts.merge("total", 1, Integer::sum);
              counts.merge("cell" + rs.getLong("cell_id"), 1, Integer::sum);
              counts.merge(
                  status == MemberStatus.TEMPORARILY_EXEMPTED ? "EXEMPTED" : status.name(),
                  1,
                  Integer::sum);
              if ("FEMALE".equals(rs.getString("sex"))) {
                counts.merge("women", 1, Integer::sum);
              }
              if (rs.getInt("ethnicity_code") == 8) {
                counts.merge("hmong", 1, Integer::sum);
              }
              if (rs.getString("general_education") == null) {
                counts.merge("noEducation", 1, Integer::sum);
              }
            });
    return counts;
  }
}
