package vn.dangbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.cellreports.CellMonthlyReports;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;

/**
 * A year of the Tà Xùa cells' monthly reports, each step on its own day: most submitted by the 3rd
 * of the next month and accepted by the 7th; some late; some returned with a comment and submitted
 * again. Last month's are in every state: accepted, waiting for review, returned, a draft, missing.
 */
@Component
@Profile("demo")
class DemoCellReports {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final List<String> PROBLEMS =
      List.of(
          "Nhiều đảng viên trẻ đi làm ăn xa, khó tổ chức sinh hoạt đủ số lượng.",
          "Đường vào bản bị sạt lở sau mưa lớn, đi lại khó khăn.",
          "Một số hộ chưa tham gia bảo hiểm y tế.",
          "Đoàn viên thanh niên ít tham gia sinh hoạt chi đoàn.");
  private static final List<String> PROPOSALS =
      List.of(
          "Đề nghị đảng ủy mở lớp nhận thức về Đảng tại bản trong quý tới.",
          "Đề nghị xã hỗ trợ kinh phí sửa đường liên bản.",
          "Đề nghị cử cán bộ về dự sinh hoạt chi bộ tháng sau.",
          "Đề nghị hướng dẫn thu đảng phí qua ứng dụng cho đảng viên ở xa.");

  private final CellMonthlyReports reports;
  private final Organizations organizations;
  private final Clock clock;

  DemoCellReports(CellMonthlyReports reports, Organizations organizations, Clock clock) {
    this.reports = reports;
    this.organizations = organizations;
    this.clock = clock;
  }

  void load(long commune) {
    LocalDate today = LocalDate.now(clock);
    var last = YearMonth.from(today).minusMonths(1);
    var living = organizations.cellsUnder(commune, today);
    for (int c = 0; c < living.size(); c++) {
      long cell = living.get(c).id();
      for (var month = last.minusMonths(11); month.isBefore(last); month = month.plusMonths(1)) {
        int n = c + month.getMonthValue();
        past(cell, month, n);
      }
      lastMonth(cell, last, c);
    }
  }

  /** A past month: submitted on time (or late one time in seven), returned one time in five. */
  private void past(long cell, YearMonth month, int n) {
    var next = month.plusMonths(1);
    int submittedOn = n % 7 == 0 ? 9 : 3;
    var submitter = at(next.atDay(submittedOn));
    submitter.submit(cell, month, text(PROBLEMS, n), text(PROPOSALS, n + 1), ALL, "demo");
    long id = submitter.view(cell, month, ALL).report().id();
    if (n % 5 == 0) {
      at(next.atDay(submittedOn + 1))
          .returnToCell(id, "Cần ghi rõ số đảng viên vắng và lý do vắng.", ALL, "demo");
      at(next.atDay(submittedOn + 2))
          .submit(cell, month, text(PROBLEMS, n), text(PROPOSALS, n + 1), ALL, "demo");
      at(next.atDay(submittedOn + 4)).accept(id, ALL, "demo");
    } else {
      at(next.atDay(submittedOn + 4)).accept(id, ALL, "demo");
    }
  }

  /** Last month: the states a commune sees at the start of a month. */
  private void lastMonth(long cell, YearMonth month, int c) {
    LocalDate today = LocalDate.now(clock);
    var first = month.plusMonths(1).atDay(1);
    LocalDate submitted = today.isAfter(first) ? first : today;
    var on = at(submitted);
    switch (c % 5) {
      case 0 -> {
        on.submit(cell, month, text(PROBLEMS, c), text(PROPOSALS, c), ALL, "demo");
        on.accept(on.view(cell, month, ALL).report().id(), ALL, "demo");
      }
      case 1 -> on.submit(cell, month, text(PROBLEMS, c), text(PROPOSALS, c), ALL, "demo");
      case 2 -> {
        on.submit(cell, month, text(PROBLEMS, c), null, ALL, "demo");
        on.returnToCell(
            on.view(cell, month, ALL).report().id(),
            "Thiếu phần đề xuất, kiến nghị của chi bộ.",
            ALL,
            "demo");
      }
      case 3 -> on.write(cell, month, text(PROBLEMS, c), null, ALL, "demo");
      default -> {
        // not written: missing once the deadline passes
      }
    }
  }

  private CellMonthlyReports at(LocalDate day) {
    var zone = clock.getZone();
    return reports.on(Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone));
  }

  private static String text(List<String> texts, int n) {
    return texts.get(Math.floorMod(n, texts.size()));
  }
}
