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
}
