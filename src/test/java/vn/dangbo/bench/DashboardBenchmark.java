package vn.dangbo.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.dangbo.DangboApplication;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.reports.Dashboards;
import vn.dangbo.reports.Reports;
import vn.dangbo.shared.PersonName;

/**
 * Dashboard benchmark (not a test): founds a province of 75 communes with 13 cells each, loads
 * 100,000 members with their first history entry through COPY, then times the dashboard and the
 * member statistics of one commune and of the whole province. Runs on a fresh throw-away embedded
 * PostgreSQL. See docs/benchmarks.md for how to run it.
 */
public final class DashboardBenchmark {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

  public static void main(String[] args) throws Exception {
    int communes = args.length > 0 ? Integer.parseInt(args[0]) : 75;
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    var context =
        new SpringApplicationBuilder(DangboApplication.class)
            .profiles("bench")
            .properties(
                "dangbo.database.embedded.temporary=true",
                "server.port=0",
                "logging.level.root=warn",
                "dangbo.admin.initial-password=Benchmark-2026")
            .run();
    try {
      var reorganizations = context.getBean(Reorganizations.class);
      long start = System.nanoTime();
      long province =
          found(
              reorganizations,
              NewOrganization.committee("Tỉnh đo", AdministrativeLevel.PROVINCE, false, null));
      var communeIds = new ArrayList<Long>();
      var cells = new ArrayList<Long>();
      for (int c = 1; c <= communes; c++) {
        long commune =
            found(
                reorganizations,
                NewOrganization.committee(
                    "Xã đo " + c, AdministrativeLevel.COMMUNE, true, province));
        communeIds.add(commune);
        for (int i = 1; i <= 13; i++) {
          cells.add(
              found(
                  reorganizations,
                  NewOrganization.cell("Chi bộ bản Đo " + c + "." + i, CellType.VILLAGE, commune)));
        }
      }
      System.out.printf(
          "founded 1 province, %d communes, %d cells in %.1f s%n",
          communes, cells.size(), (System.nanoTime() - start) / 1e9);
      load(context.getBean(DataSource.class), cells, members);

      var dashboards = context.getBean(Dashboards.class);
      var reports = context.getBean(Reports.class);
      LocalDate today = LocalDate.now();
      LocalDate january = today.withDayOfYear(1);
      long commune = communeIds.get(communes / 2);
      measure("dashboard of one commune", 20, () -> dashboards.of(commune, today, january, ALL));
      // where the commune's dashboard spends its time
      var summaries = context.getBean(vn.dangbo.reports.UnitSummaries.class);
      var development = context.getBean(vn.dangbo.development.DevelopmentFigures.class);
      var meetings = context.getBean(vn.dangbo.meetings.MeetingCompliance.class);
      var grades = context.getBean(vn.dangbo.evaluations.GradeReports.class);
      measure("  summary on one day", 20, () -> summaries.of(commune, today, ALL));
      var organizationSummaries =
          context.getBean(vn.dangbo.organization.OrganizationSummaries.class);
      var statistics = context.getBean(vn.dangbo.members.MemberStatistics.class);
      var communeCells = cells.subList((communes / 2) * 13, (communes / 2) * 13 + 13);
      measure(
          "    organisation and places", 20, () -> organizationSummaries.of(commune, today, ALL));
      measure("    member figures", 20, () -> statistics.overview(communeCells, today));
      var yearEnds =
          java.util.stream.IntStream.rangeClosed(today.getYear() - 4, today.getYear() - 1)
              .mapToObj(year -> LocalDate.of(year, 12, 31))
              .toList();
      measure("  coverage of four year-ends", 20, () -> summaries.coverage(commune, yearEnds, ALL));
      measure("  people by stage", 20, () -> development.pipelineOn(commune, today, ALL));
      measure("  funnel", 20, () -> development.funnel(commune, january, today, ALL));
      measure("  quotas", 20, () -> development.quotas(commune, today.getYear(), ALL));
      measure("  meetings of the year", 20, () -> meetings.of(commune, today.getYear(), ALL));
      measure(
          "  grades of five years",
          20,
          () -> grades.distribution(commune, today.getYear() - 4, today.getYear(), ALL));
      measure(
          "member statistics of one commune",
          20,
          () ->
              reports.run(
                  "member-statistics", commune, january, today, ALL, java.util.Locale.ROOT));
      measure("dashboard of the province", 5, () -> dashboards.of(province, today, january, ALL));
      measure("  summary on one day", 5, () -> summaries.of(province, today, ALL));
      measure(
          "    organisation and places", 5, () -> organizationSummaries.of(province, today, ALL));
      measure("    member figures", 5, () -> statistics.overview(cells, today));
      measure("  coverage of four year-ends", 5, () -> summaries.coverage(province, yearEnds, ALL));
      measure("  people by stage", 5, () -> development.pipelineOn(province, today, ALL));
      measure("  funnel", 5, () -> development.funnel(province, january, today, ALL));
      measure("  quotas", 5, () -> development.quotas(province, today.getYear(), ALL));
      measure("  meetings of the year", 5, () -> meetings.of(province, today.getYear(), ALL));
      measure(
          "member statistics of the province",
          5,
          () ->
              reports.run(
                  "member-statistics", province, january, today, ALL, java.util.Locale.ROOT));
    } finally {
      context.close();
    }
  }

  private static long found(Reorganizations reorganizations, NewOrganization organization) {
    return reorganizations.found(organization, FOUNDED, null, ALL, "bench");
  }

  private static final String[] CLANS = {"Sùng", "Giàng", "Mùa", "Hờ", "Vàng", "Lầu", "Thào"};
  private static final String[] GIVEN = {"Dơ", "Sử", "Páo", "Chua", "Thái", "Tủa", "Mai"};

  /** Members spread over the cells, each with the history entry that places them. */
  private static void load(DataSource dataSource, List<Long> cells, int count) throws Exception {
    long start = System.nanoTime();
    var random = new Random(3);
    try (var connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      var csv = new StringBuilder(count * 120);
      for (int i = 0; i < count; i++) {
        boolean woman = random.nextInt(100) < 35;
        String name =
            CLANS[random.nextInt(CLANS.length)]
                + (woman ? " Thị " : " A ")
                + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate since = LocalDate.of(1980 + random.nextInt(45), 1 + random.nextInt(12), 1);
        csv.append(name)
            .append(',')
            .append(PersonName.searchKey(name))
            .append(',')
            .append(woman ? "FEMALE" : "MALE")
            .append(',')
            .append(
                LocalDate.of(
                    1945 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)))
            .append(',')
            .append(random.nextInt(100) < 60 ? 8 : 1)
            .append(',')
            .append(cells.get(random.nextInt(cells.size())))
            .append(',')
            .append(random.nextInt(100) < 8 ? "PROBATIONARY" : "OFFICIAL")
            .append(',')
            .append(since)
            .append(',')
            .append(new String[] {"5/12", "9/12", "12/12"}[random.nextInt(3)])
            .append(",bench\n");
      }
      copy.copyIn(
          "copy member (full_name, search_key, sex, birth_date, ethnicity_code, cell_id, status, status_since, general_education, created_by) from stdin with (format csv)",
          new StringReader(csv.toString()));
      try (var statement = connection.createStatement()) {
        statement.execute(
            """
            insert into member_status_change (member_id, to_status, effective_on, cell_id, entered_by)
            select id, status, status_since, cell_id, 'bench' from member where created_by = 'bench'
            """);
        statement.execute("analyze member");
        statement.execute("analyze member_status_change");
      }
    }
    System.out.printf(
        "loaded %,d members with their history in %.1f s%n",
        count, (System.nanoTime() - start) / 1e9);
  }

  private static void measure(String label, int runs, Supplier<?> work) {
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-36s median %7.1f ms  p95 %7.1f ms  (%d runs)%n",
        label + ":",
        nanos[runs / 2] / 1e6,
        nanos[Math.min(runs - 1, (int) (runs * 0.95))] / 1e6,
        runs);
  }
}
