package vn.dangbo.demo;

import static vn.dangbo.organization.CellType.AGRICULTURAL_EXTENSION_STATION;
import static vn.dangbo.organization.CellType.HEALTH_STATION;
import static vn.dangbo.organization.CellType.SCHOOL;
import static vn.dangbo.organization.CellType.VILLAGE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalChain;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.ApprovalStep;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.shared.DecisionRef;

/**
 * Loads the demo once: if the province with code {@code SL} exists, nothing happens. Everything
 * runs in one transaction, so an interrupted load leaves nothing behind and is simply redone. It
 * loads while the application starts, before the web server opens (the first load takes half a
 * minute on a small machine): nobody can try to sign in to demo accounts that are not there yet.
 */
@Component
@Profile("demo")
class DemoCommune implements SmartInitializingSingleton {

  /** The password of every demo account; listed in the README, refused in production. */
  static final String PASSWORD = "Dangbo@2025";

  static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
  static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  static final LocalDate TERM_2020 = LocalDate.of(2020, 10, 1);
  static final LocalDate FIRST_CONGRESS = LocalDate.of(2025, 7, 29);

  private static final Logger log = LoggerFactory.getLogger(DemoCommune.class);
  static final String BY = "demo";
  private static final OrganizationScope ALL = OrganizationScope.all();

  private final Reorganizations reorganizations;
  private final Organizations organizations;
  private final DemoPlaces demoPlaces;
  private final CommitteeMembers committeeMembers;
  private final ApprovalRouting approvalRouting;
  private final DemoAccounts demoAccounts;
  private final DemoCommittees committees;
  private final DemoTree tree;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DemoMembers members;
  private final DemoMeetings meetings;
  private final DemoEvaluations evaluations;
  private final DemoDues dues;
  private final DemoAway away;
  private final DemoTerms demoTerms;
  private final DemoCellReports cellReports;
  private final DemoRecords records;

  DemoCommune(
      Reorganizations reorganizations,
      Organizations organizations,
      DemoPlaces demoPlaces,
      CommitteeMembers committeeMembers,
      ApprovalRouting approvalRouting,
      DemoAccounts demoAccounts,
      DemoCommittees committees,
      DemoTree tree,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      DemoMembers members,
      DemoMeetings meetings,
      DemoEvaluations evaluations,
      DemoDues dues,
      DemoAway away,
      DemoTerms demoTerms,
      DemoCellReports cellReports,
      DemoRecords records) {
    this.evaluations = evaluations;
    this.dues = dues;
    this.away = away;
    this.demoTerms = demoTerms;
    this.cellReports = cellReports;
    this.records = records;
    this.reorganizations = reorganizations;
    this.organizations = organizations;
    this.demoPlaces = demoPlaces;
    this.committeeMembers = committeeMembers;
    this.approvalRouting = approvalRouting;
    this.demoAccounts = demoAccounts;
    this.committees = committees;
    this.tree = tree;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.members = members;
    this.meetings = meetings;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> loadOnce());
  }

  private void loadOnce() {
    // serialises concurrent first starts on one database
    jdbc.sql("select pg_advisory_xact_lock(20250701)").query(Object.class).single();
    boolean loaded = organizations.idOfCode("SL").isPresent();
    if (!loaded) {
      long started = System.nanoTime();
      load();
      log.info(
          "Loaded the demo commune (Làng Chếu, Háng Đồng, Tà Xùa; merged 2025-07-01) in {} ms",
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private void load() {
    long province =
        tree.found(
            NewOrganization.committee(
                    "Đảng bộ tỉnh Sơn La", AdministrativeLevel.PROVINCE, false, null)
                .withCode("SL"),
            FOUNDED);
    long district =
        tree.found(
            NewOrganization.committee(
                    "Đảng bộ huyện Bắc Yên", AdministrativeLevel.DISTRICT, false, province)
                .withCode("BY"),
            FOUNDED);
    long langCheu = tree.commune("Đảng bộ xã Làng Chếu", "LC", district);
    long hangDong = tree.commune("Đảng bộ xã Háng Đồng", "HD", district);
    long oldTaXua = tree.commune("Đảng bộ xã Tà Xùa (cũ)", "TXC", district);

    var cells = new LinkedHashMap<String, Long>();
    // Làng Chếu: 9 village cells, some founded only as the villages gained members
    tree.cell(cells, langCheu, "Chi bộ bản Làng Chếu", VILLAGE, 2000);
    tree.cell(cells, langCheu, "Chi bộ bản Phình Hồ", VILLAGE, 2000);
    tree.cell(cells, langCheu, "Chi bộ bản Háng Gằng", VILLAGE, 2002);
    tree.cell(cells, langCheu, "Chi bộ bản Pá Chày", VILLAGE, 2006);
    tree.cell(cells, langCheu, "Chi bộ bản Khe Lóng", VILLAGE, 2009);
    tree.cell(cells, langCheu, "Chi bộ bản Chống Tra", VILLAGE, 2012);
    tree.cell(cells, langCheu, "Chi bộ bản Trò A", VILLAGE, 2015);
    tree.cell(cells, langCheu, "Chi bộ bản Sừ Thàng", VILLAGE, 2018);
    tree.cell(cells, langCheu, "Chi bộ bản Mống Vàng", VILLAGE, 2021);
    // and 5 at the schools, the health station and the agricultural extension station
    tree.cell(cells, langCheu, "Chi bộ Trường Mầm non Làng Chếu", SCHOOL, 2005);
    tree.cell(cells, langCheu, "Chi bộ Trường Tiểu học Làng Chếu", SCHOOL, 2003);
    tree.cell(cells, langCheu, "Chi bộ Trường THCS Làng Chếu", SCHOOL, 2008);
    tree.cell(cells, langCheu, "Chi bộ Trạm Y tế xã Làng Chếu", HEALTH_STATION, 2010);
    tree.cell(
        cells, langCheu, "Chi bộ Trạm Khuyến nông Làng Chếu", AGRICULTURAL_EXTENSION_STATION, 2013);
    tree.cell(cells, hangDong, "Chi bộ bản Háng Đồng", VILLAGE, 2000);
    tree.cell(cells, hangDong, "Chi bộ bản Tìa Đố", VILLAGE, 2011);
    tree.cell(cells, hangDong, "Chi bộ Trường PTDTBT TH và THCS Háng Đồng", SCHOOL, 2007);
    tree.cell(cells, oldTaXua, "Chi bộ bản Tà Xùa", VILLAGE, 2000);
    tree.cell(cells, oldTaXua, "Chi bộ bản Bẹ", VILLAGE, 2004);
    tree.cell(cells, oldTaXua, "Chi bộ Trạm Y tế xã Tà Xùa", HEALTH_STATION, 2012);

    var placeIds = demoPlaces.load(langCheu, hangDong, oldTaXua, cells);

    String before2025 = "Điều lệ Đảng; Quy định 24-QĐ/TW (2021) §3; Hướng dẫn 12-HD/BTCTW (2022)";
    for (long commune : List.of(langCheu, hangDong, oldTaXua)) {
      approvalRouting.configure(
          ApprovalChain.from(
              commune,
              FOUNDED,
              before2025,
              List.of(
                  new ApprovalStep(ApprovalAction.RESOLUTION, commune),
                  new ApprovalStep(ApprovalAction.DECISION, district))),
          ALL);
    }

    // earlier terms of the Làng Chếu committee: their votes on admissions since 2006 count them
    committees.congress(
        langCheu,
        LocalDate.of(2005, 10, 1),
        "Sùng A Dơ",
        "Giàng A Sử",
        "Lò Văn Piếng",
        "Mùa A Chư",
        "Hờ A Vàng");
    committees.congress(
        langCheu,
        LocalDate.of(2010, 10, 1),
        "Sùng A Dơ",
        "Giàng A Sử",
        "Lò Thị Ban",
        "Mùa A Chư",
        "Nguyễn Văn Tâm");
    committees.congress(
        langCheu,
        LocalDate.of(2015, 10, 1),
        "Sùng A Dơ",
        "Giàng A Sử",
        "Lò Thị Ban",
        "Mùa A Páo",
        "Nguyễn Văn Tâm");

    // Làng Chếu committee 2020-2025 and the cells each member was in charge of
    var term2020 =
        committees.congress(
            langCheu,
            TERM_2020,
            "Sùng A Dơ",
            "Giàng A Sử",
            "Lò Thị Ban",
            "Mùa A Páo",
            "Nguyễn Văn Tâm");
    long doSecretary = term2020.get("Sùng A Dơ");
    long suDeputy = term2020.get("Giàng A Sử");
    long banStanding = term2020.get("Lò Thị Ban");
    long paoMember = term2020.get("Mùa A Páo");
    long tamMember = term2020.get("Nguyễn Văn Tâm");
    committees.assign(
        doSecretary, cells, TERM_2020, "Chi bộ bản Làng Chếu", "Chi bộ bản Mống Vàng");
    committees.assign(
        suDeputy,
        cells,
        TERM_2020,
        "Chi bộ bản Phình Hồ",
        "Chi bộ bản Háng Gằng",
        "Chi bộ bản Sừ Thàng");
    committees.assign(
        banStanding,
        cells,
        TERM_2020,
        "Chi bộ Trường Mầm non Làng Chếu",
        "Chi bộ Trường Tiểu học Làng Chếu",
        "Chi bộ Trường THCS Làng Chếu");
    committees.assign(
        paoMember,
        cells,
        TERM_2020,
        "Chi bộ bản Pá Chày",
        "Chi bộ bản Khe Lóng",
        "Chi bộ bản Chống Tra",
        "Chi bộ bản Trò A");
    committees.assign(
        tamMember,
        cells,
        TERM_2020,
        "Chi bộ Trạm Y tế xã Làng Chếu",
        "Chi bộ Trạm Khuyến nông Làng Chếu");

    // 2025-07-01: the three communes become the new Tà Xùa commune; the district is abolished
    var merger =
        new DecisionRef("1681/NQ-UBTVQH15", LocalDate.of(2025, 6, 16), "Ủy ban Thường vụ Quốc hội");
    for (long committeeMember : List.of(doSecretary, suDeputy, banStanding, paoMember, tamMember)) {
      committeeMembers.endTerm(committeeMember, MERGER, ALL);
    }
    long taXua =
        reorganizations.merge(
            List.of(langCheu, hangDong, oldTaXua),
            NewOrganization.committee(
                    "Đảng bộ xã Tà Xùa", AdministrativeLevel.COMMUNE, true, province)
                .withCode("TX"),
            MERGER,
            merger,
            ALL,
            BY);
    reorganizations.dissolve(district, MERGER, merger, ALL, BY);
    approvalRouting.configure(
        ApprovalChain.from(
            taXua,
            MERGER,
            "Quy định 294-QĐ/TW (2025), thí điểm đảng ủy xã trực thuộc tỉnh ủy (chưa xác minh)",
            List.of(new ApprovalStep(ApprovalAction.DECISION, taXua))),
        ALL);
    reorganizations.rename(
        cells.get("Chi bộ Trường Tiểu học Làng Chếu"),
        "Chi bộ Trường PTDTBT Tiểu học Làng Chếu",
        LocalDate.of(2025, 9, 5),
        new DecisionRef("15-QĐ/ĐU", LocalDate.of(2025, 9, 1), "Đảng ủy xã Tà Xùa"),
        ALL,
        BY);

    // the province appoints the merged commune's committee, which the first congress re-elects
    String[] committee = {"Vàng A Chua", "Giàng A Sử", "Hờ Thị Mỷ", "Mùa A Páo", "Lò Văn Khánh"};
    var appointed = committees.appointed(taXua, MERGER, committee);
    assignTaXua(appointed, cells, LocalDate.of(2025, 7, 15));
    var elected = committees.firstCongressAfterMerger(taXua, FIRST_CONGRESS, committee);
    assignTaXua(elected, cells, FIRST_CONGRESS);
    long my = elected.get("Hờ Thị Mỷ");

    long accountHolder = members.load(cells, placeIds);
    meetings.load(members.langCheuCells(), cells.get("Chi bộ bản Khe Lóng"));
    evaluations.load(
        langCheu, taXua, cells.get("Chi bộ bản Khe Lóng"), cells.get("Chi bộ bản Làng Chếu"));

    demoAccounts.open(province, taXua, langCheu, cells, my, accountHolder);
    dues.load(taXua, cells);
    away.load(cells.get("Chi bộ bản Làng Chếu"));
    away.loadElsewhere(cells);
    demoTerms.load(cells);
    cellReports.load(taXua);
    records.load(
        accountHolder, cells.get("Chi bộ bản Làng Chếu"), cells.get("Chi bộ bản Háng Đồng"));
  }

  /** The cells each member of the Tà Xùa committee is in charge of, from the day. */
  private void assignTaXua(Map<String, Long> committee, Map<String, Long> cells, LocalDate from) {
    committees.assign(
        committee.get("Vàng A Chua"), cells, from, "Chi bộ bản Tà Xùa", "Chi bộ bản Bẹ");
    committees.assign(
        committee.get("Hờ Thị Mỷ"),
        cells,
        from,
        "Chi bộ bản Làng Chếu",
        "Chi bộ bản Phình Hồ",
        "Chi bộ Trường Tiểu học Làng Chếu");
    committees.assign(
        committee.get("Giàng A Sử"),
        cells,
        from,
        "Chi bộ bản Háng Gằng",
        "Chi bộ bản Sừ Thàng",
        "Chi bộ bản Mống Vàng",
        "Chi bộ Trường Mầm non Làng Chếu",
        "Chi bộ Trường THCS Làng Chếu");
    committees.assign(
        committee.get("Mùa A Páo"),
        cells,
        from,
        "Chi bộ bản Pá Chày",
        "Chi bộ bản Khe Lóng",
        "Chi bộ bản Chống Tra",
        "Chi bộ bản Trò A",
        "Chi bộ bản Háng Đồng",
        "Chi bộ bản Tìa Đố");
    committees.assign(
        committee.get("Lò Văn Khánh"),
        cells,
        from,
        "Chi bộ Trạm Y tế xã Làng Chếu",
        "Chi bộ Trạm Khuyến nông Làng Chếu",
        "Chi bộ Trường PTDTBT TH và THCS Háng Đồng",
        "Chi bộ Trạm Y tế xã Tà Xùa");
  }
}
