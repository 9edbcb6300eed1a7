package vn.dangbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.away.Absence;
import vn.dangbo.away.AwayRegister;
import vn.dangbo.away.ContactChannel;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;

/**
 * The Làng Chếu village cell's members working away: the one temporarily exempted from meetings
 * works in a factory in Bắc Ninh and was last reached more than three months ago (he shows on the
 * secretary's worklist); another has gone to work in Korea two months ago and called last week.
 */
@Component
@Profile("demo")
class DemoAway {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final AwayRegister register;
  private final MemberStatistics statistics;
  private final Clock clock;

  DemoAway(AwayRegister register, MemberStatistics statistics, Clock clock) {
    this.register = register;
    this.statistics = statistics;
    this.clock = clock;
  }

  void load(long village) {
    LocalDate today = LocalDate.now(clock);
    var members = statistics.membersOn(village, today);
    members.stream()
        .filter(m -> m.status() == MemberStatus.TEMPORARILY_EXEMPTED)
        .findFirst()
        .ifPresent(
            m -> {
              LocalDate since = today.minusMonths(4).withDayOfMonth(1);
              long id =
                  register.record(
                      m.memberId(),
                      new Absence.Details(
                          false,
                          "Khu công nghiệp Yên Phong, Bắc Ninh",
                          "Công ty điện tử",
                          since,
                          since.plusMonths(8),
                          ContactChannel.ZALO,
                          "Zalo của vợ"),
                      ALL,
                      DemoCommune.BY);
              register.contacted(id, since.plusDays(10), ALL);
            });
    members.stream()
        .filter(m -> m.status() == MemberStatus.OFFICIAL)
        .skip(6)
        .findFirst()
        .ifPresent(
            m -> {
              long id =
                  register.record(
                      m.memberId(),
                      new Absence.Details(
                          true,
                          "Hàn Quốc",
                          null,
                          today.minusMonths(2),
                          today.plusMonths(34),
                          ContactChannel.PHONE,
                          null),
                      ALL,
                      DemoCommune.BY);
              register.contacted(id, today.minusDays(6), ALL);
            });
  }

  /**
   * Members of other cells working in other provinces: each cell's first official members (after
   * its elders), kept in touch by phone or Zalo, last reached within the month.
   */
  void loadElsewhere(java.util.Map<String, Long> cells) {
    LocalDate today = LocalDate.now(clock);
    var away =
        java.util.List.of(
            java.util.List.of(
                "Chi bộ bản Háng Đồng", "Khu công nghiệp VSIP, Bình Dương", "Công ty may"),
            java.util.List.of("Chi bộ bản Háng Đồng", "Khu công nghiệp Quang Minh, Hà Nội", ""),
            java.util.List.of(
                "Chi bộ bản Tà Xùa", "Khu công nghiệp Yên Bình, Thái Nguyên", "Công ty điện tử"),
            java.util.List.of("Chi bộ bản Phình Hồ", "Thành phố Sơn La", "Xây dựng"));
    var taken = new java.util.HashMap<Long, Integer>();
    for (var line : away) {
      long cell = cells.get(line.get(0));
      int skip = taken.merge(cell, 1, Integer::sum) + 1;
      statistics.membersOn(cell, today).stream()
          .filter(m -> m.status() == MemberStatus.OFFICIAL)
          .skip(skip)
          .findFirst()
          .ifPresent(
              m -> {
                LocalDate since = today.minusMonths(1 + skip * 2L).withDayOfMonth(10);
                long id =
                    register.record(
                        m.memberId(),
                        new Absence.Details(
                            false,
                            line.get(1),
                            line.get(2).isEmpty() ? null : line.get(2),
                            since,
                            since.plusMonths(12),
                            skip % 2 == 0 ? ContactChannel.ZALO : ContactChannel.PHONE,
                            null),
                        ALL,
                        DemoCommune.BY);
                register.contacted(id, today.minusDays(3 + skip), ALL);
              });
    }
  }
}
