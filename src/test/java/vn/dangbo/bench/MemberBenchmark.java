package vn.dangbo.bench;

import java.io.FileOutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.dangbo.DangboApplication;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberImport;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.Members;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.PersonName;

/**
 * Member registry benchmark (not a test): imports a generated 100,000-row .xlsx (rows per second,
 * peak heap), then loads 1,000,000 members with COPY and measures search latency. Runs on a fresh
 * throw-away embedded PostgreSQL. See docs/benchmarks.md for how to run it.
 */
public final class MemberBenchmark {

  private static final OrganizationScope ALL = OrganizationScope.all();

  public static void main(String[] args) throws Exception {
    int importRows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int bulkMembers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
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
      long province =
          reorganizations.found(
              NewOrganization.committee("Tỉnh đo", AdministrativeLevel.PROVINCE, false, null),
              LocalDate.of(2000, 1, 1),
              null,
              ALL,
              "bench");
      long commune =
          reorganizations.found(
              NewOrganization.committee("Xã đo", AdministrativeLevel.COMMUNE, true, province),
              LocalDate.of(2000, 1, 1),
              null,
              ALL,
              "bench");
      var cells = new ArrayList<Long>();
      for (int i = 1; i <= 20; i++) {
        cells.add(
            reorganizations.found(
                NewOrganization.cell("Chi bộ bản Đo " + i, CellType.VILLAGE, commune),
                LocalDate.of(2000, 1, 1),
                null,
                ALL,
                "bench"));
      }

      var peak = new AtomicLong();
      var sampler = heapSampler(peak);
      Path file = Files.createTempFile("dang-vien-", ".xlsx");
      writeWorkbook(file, importRows);
      System.out.printf("generated %,d rows: %,d bytes%n", importRows, Files.size(file));
      var memberImport = context.getBean(MemberImport.class);
      long start = System.nanoTime();
      ImportTiming dry;
      try (var in = Files.newInputStream(file)) {
        var report = memberImport.dryRun(in, ALL);
        dry = new ImportTiming(report.rows(), report.problems().size(), System.nanoTime() - start);
        report.problems().stream()
            .limit(3)
            .forEach(p -> System.out.printf("  problem row %d: %s%n", p.row(), p.code()));
      }
      System.out.printf(
          "dry run:  %,d rows, %d problems, %.1f s, %,.0f rows/s%n",
          dry.rows(), dry.problems(), dry.nanos() / 1e9, dry.rows() / (dry.nanos() / 1e9));
      start = System.nanoTime();
      try (var in = Files.newInputStream(file)) {
        var report = memberImport.commit(in, ALL, "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "commit:   %,d rows written, %.1f s, %,.0f rows/s%n",
            report.written(), seconds, report.written() / seconds);
      }
      sampler.interrupt();
      System.out.printf("peak heap during import: %,d MB%n", peak.get() / (1024 * 1024));

      bulkLoad(
          context.getBean(DataSource.class),
          context.getBean(PersonalData.class),
          cells,
          bulkMembers);
      var members = context.getBean(Members.class);
      var oneCommune = new OrganizationScope(false, Set.copyOf(cells), Set.of(), Set.of());
      measure("name without accents, whole database", members, ALL, "hang a thai", null);
      measure("name without accents, one commune", members, oneCommune, "giang thi mai", null);
      measure("citizen ID", members, ALL, "014100000777", null);
      measure("one cell's list, first page", members, ALL, null, cells.get(3));
    } finally {
      context.close();
    }
  }

  private record ImportTiming(int rows, int problems, long nanos) {}

  private static Thread heapSampler(AtomicLong peak) {
    var memory = ManagementFactory.getMemoryMXBean();
    var thread =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static final String[] CLANS = {
    "Sùng", "Giàng", "Mùa", "Hờ", "Vàng", "Lầu", "Thào", "Hạng"
  };
  private static final String[] GIVEN = {"Dơ", "Sử", "Páo", "Chua", "Thái", "Tủa", "Chơ", "Mai"};

  private static void writeWorkbook(Path file, int rows) throws Exception {
    try (var workbook = new SXSSFWorkbook(100);
        var out = new FileOutputStream(file.toFile())) {
      var sheet = workbook.createSheet("Đảng viên");
      String[] headings = {
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Dân tộc",
        "Chi bộ",
        "Số định danh",
        "Ngày vào Đảng",
        "Ngày kết nạp"
      };
      var header = sheet.createRow(0);
      for (int c = 0; c < headings.length; c++) {
        header.createCell(c).setCellValue(headings[c]);
      }
      var random = new Random(1);
      for (int r = 1; r <= rows; r++) {
        var row = sheet.createRow(r);
        boolean woman = random.nextBoolean();
        row.createCell(0)
            .setCellValue(
                CLANS[random.nextInt(CLANS.length)]
                    + (woman ? " Thị " : " A ")
                    + GIVEN[random.nextInt(GIVEN.length)]
                    + " "
                    + r);
        row.createCell(1).setCellValue(woman ? "Nữ" : "Nam");
        int day = 1 + random.nextInt(28);
        int month = 1 + random.nextInt(12);
        int year = 1950 + random.nextInt(40);
        row.createCell(2).setCellValue(String.format("%02d/%02d/%d", day, month, year));
        row.createCell(3).setCellValue("Mông");
        row.createCell(4).setCellValue("Chi bộ bản Đo " + (1 + random.nextInt(20)));
        // Sơn La (014), the sex and century digit, the year of birth, a serial: a valid number
        row.createCell(5)
            .setCellValue(String.format("014%d%02d%06d", woman ? 1 : 0, year % 100, r));
        row.createCell(6).setCellValue("19/05/2015");
        row.createCell(7).setCellValue("30/05/2015");
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static void bulkLoad(
      DataSource dataSource, PersonalData personalData, List<Long> cells, int count)
      throws Exception {
    long start = System.nanoTime();
    var random = new Random(2);
    try (var connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      int batch = 50_000;
      for (int from = 0; from < count; from += batch) {
        var csv = new StringBuilder(batch * 120);
        for (int i = from; i < Math.min(count, from + batch); i++) {
          boolean woman = random.nextBoolean();
          String name =
              CLANS[random.nextInt(CLANS.length)]
                  + (woman ? " Thị " : " A ")
                  + GIVEN[random.nextInt(GIVEN.length)];
          csv.append(name)
              .append(',')
              .append(PersonName.searchKey(name))
              .append(',')
              .append(woman ? "FEMALE" : "MALE")
              .append(',')
              .append(
                  LocalDate.of(
                      1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)))
              .append(',')
              .append(8)
              .append(',')
              .append(personalData.seal(String.format("0141%08d", i)))
              .append(',')
              .append(personalData.lookup(String.format("0141%08d", i)))
              .append(',')
              .append(cells.get(random.nextInt(cells.size())))
              .append(",OFFICIAL,2016-05-30,bench\n");
        }
        copy.copyIn(
            "copy member (full_name, search_key, sex, birth_date, ethnicity_code, citizen_id, citizen_id_lookup, cell_id, status, status_since, created_by) from stdin with (format csv)",
            new StringReader(csv.toString()));
      }
      try (var statement = connection.createStatement()) {
        statement.execute("analyze member");
      }
    }
    System.out.printf(
        "bulk load: %,d members with COPY in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
  }

  private static void measure(
      String label, Members members, OrganizationScope scope, String text, Long cell) {
    var query = new MemberQuery(text, cell, null, null, null, null, null, null, null, null, 0, 50);
    for (int i = 0; i < 5; i++) {
      members.list(query, scope);
    }
    long[] nanos = new long[30];
    long found = 0;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      found = members.list(query, scope).total();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "search %-40s %,9d matches  median %6.1f ms  p95 %6.1f ms%n",
        label + ":",
        found,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.95)] / 1e6);
  }
}
