package vn.dangbo.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Sex;
import vn.dangbo.shared.DecisionRef;

/**
 * Fictional members with plausible histories, generated from a fixed seed so every demo database is
 * the same: 92 members counted in Làng Chếu's 14 cells on 2024-12-31, most of them Hmong, with
 * admissions since the 1980s, exempted elderly members, a transfer and a death; and a few members
 * in the cells of Háng Đồng and the old Tà Xùa.
 */
@Component
class DemoMembers {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final int HMONG = 8;
  private static final int KINH = 1;
  private static final int THAI = 3;
  private static final int MUONG = 4;
  private static final int DAO = 9;
  private static final List<String> HMONG_CLANS =
      List.of("Sùng", "Giàng", "Mùa", "Hờ", "Vàng", "Lầu", "Thào", "Lý", "Cứ", "Hạng", "Tráng");
  private static final List<String> HMONG_MEN =
      List.of(
          "Dơ", "Sử", "Páo", "Chua", "Lử", "Dế", "Của", "Tủa", "Chơ", "Vừ", "Nhà", "Pó", "Sình",
          "Pháy", "Say", "Chứ", "Lồng", "Xà", "Thái", "Tồng", "Khua", "Giàng", "Chu", "Di");
  private static final List<String> HMONG_WOMEN =
      List.of("Mỷ", "Dua", "Chá", "Mai", "Sua", "Pà", "Dợ", "Chi", "Ly", "Xuân", "Dở", "Mo", "Say");
  private static final List<String> KINH_FAMILIES =
      List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ");
  private static final List<String> KINH_GIVEN =
      List.of(
          "An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Minh", "Nam", "Phương", "Quang",
          "Thu", "Tuấn", "Hương", "Hạnh", "Thủy", "Long", "Hải");
  private static final List<String> THAI_FAMILIES = List.of("Lò", "Cầm", "Quàng", "Lường", "Điêu");

  private final MemberRegistry registry;
  private final vn.dangbo.members.Transfers transfers;
  private final vn.dangbo.members.StatusDecisions statusDecisions;
  private final Members members;
  private final Random random = new Random(20250701L);

  /** Members of Làng Chếu admitted from this day on went through dangbo's pipeline. */
  private static final LocalDate DEVELOPED_SINCE = LocalDate.of(2006, 1, 1);

  private int serial;

  private final DemoPipeline pipeline;
  private final DemoPresentDay presentDay;

  /** The members created so far, by cell, in order: mentors and introducers come from here. */
  private final Map<Long, List<Long>> byCell = new HashMap<>();

  /** Whether members being created were admitted through dangbo's pipeline (Làng Chếu). */
  private boolean developed;

  private List<Long> langCheuCells = List.of();

  /** The 14 cells of Làng Chếu, once loaded. */
  List<Long> langCheuCells() {
    return langCheuCells;
  }

  DemoMembers(
      MemberRegistry registry,
      vn.dangbo.members.Transfers transfers,
      vn.dangbo.members.StatusDecisions statusDecisions,
      Members members,
      DemoPipeline pipeline,
      DemoPresentDay presentDay) {
    this.registry = registry;
    this.transfers = transfers;
    this.statusDecisions = statusDecisions;
    this.members = members;
    this.pipeline = pipeline;
    this.presentDay = presentDay;
  }

  private Set<Long> schools = Set.of();

  /**
   * Loads the members and returns the id of the one who gets the demo member account (a member of
   * Chi bộ bản Làng Chếu).
   */
  long load(Map<String, Long> cells, Map<String, Long> places) {
    schools =
        Set.of(
            places.get("Trường Mầm non Làng Chếu"),
            places.get("Trường Tiểu học Làng Chếu"),
            places.get("Trường THCS Làng Chếu"));
    String[][] langCheu = {
      {"Chi bộ bản Làng Chếu", "Bản Làng Chếu", "9"},
      {"Chi bộ bản Phình Hồ", "Bản Phình Hồ", "8"},
      {"Chi bộ bản Háng Gằng", "Bản Háng Gằng", "8"},
      {"Chi bộ bản Pá Chày", "Bản Pá Chày", "7"},
      {"Chi bộ bản Khe Lóng", "Bản Khe Lóng", "7"},
      {"Chi bộ bản Chống Tra", "Bản Chống Tra", "6"},
      {"Chi bộ bản Trò A", "Bản Trò A", "6"},
      {"Chi bộ bản Sừ Thàng", "Bản Sừ Thàng", "5"},
      {"Chi bộ bản Mống Vàng", "Bản Mống Vàng", "4"},
      {"Chi bộ Trường Mầm non Làng Chếu", "Trường Mầm non Làng Chếu", "7"},
      {"Chi bộ Trường Tiểu học Làng Chếu", "Trường Tiểu học Làng Chếu", "8"},
      {"Chi bộ Trường THCS Làng Chếu", "Trường THCS Làng Chếu", "7"},
      {"Chi bộ Trạm Y tế xã Làng Chếu", "Trạm Y tế xã Làng Chếu", "5"},
      {"Chi bộ Trạm Khuyến nông Làng Chếu", "Trạm Khuyến nông Làng Chếu", "5"}
    };
    var first = new HashMap<String, List<Long>>();
    developed = true;
    for (String[] row : langCheu) {
      boolean village = row[0].contains(" bản ");
      long cell = cells.get(row[0]);
      Long place = places.get(row[1]);
      int count = Integer.parseInt(row[2]);
      for (int i = 0; i < count; i++) {
        first.computeIfAbsent(row[0], k -> new ArrayList<>()).add(member(cell, place, village, i));
      }
    }
    developed = false;
    langCheuCells = java.util.Arrays.stream(langCheu).map(r -> cells.get(r[0])).toList();
    // a teacher away at a political-theory course for a school year: still counted in the cell
    change(
        first.get("Chi bộ Trường THCS Làng Chếu").get(3),
        MemberStatus.ATTACHED_ELSEWHERE,
        LocalDate.of(2026, 9, 5),
        LocalDate.of(2027, 6, 30),
        new DecisionRef("25-QĐ/ĐU", LocalDate.of(2026, 8, 28), "Đảng ủy xã Tà Xùa"),
        "Học tập trung lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh");
    // after the merger a health worker moved between the two health stations' cells: counted in
    // Làng Chếu's station before 2025-10-01 and in Tà Xùa's after
    long nurse = first.get("Chi bộ Trạm Y tế xã Làng Chếu").get(1);
    transfers.move(
        nurse,
        members.find(nurse, ALL).orElseThrow().version(),
        cells.get("Chi bộ Trạm Y tế xã Tà Xùa"),
        LocalDate.of(2025, 10, 1),
        new DecisionRef("08-QĐ/ĐU", LocalDate.of(2025, 9, 25), "Đảng ủy xã Tà Xùa"),
        "Điều động công tác về trạm y tế điểm Tà Xùa",
        ALL,
        DemoCommune.BY);
    // one member of Làng Chếu died and one moved away before 2025: not in the 92
    long died = member(cells.get("Chi bộ bản Làng Chếu"), places.get("Bản Làng Chếu"), true, 0);
    change(died, MemberStatus.DECEASED, LocalDate.of(2022, 8, 14), null, "Từ trần");
    long moved = member(cells.get("Chi bộ Trường THCS Làng Chếu"), null, false, -1);
    change(
        moved,
        MemberStatus.TRANSFERRED_OUT,
        LocalDate.of(2023, 9, 5),
        new DecisionRef("112-QĐ/HU", LocalDate.of(2023, 8, 28), "Ban Thường vụ Huyện ủy Bắc Yên"),
        "Chuyển công tác về Trường THCS thị trấn Bắc Yên");
    for (String cell :
        List.of(
            "Chi bộ bản Háng Đồng", "Chi bộ bản Tìa Đố", "Chi bộ bản Tà Xùa", "Chi bộ bản Bẹ")) {
      for (int i = 0; i < 5; i++) {
        member(cells.get(cell), null, true, i);
      }
    }
    for (String cell :
        List.of("Chi bộ Trường PTDTBT TH và THCS Háng Đồng", "Chi bộ Trạm Y tế xã Tà Xùa")) {
      for (int i = 0; i < 4; i++) {
        member(cells.get(cell), null, false, i);
      }
    }
    // people of Làng Chếu who took the awareness course since 2006 but were not admitted
    var langCheuCells = java.util.Arrays.stream(langCheu).map(r -> r[0]).toList();
    for (int i = 0; i < 42; i++) {
      String cell = langCheuCells.get(i % langCheuCells.size());
      pipeline.tookTheCourseOnly(
          outsider(cells.get(cell), places.get(langCheu[i % langCheu.length][1])),
          2006 + (i * 7) % 18,
          byCell.get(cells.get(cell)));
    }
    presentDay.load(cells, places, byCell, LocalDate.now());
    return first.get("Chi bộ bản Làng Chếu").get(1);
  }

  /** A person who is not a member, for the course-only history. */
  private MemberRecord outsider(long cell, Long place) {
    boolean woman = random.nextInt(100) < 40;
    int ethnicity = random.nextInt(100) < 90 ? HMONG : DAO;
    return new MemberRecord(
        name(ethnicity, woman),
        null,
        woman ? Sex.FEMALE : Sex.MALE,
        LocalDate.of(1980 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28)),
        null,
        null,
        null,
        ethnicity,
        null,
        "9/12",
        null,
        null,
        null,
        "Làm nương",
        null,
        null,
        null,
        null,
        cell,
        place,
        null,
        null,
        false,
        false,
        false,
        false);
  }

  /**
   * One member: the first of each cell is its long-serving elder, the last admitted recently (the
   * quota of one a year), the rest in between.
   */
  private long member(long cell, Long place, boolean village, int position) {
    serial++;
    boolean woman = random.nextInt(100) < (village ? 25 : 55);
    int ethnicity = village ? (random.nextInt(100) < 94 ? HMONG : DAO) : institutionEthnicity();
    String name = name(ethnicity, woman);
    LocalDate birth =
        position < 0
            ? LocalDate.of(1968 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28))
            : position == 0
                ? LocalDate.of(
                    1944 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : LocalDate.of(
                    1960 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
    boolean recent = position == 2;
    LocalDate decision =
        recent
            ? LocalDate.of(2024, 3 + random.nextInt(6), 1 + random.nextInt(28))
            : position == 0
                ? LocalDate.of(
                    1982 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : randomAdmission(birth);
    LocalDate ceremony = decision.plusDays(10 + random.nextInt(15));
    var record =
        new MemberRecord(
            name,
            null,
            woman ? Sex.FEMALE : Sex.MALE,
            birth,
            village ? "Làng Chếu, Bắc Yên, Sơn La" : "Sơn La",
            village ? "Làng Chếu, Bắc Yên, Sơn La" : "Mai Sơn, Sơn La",
            village ? "Bản Làng Chếu, xã Tà Xùa, Sơn La" : "xã Tà Xùa, Sơn La",
            ethnicity,
            "Không",
            village ? (birth.getYear() < 1970 ? "4/10" : "9/12") : "12/12",
            village && birth.getYear() < 1970 ? "Vùng dân tộc thiểu số, miền núi" : null,
            village ? null : "Cao đẳng",
            village ? PoliticalTheory.ELEMENTARY : PoliticalTheory.INTERMEDIATE,
            village ? "Làm nương" : "Viên chức",
            serial % 20 == 7 ? null : citizenId(birth, woman),
            serial % 20 == 7 ? String.format("%09d", 50_000_000 + serial * 7) : null,
            recent ? null : String.format("%08d", 50_000_000 + serial * 37),
            null,
            cell,
            place,
            decision,
            ceremony,
            village && position > 2 && random.nextBoolean(),
            village && position > 2 && random.nextInt(3) == 0,
            place != null && schools.contains(place) && random.nextInt(4) > 0,
            false);
    var status = recent ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
    var since = recent ? ceremony : ceremony.plusMonths(12);
    var cellMembers = byCell.computeIfAbsent(cell, k -> new ArrayList<>());
    var developedHere =
        developed && !decision.isBefore(DEVELOPED_SINCE)
            ? pipeline.admit(
                record,
                decision,
                ceremony,
                cellMembers,
                byCell.values().stream().flatMap(List::stream).toList())
            : java.util.Optional.<Long>empty();
    long id;
    if (developedHere.isPresent()) {
      // admitted through the pipeline: the office completes the record from the paper file
      id = developedHere.get();
      registry.correct(
          id, members.find(id, ALL).orElseThrow().version(), record, true, ALL, DemoCommune.BY);
      if (!recent) {
        change(
            id,
            MemberStatus.OFFICIAL,
            ceremony.plusMonths(12),
            new DecisionRef(
                serial + "-QĐ/HU", ceremony.plusMonths(12), "Ban Thường vụ Huyện ủy Bắc Yên"),
            "Công nhận đảng viên chính thức");
      }
    } else {
      id =
          registry.open(
              record,
              status,
              since,
              new DecisionRef(serial + "-QĐ/HU", decision, "Ban Thường vụ Huyện ủy Bắc Yên"),
              true,
              ALL,
              DemoCommune.BY);
    }
    cellMembers.add(id);
    if (position == 0 && birth.getYear() < 1950) {
      change(id, MemberStatus.EXEMPTED, LocalDate.of(2019, 6, 10), null, "Tuổi cao, sức yếu");
    }
    if (recent) {
      change(
          id,
          MemberStatus.OFFICIAL,
          ceremony.plusMonths(12),
          new DecisionRef(
              serial + "-QĐ/HU", ceremony.plusMonths(12), "Ban Thường vụ Huyện ủy Bắc Yên"),
          "Công nhận đảng viên chính thức");
    }
    return id;
  }

  private void change(long id, MemberStatus to, LocalDate on, DecisionRef decision, String reason) {
    change(id, to, on, null, decision, reason);
  }

  private void change(
      long id,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      DecisionRef decision,
      String reason) {
    statusDecisions.changeStatus(
        id,
        members.find(id, ALL).orElseThrow().version(),
        to,
        on,
        until,
        decision,
        reason,
        ALL,
        DemoCommune.BY);
  }

  String nameOf(long id) {
    return members.find(id, ALL).orElseThrow().fullName();
  }

  private int institutionEthnicity() {
    int roll = random.nextInt(100);
    return roll < 40 ? KINH : roll < 65 ? THAI : roll < 85 ? HMONG : MUONG;
  }

  private String name(int ethnicity, boolean woman) {
    return switch (ethnicity) {
      case HMONG, DAO ->
          pick(HMONG_CLANS) + (woman ? " Thị " + pick(HMONG_WOMEN) : " A " + pick(HMONG_MEN));
      case THAI -> pick(THAI_FAMILIES) + (woman ? " Thị " : " Văn ") + pick(KINH_GIVEN);
      default -> pick(KINH_FAMILIES) + (woman ? " Thị " : " Văn ") + pick(KINH_GIVEN);
    };
  }

  private LocalDate randomAdmission(LocalDate birth) {
    LocalDate earliest = birth.plusYears(22);
    LocalDate from =
        earliest.isBefore(LocalDate.of(1982, 1, 1)) ? LocalDate.of(1982, 1, 1) : earliest;
    long span = ChronoUnit.DAYS.between(from, LocalDate.of(2022, 12, 31));
    return from.plusDays(span <= 0 ? 0 : random.nextLong(span));
  }

  private String citizenId(LocalDate birth, boolean woman) {
    int century = birth.getYear() >= 2000 ? 2 : 0;
    return String.format(
        "014%d%02d%06d",
        century + (woman ? 1 : 0), birth.getYear() % 100, 100_000 + serial * 7919 % 900_000);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
