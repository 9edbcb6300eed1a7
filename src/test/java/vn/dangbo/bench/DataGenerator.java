package vn.dangbo.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangbo.DangboApplication;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.accounts.NewAccount;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalChain;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.ApprovalStep;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.PersonName;

/**
 * Scale data generator (not a test): fills a persistent embedded PostgreSQL with fictional data
 * shaped like a real party organisation, for the HTTP load harness under {@code bench/}.
 *
 * <pre>
 * java -cp ... vn.dangbo.bench.DataGenerator commune|province|nation DATA_DIR
 * </pre>
 *
 * <ul>
 *   <li>{@code commune}: one province, one commune of 15 cells, about 1,000 members;
 *   <li>{@code province}: one province, 75 communes of 13 cells, 100,000 members;
 *   <li>{@code nation}: 63 provinces, 3,300 communes, 250,000 cells, 5.6 million members.
 * </ul>
 *
 * Every scale has candidates at every stage of the pipeline with their steps, members with a status
 * history (admission, recognition, moves, exemptions, transfers, deaths), a committee of seven per
 * commune with the cells each member is in charge of, an approval chain per commune, and benchmark
 * accounts whose password is {@value #PASSWORD}. The commune and province scales also have a year
 * of monthly meetings of every cell, with the attendance of every member.
 *
 * <p>Provinces and communes are founded through {@link Reorganizations}, as the application does;
 * cells too when there are at most {@value #APP_CELLS} of them, otherwise they are written with
 * COPY as exactly the rows {@code Reorganizations.found} writes (a CREATE reorganisation, the
 * organisation, its first version, the reorganisation's subject). Everything else is loaded with
 * COPY under {@code session_replication_role = replica}, which turns off the audit triggers of V21
 * (bulk rows get no audit lines), the history-range trigger of V20 and the foreign-key checks; the
 * generator fills what those triggers would have: {@code member_status_change.valid_until} (the
 * next entry's day, V20), {@code meeting_tally} (each meeting's attendance counts, V26) and the
 * bulk cells' rows of {@code organization_ancestor} (V27). The search keys ({@code
 * member.search_key}, {@code candidate.search_key}) are not kept by triggers but by the
 * application's code; they are filled here with {@link PersonName#searchKey} as that code does.
 * Secondary indexes and unique constraints of the loaded tables are dropped before the load and
 * rebuilt from their own definitions after it. At the end it writes {@code bench-targets.tsv} in
 * the data directory: the pages of the generated data the load harness requests, with the account
 * that requests each.
 */
public final class DataGenerator {

  /** The province codes that begin a citizen ID (reference/citizen-id-provinces.tsv). */
  private static final int[] PROVINCE_CODES = {
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37,
    38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77,
    79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96
  };

  static final String PASSWORD = "Benchmark-2026";
  private static final String BY = "bench";
  private static final int APP_CELLS = 5_000;
  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate FOUNDED = LocalDate.of(1976, 1, 1);
  private static final LocalDate TERM = LocalDate.of(2020, 10, 1);
  private static final LocalDate TODAY = LocalDate.now();

  /** The tables loaded with COPY, in the order their rows are written. */
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("committee_member", "id, committee_id, full_name, position, valid_from");
    COLUMNS.put("cell_assignment", "id, committee_member_id, cell_id, valid_from");
    COLUMNS.put(
        "member",
        "id, full_name, search_key, sex, birth_date, birth_place, home_town, residence,"
            + " ethnicity_code, religion, general_education, education_note,"
            + " professional_qualification, political_theory, occupation, citizen_id,"
            + " citizen_id_lookup, party_card_number, phone, cell_id, admission_decision_date,"
            + " admission_ceremony_date, official_date, youth_union, militia, teacher,"
            + " health_worker, status, status_since, version, created_by");
    COLUMNS.put(
        "member_status_change",
        "id, member_id, kind, cell_id, from_status, to_status, effective_on, until_date,"
            + " decision_number, decision_date, decision_issuer, reason, entered_by, valid_until");
    COLUMNS.put(
        "candidate",
        "id, full_name, search_key, sex, birth_date, ethnicity_code, citizen_id,"
            + " citizen_id_lookup, education_grade, ethnic_area, occupation, residence, cell_id, mass_organization,"
            + " youth_union, militia, teacher, health_worker, village_official, stage,"
            + " stage_since, member_id, version, created_by, birth_place, home_town, religion,"
            + " phone");
    COLUMNS.put(
        "candidate_step",
        "id, candidate_id, kind, from_stage, to_stage, on_date, cell_id, decision_number,"
            + " decision_date, decision_issuer, votes_for, voters, passed, certificate,"
            + " mentor_id, youth_union_resolution, note, entered_by");
    COLUMNS.put("candidate_introducer", "step_id, member_id, months_known, replacement");
    COLUMNS.put(
        "meeting",
        "id, organization_id, kind, held_on, place, topic, agenda, status, chair, secretary,"
            + " reviewed, conclusions, closed_at, closed_by, version, created_by, planned_on");
    COLUMNS.put("meeting_attendance", "meeting_id, member_id, presence, reason, counted");
    COLUMNS.put("meeting_guest", "meeting_id, committee_member_id");
  }

  /** Tables whose id the generator assigns (their identity sequences are moved past them). */
  private static final List<String> WITH_IDS =
      List.of(
          "committee_member",
          "cell_assignment",
          "member",
          "member_status_change",
          "candidate",
          "candidate_step",
          "meeting",
          "organization",
          "reorganization");

  record Scale(
      String name,
      int provinces,
      int communes,
      int cells,
      int members,
      int candidates,
      boolean meetings) {}

  /** The shape of every measured commune, at every scale: the commune scale's one commune. */
  static final Scale MEASURED = scale("commune");

  static Scale scale(String name) {
    return switch (name) {
      case "commune" -> new Scale(name, 1, 1, 15, 1_000, 120, true);
      case "province" -> new Scale(name, 1, 75, 975, 100_000, 9_000, true);
      case "nation" -> new Scale(name, 63, 3_300, 250_000, 5_600_000, 500_000, false);
      default -> throw new IllegalArgumentException("scale: commune, province or nation");
    };
  }

  record Cell(long id, String name, CellType type) {}

  /** A commune with its cells and its share of the members and open candidates. */
  static final class Commune {
    final int index;
    final int province;
    final long provinceId;
    final String provinceName;
    final long id;
    final String name;
    final List<Cell> cells = new ArrayList<>();
    int members;
    int candidates;

    Commune(int index, int province, long provinceId, String provinceName, long id, String name) {
      this.index = index;
      this.province = province;
      this.provinceId = provinceId;
      this.provinceName = provinceName;
      this.id = id;
      this.name = name;
    }
  }

  private static long started;

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DataGenerator commune|province|nation DATA_DIR");
      System.exit(2);
    }
    var scale = scale(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    started = System.nanoTime();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(DangboApplication.class)
            .profiles("bench")
            // as arguments, so they win over the test classpath's config/application.properties,
            // which asks for a throw-away database
            .run(
                "--dangbo.database.embedded.temporary=false",
                "--dangbo.database.embedded.data-directory=" + dataDir,
                // the key file the application will use on this data, not the tests' one
                "--dangbo.protection.key-file=" + dataDir.resolve("keys/dangbo.keys"),
                "--server.port=0",
                "--logging.level.root=warn",
                "--logging.level.vn.dangbo=warn",
                "--dangbo.admin.initial-password=" + PASSWORD);
    try {
      new DataGenerator(context, scale, dataDir).run();
    } finally {
      context.close();
    }
    System.out.printf("total %.1f s%n", seconds(started));
  }

  private final ConfigurableApplicationContext context;
  private final DataSource dataSource;
  private final Scale scale;
  private final Path dataDir;
  private final PersonalData personalData;
  private final Ids ids = new Ids();
  private final List<Commune> communes = new ArrayList<>();
  private final Map<Integer, Sample> samples = new LinkedHashMap<>();
  private long provinceId;
  private final long[] totals = new long[COLUMNS.size()];

  private DataGenerator(ConfigurableApplicationContext context, Scale scale, Path dataDir) {
    this.context = context;
    this.dataSource = context.getBean(DataSource.class);
    this.scale = scale;
    this.dataDir = dataDir;
    this.personalData = context.getBean(PersonalData.class);
  }

  private void run() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rs = statement.executeQuery("select count(*) from organization")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException(
            "the database in " + dataDir + " already has organisations: use an empty directory");
      }
    }
    System.out.printf("started the application (migrations) in %.1f s%n", seconds(started));
    long step = System.nanoTime();
    foundOrganizations();
    System.out.printf(
        "founded %d provinces, %d communes, %,d cells and their approval chains in %.1f s%n",
        scale.provinces(),
        communes.size(),
        communes.stream().mapToInt(c -> c.cells.size()).sum(),
        seconds(step));
    measured(communes.size()).forEach(index -> samples.put(index, new Sample()));
    share();
    try (var connection = dataSource.getConnection()) {
      try (var statement = connection.createStatement()) {
        // fewer checkpoints during the load; reset at the end
        statement.execute("alter system set max_wal_size = '8GB'");
        statement.execute("alter system set checkpoint_timeout = '30min'");
        statement.execute("select pg_reload_conf()");
      }
      bulk(connection, () -> readIds(connection));
      step = System.nanoTime();
      var indexes = dropIndexes(connection);
      System.out.printf(
          "dropped %d secondary indexes and unique constraints in %.1f s%n",
          indexes.size(), seconds(step));
      step = System.nanoTime();
      load(connection);
      System.out.printf("loaded the rows in %.1f s:%n", seconds(step));
      int t = 0;
      for (var table : COLUMNS.keySet()) {
        System.out.printf("  %-22s %,12d rows%n", table, totals[t++]);
      }
      step = System.nanoTime();
      long dues = bulk(connection, () -> dues(connection));
      System.out.printf("  %-22s %,12d rows in %.1f s%n", "dues_payment", dues, seconds(step));
      step = System.nanoTime();
      rebuild(indexes);
      System.out.printf("rebuilt the indexes and constraints in %.1f s%n", seconds(step));
      step = System.nanoTime();
      try (var statement = connection.createStatement()) {
        for (var table : WITH_IDS) {
          statement.execute(
              "select setval(pg_get_serial_sequence('%1$s', 'id'), (select max(id) from %1$s))"
                  .formatted(table));
        }
      }
      System.out.printf("moved the id sequences in %.1f s%n", seconds(step));
      step = System.nanoTime();
      try (var statement = connection.createStatement()) {
        statement.execute(
            "select meeting_tally_refresh(array(select distinct meeting_id from meeting_attendance))");
      }
      System.out.printf("counted the attendance of each meeting in %.1f s%n", seconds(step));
    }
    step = System.nanoTime();
    var accounts = openAccounts();
    System.out.printf("opened the accounts in %.1f s%n", seconds(step));
    step = System.nanoTime();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("set maintenance_work_mem = '512MB'");
      statement.execute("vacuum (analyze)");
      statement.execute("alter system reset max_wal_size");
      statement.execute("alter system reset checkpoint_timeout");
      statement.execute("select pg_reload_conf()");
      statement.execute("checkpoint");
      try (var rs =
          statement.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
        rs.next();
        System.out.printf(
            "vacuum analyze and checkpoint in %.1f s; database size %s%n",
            seconds(step), rs.getString(1));
      }
      try (var rs =
          statement.executeQuery(
              """
              select pg_total_relation_size('dues_payment'), count(*), count(distinct member_id)
              from dues_payment
              """)) {
        rs.next();
        long bytes = rs.getLong(1);
        long rows = rs.getLong(2);
        System.out.printf(
            "dues_payment: %,d MB for %,d payments of %,d members: %.0f bytes a payment with its"
                + " indexes, %.1f KB a member-year of twelve%n",
            bytes >> 20,
            rows,
            rs.getLong(3),
            rows == 0 ? 0.0 : (double) bytes / rows,
            rows == 0 ? 0.0 : 12.0 * bytes / rows / 1024);
      }
    }
    step = System.nanoTime();
    check();
    System.out.printf("checked the invariants in %.1f s%n", seconds(step));
    writeTargets(accounts);
    System.out.println("accounts (password " + PASSWORD + "):");
    accounts.forEach((username, what) -> System.out.printf("  %-20s %s%n", username, what));
  }

  /**
   * What the application's own code and triggers would guarantee, checked on the loaded rows: each
   * history entry ends where the member's next one begins (V20), a member's cell, status and date
   * are those of their latest entry, a candidate's stage and date those of their last step, and
   * every organisation's parent of today is its ancestor of depth 1.
   */
  private void check() throws SQLException {
    var checks = new LinkedHashMap<String, String>();
    checks.put(
        "history entries whose valid_until is not the next entry's day",
        """
        select count(*) from (
          select valid_until, lead(effective_on) over (partition by member_id
            order by effective_on, id) as next_on
          from member_status_change) c
        where valid_until is distinct from next_on
        """);
    checks.put(
        "members whose cell, status or date differ from their latest entry",
        """
        select count(*) from member m join lateral (
          select cell_id, to_status, effective_on from member_status_change c
          where c.member_id = m.id order by effective_on desc, id desc limit 1) l on true
        where l.cell_id <> m.cell_id or l.to_status <> m.status or l.effective_on <> m.status_since
        """);
    checks.put(
        "candidates whose stage or date differ from their last step",
        """
        select count(*) from candidate c join lateral (
          select to_stage, on_date from candidate_step s
          where s.candidate_id = c.id order by on_date desc, id desc limit 1) l on true
        where l.to_stage <> c.stage or l.on_date <> c.stage_since
        """);
    checks.put(
        "organisations whose ancestors differ from their parents' (V27)",
        """
        select count(*) from organization_version v
        where v.valid_to is null and v.parent_id is not null and not exists (
          select 1 from organization_ancestor a where a.organization_id = v.organization_id
            and a.ancestor_id = v.parent_id and a.depth = 1 and a.valid_to is null)
        """);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (var entry : checks.entrySet()) {
        try (var rs = statement.executeQuery(entry.getValue())) {
          rs.next();
          long wrong = rs.getLong(1);
          System.out.printf("  %-70s %d%n", entry.getKey() + ":", wrong);
          if (wrong > 0) {
            throw new IllegalStateException("generated data breaks: " + entry.getKey());
          }
        }
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  // ---------------------------------------------------------------- organisations

  private void foundOrganizations() throws SQLException {
    var reorganizations = context.getBean(Reorganizations.class);
    var routing = context.getBean(ApprovalRouting.class);
    var random = new Random(1976);
    int perProvince = scale.communes() / scale.provinces();
    int extraCommunes = scale.communes() % scale.provinces();
    // the measured communes have the commune scale's cells; the others share the rest
    var measured = measured(scale.communes());
    int others = scale.communes() - measured.size();
    int otherCells = scale.cells() - measured.size() * MEASURED.cells();
    int perCommune = others == 0 ? 0 : otherCells / others;
    int extraCells = others == 0 ? 0 : otherCells % others;
    int otherIndex = 0;
    boolean viaApp = scale.cells() <= APP_CELLS;
    var bulkCells = new ArrayList<Object[]>();
    for (int p = 0; p < scale.provinces(); p++) {
      String provinceName = "Đảng bộ tỉnh " + Names.PROVINCES[p % Names.PROVINCES.length];
      long province =
          reorganizations.found(
              NewOrganization.committee(provinceName, AdministrativeLevel.PROVINCE, false, null)
                  .withCode(String.format("P%02d", p + 1)),
              FOUNDED,
              null,
              ALL,
              BY);
      if (p == 0) {
        provinceId = province;
      }
      int count = perProvince + (p < extraCommunes ? 1 : 0);
      for (int i = 0; i < count; i++) {
        int index = communes.size();
        String communeName = Names.placeName(random, Names.region(p));
        long id =
            reorganizations.found(
                NewOrganization.committee(
                        "Đảng bộ xã " + communeName, AdministrativeLevel.COMMUNE, true, province)
                    .withCode(String.format("P%02d-X%04d", p + 1, index + 1)),
                FOUNDED,
                null,
                ALL,
                BY);
        var commune = new Commune(index, p, province, provinceName, id, communeName);
        communes.add(commune);
        routing.configure(
            ApprovalChain.from(
                id,
                FOUNDED,
                "Điều lệ Đảng; Quy định 24-QĐ/TW (2021): đảng ủy cơ sở xét, ban thường vụ tỉnh ủy"
                    + " quyết định (dữ liệu đo tải)",
                List.of(
                    new ApprovalStep(ApprovalAction.RESOLUTION, id),
                    new ApprovalStep(ApprovalAction.DECISION, province))),
            ALL);
        int cells =
            measured.contains(index)
                ? MEASURED.cells()
                : perCommune + (otherIndex++ < extraCells ? 1 : 0);
        var names = Names.cellNames(random, Names.region(p), communeName, cells);
        for (var cell : names) {
          if (viaApp) {
            long cellId =
                reorganizations.found(
                    NewOrganization.cell(cell.name(), cell.type(), id), FOUNDED, null, ALL, BY);
            commune.cells.add(new Cell(cellId, cell.name(), cell.type()));
          } else {
            bulkCells.add(new Object[] {commune, cell});
          }
        }
      }
    }
    if (!bulkCells.isEmpty()) {
      foundCellsInBulk(bulkCells);
    }
  }

  /**
   * The cells as {@code Reorganizations.found} writes them, one CREATE reorganisation each (no
   * decision, performed by "bench"), in four COPYs.
   */
  private void foundCellsInBulk(List<Object[]> cells) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      bulk(
          connection,
          () -> {
            long organization = max(connection, "organization") + 1;
            long firstCell = organization;
            long reorganization = max(connection, "reorganization") + 1;
            var reorganizations = new Csv(cells.size() * 40);
            var organizations = new Csv(cells.size() * 40);
            var versions = new Csv(cells.size() * 80);
            var subjects = new Csv(cells.size() * 20);
            for (var pair : cells) {
              var commune = (Commune) pair[0];
              var cell = (Names.CellName) pair[1];
              long id = organization++;
              long r = reorganization++;
              reorganizations.add(r).add("CREATE").add(FOUNDED).add(BY).end();
              organizations
                  .add(id)
                  .add("CELL")
                  .add(false)
                  .add(cell.type().name())
                  .add(FOUNDED)
                  .add(0)
                  .end();
              versions.add(id).add(FOUNDED).add(cell.name()).add(commune.id).add(r).end();
              subjects.add(r).add(id).end();
              commune.cells.add(new Cell(id, cell.name(), cell.type()));
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                "copy reorganization (id, kind, effective_on, performed_by) from stdin (format csv)",
                reorganizations.reader());
            copy.copyIn(
                "copy organization (id, kind, grassroots, cell_type, valid_from, version)"
                    + " from stdin (format csv)",
                organizations.reader());
            copy.copyIn(
                "copy organization_version (organization_id, valid_from, name, parent_id,"
                    + " reorganization_id) from stdin (format csv)",
                versions.reader());
            copy.copyIn(
                "copy reorganization_subject (reorganization_id, organization_id)"
                    + " from stdin (format csv)",
                subjects.reader());
            try (var statement = connection.createStatement()) {
              for (var table : List.of("organization", "reorganization")) {
                statement.execute(
                    ("select setval(pg_get_serial_sequence('%1$s', 'id'),"
                            + " (select max(id) from %1$s))")
                        .formatted(table));
              }
              // the trigger of V27 is off under replica: the cells' ancestors, as it would write
              statement.execute(
                  "select organization_ancestor_refresh(array(select id from organization"
                      + " where id >= "
                      + firstCell
                      + "))");
              statement.execute("analyze organization");
              statement.execute("analyze organization_version");
              statement.execute("analyze organization_ancestor");
            }
            return null;
          });
    }
  }

  /**
   * Spreads the members and the open candidates over communes, unevenly as in life; the measured
   * communes get exactly the commune scale's, so a commune's page is compared like for like.
   */
  private void share() {
    var random = new Random(54);
    var measured = samples.keySet();
    double[] weights = new double[communes.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] =
          measured.contains(i)
              ? 0
              : communes.get(i).cells.size() * (0.6 + 0.8 * random.nextDouble());
      sum += weights[i];
    }
    int members = measured.size() * MEASURED.members();
    int candidates = measured.size() * open(MEASURED);
    int open = open(scale);
    int otherMembers = scale.members() - members;
    int otherCandidates = open - candidates;
    int last = -1;
    for (int i = 0; i < weights.length; i++) {
      var commune = communes.get(i);
      if (measured.contains(i)) {
        commune.members = MEASURED.members();
        commune.candidates = open(MEASURED);
        continue;
      }
      commune.members = (int) (otherMembers * weights[i] / sum);
      commune.candidates = (int) (otherCandidates * weights[i] / sum);
      members += commune.members;
      candidates += commune.candidates;
      last = i;
    }
    if (last >= 0) {
      communes.get(last).members += scale.members() - members;
      communes.get(last).candidates += open - candidates;
    }
  }

  /**
   * The open candidates of a data set: the admitted ones are added from the members admitted
   * through the pipeline (about one member in fifty was admitted in the last two years, most
   * through the pipeline).
   */
  private static int open(Scale scale) {
    return Math.max(scale.candidates() / 2, scale.candidates() - scale.members() / 50);
  }

  /** The communes measured (and sampled for the load's pages): four spread over the data set. */
  private static java.util.Set<Integer> measured(int communes) {
    var indexes = new java.util.TreeSet<Integer>();
    for (int k = 0; k < 4; k++) {
      indexes.add(communes * k / 4);
    }
    return indexes;
  }

  // ---------------------------------------------------------------- loading

  interface SqlWork<T> {
    T run() throws Exception;
  }

  /** Runs the work with the triggers and foreign-key checks off, and puts them back after. */
  private static <T> T bulk(Connection connection, SqlWork<T> work) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("set session_replication_role = replica");
      statement.execute("set synchronous_commit = off");
    }
    try {
      return work.run();
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      try (var statement = connection.createStatement()) {
        statement.execute("reset session_replication_role");
        statement.execute("reset synchronous_commit");
      }
    }
  }

  private static long max(Connection connection, String table) throws SQLException {
    try (var statement = connection.createStatement();
        var rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Where each table's ids start (after rows the application wrote, if any). */
  private Void readIds(Connection connection) throws SQLException {
    ids.committeeMember = max(connection, "committee_member");
    ids.assignment = max(connection, "cell_assignment");
    ids.member = max(connection, "member");
    ids.history = max(connection, "member_status_change");
    ids.candidate = max(connection, "candidate");
    ids.step = max(connection, "candidate_step");
    ids.meeting = max(connection, "meeting");
    return null;
  }

  record Index(String table, String name, String definition, boolean constraint) {}

  /** Drops the secondary indexes and unique constraints of the loaded tables. */
  private static List<Index> dropIndexes(Connection connection) throws SQLException {
    var tables =
        java.util.stream.Stream.concat(
                COLUMNS.keySet().stream(), java.util.stream.Stream.of("dues_payment"))
            .toArray(String[]::new);
    var found = new ArrayList<Index>();
    try (var statement =
        connection.prepareStatement(
            """
            select t.relname, c.conname, pg_get_constraintdef(c.oid), true
            from pg_constraint c join pg_class t on t.oid = c.conrelid
            where c.contype = 'u' and t.relname = any(?)
            union all
            select t.relname, x.relname, pg_get_indexdef(i.indexrelid), false
            from pg_index i join pg_class t on t.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
            where t.relname = any(?) and not i.indisprimary
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """)) {
      statement.setArray(1, connection.createArrayOf("text", tables));
      statement.setArray(2, connection.createArrayOf("text", tables));
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          found.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        }
      }
    }
    try (var statement = connection.createStatement()) {
      for (var index : found) {
        statement.execute(
            index.constraint()
                ? "alter table " + index.table() + " drop constraint " + index.name()
                : "drop index " + index.name());
      }
    }
    return found;
  }

  /** Rebuilds the indexes and constraints from their definitions, two at a time. */
  private void rebuild(List<Index> indexes) throws Exception {
    // the largest first, so the two connections finish together
    var ordered = new ArrayList<>(indexes);
    ordered.sort(
        (a, b) ->
            Integer.compare(
                rank(b.table()) + (b.definition().contains("gin") ? 10 : 0),
                rank(a.table()) + (a.definition().contains("gin") ? 10 : 0)));
    var queue = new ArrayBlockingQueue<Index>(ordered.size(), false, ordered);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var futures = new ArrayList<Future<Void>>();
      for (int i = 0; i < 2; i++) {
        futures.add(
            pool.submit(
                () -> {
                  try (var connection = dataSource.getConnection();
                      var statement = connection.createStatement()) {
                    statement.execute("set maintenance_work_mem = '1GB'");
                    statement.execute("set max_parallel_maintenance_workers = 0");
                    Index index;
                    while ((index = queue.poll()) != null) {
                      long start = System.nanoTime();
                      statement.execute(
                          index.constraint()
                              ? "alter table "
                                  + index.table()
                                  + " add constraint "
                                  + index.name()
                                  + " "
                                  + index.definition()
                              : index.definition());
                      System.out.printf("  %-40s %6.1f s%n", index.name(), seconds(start));
                    }
                  }
                  return null;
                }));
      }
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static int rank(String table) {
    return switch (table) {
      case "member" -> 5;
      case "member_status_change" -> 4;
      case "meeting_attendance" -> 3;
      case "candidate_step" -> 2;
      default -> 0;
    };
  }

  /** Generates the communes in a thread of its own, while this one copies the previous ones. */
  private void load(Connection connection) throws Exception {
    int perChunk = Math.max(1, 150_000 / Math.max(1, scale.members() / communes.size()));
    BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(2);
    var generator =
        new Thread(
            () -> {
              try {
                for (int from = 0; from < communes.size(); from += perChunk) {
                  var chunk = new Chunk();
                  for (int i = from; i < Math.min(communes.size(), from + perChunk); i++) {
                    new CommuneGenerator(
                            communes.get(i), chunk, ids, samples.get(i), scale, personalData)
                        .generate();
                  }
                  chunks.put(chunk);
                }
                chunks.put("end");
              } catch (Throwable e) {
                try {
                  chunks.put(e);
                } catch (InterruptedException ignored) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "generator");
    generator.start();
    bulk(
        connection,
        () -> {
          var copy = connection.unwrap(PGConnection.class).getCopyAPI();
          long rows = 0;
          long last = System.nanoTime();
          while (true) {
            var next = chunks.take();
            if (next instanceof Throwable e) {
              throw new IllegalStateException("generation failed", e);
            }
            if (!(next instanceof Chunk chunk)) {
              break;
            }
            int t = 0;
            for (var entry : COLUMNS.entrySet()) {
              var csv = chunk.tables.get(entry.getKey());
              if (csv.rows > 0) {
                copy.copyIn(
                    "copy "
                        + entry.getKey()
                        + " ("
                        + entry.getValue()
                        + ") from stdin (format csv)",
                    csv.reader());
              }
              totals[t++] += csv.rows;
            }
            rows += chunk.tables.get("member").rows;
            if (System.nanoTime() - last > 15e9) {
              System.out.printf("  %,d members so far (%.0f s)%n", rows, seconds(started));
              last = System.nanoTime();
            }
          }
          return null;
        });
    generator.join();
  }

  // ---------------------------------------------------------------- accounts and targets

  /** A few members, candidates, meetings and names of a commune, for the harness's pages. */
  /**
   * A year of dues: every member who is in a cell now pays each month from February 2026 (the first
   * of the ledger) or their admission to last month, 11,000 VND (0.3 % of region IV's minimum
   * wage), on a day of that month; one in four on the portal with its reference; one member in
   * fifty is three months behind and one in fifty two months. Written in one statement.
   */
  private static long dues(Connection connection) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            """
            insert into dues_payment (member_id, cell_id, month, amount, method, reference,
              paid_on, entered_by)
            select m.id, m.cell_id, g.month::date, 11000,
                   case when m.id % 4 = 0 then 'PORTAL' else 'CASH' end,
                   case when m.id % 4 = 0 then 'DVC-' || m.id || '-' || to_char(g.month, 'YYYYMM')
                   end,
                   g.month::date + (m.id % 20)::int, 'bench'
            from member m
            cross join generate_series(date '2026-02-01', ?::date, interval '1 month') g (month)
            where m.status in ('OFFICIAL', 'PROBATIONARY')
              and g.month >= date_trunc('month', coalesce(m.admission_decision_date, g.month))
              and g.month <= ?::date - (case m.id % 50 when 0 then 3 when 1 then 2 else 0 end
                                        * interval '1 month')
            """)) {
      var last = java.time.YearMonth.from(TODAY).minusMonths(1).atDay(1);
      statement.setObject(1, last);
      statement.setObject(2, last);
      return statement.executeUpdate();
    }
  }

  static final class Sample {
    long cell;
    String cellName;
    final List<Long> members = new ArrayList<>();
    final List<Long> candidates = new ArrayList<>();
    final List<Long> meetings = new ArrayList<>();
    final List<String> names = new ArrayList<>();
  }

  private Map<String, String> openAccounts() {
    var administration = context.getBean(AccountAdministration.class);
    var admin = new CurrentUser(0, BY, BY, Role.ADMINISTRATOR, null, null, ALL);
    var opened = new LinkedHashMap<String, String>();
    opened.put("admin", "administrator (opened at the first start)");
    administration.open(
        new NewAccount("bench.admin", "Quản trị đo tải", PASSWORD, Role.ADMINISTRATOR, null, null),
        admin);
    opened.put("bench.admin", "administrator");
    administration.open(
        new NewAccount(
            "bench.province",
            "Ban Tổ chức " + communes.get(0).provinceName,
            PASSWORD,
            Role.COMMITTEE_OFFICE,
            provinceId,
            null),
        admin);
    opened.put("bench.province", "office of " + communes.get(0).provinceName);
    int k = 1;
    for (var entry : samples.entrySet()) {
      var commune = communes.get(entry.getKey());
      var sample = entry.getValue();
      System.out.printf(
          "measured commune %d: %s, %d cells, %,d members, %,d open candidates%n",
          k, commune.name, commune.cells.size(), commune.members, commune.candidates);
      administration.open(
          new NewAccount(
              "bench.commune" + k,
              "Văn phòng Đảng ủy xã " + commune.name,
              PASSWORD,
              Role.COMMITTEE_OFFICE,
              commune.id,
              null),
          admin);
      opened.put("bench.commune" + k, "office of Đảng bộ xã " + commune.name);
      administration.open(
          new NewAccount(
              "bench.secretary" + k,
              "Bí thư " + sample.cellName,
              PASSWORD,
              Role.CELL_SECRETARY,
              sample.cell,
              null),
          admin);
      opened.put("bench.secretary" + k, "secretary of " + sample.cellName);
      k++;
      if (communes.size() == 1) {
        break;
      }
    }
    return opened;
  }

  /** One line per page: kind, account, path. */
  private void writeTargets(Map<String, String> accounts) throws IOException {
    var lines = new ArrayList<String>();
    lines.add("# kind\taccount\tpath (written by DataGenerator " + scale.name() + ")");
    lines.add("province-dashboard\tbench.province\t/organizations/" + provinceId + "/dashboard");
    int k = 1;
    for (var entry : samples.entrySet()) {
      var commune = communes.get(entry.getKey());
      var sample = entry.getValue();
      System.out.printf(
          "measured commune %d: %s, %d cells, %,d members, %,d open candidates%n",
          k, commune.name, commune.cells.size(), commune.members, commune.candidates);
      String secretary = "bench.secretary" + k;
      String office = "bench.commune" + k;
      lines.add("cell-members\t" + secretary + "\t/members?cell=" + sample.cell);
      lines.add("candidate-board\t" + secretary + "\t/candidates?cell=" + sample.cell);
      lines.add("commune-dashboard\t" + office + "\t/organizations/" + commune.id + "/dashboard");
      var lastMonth = java.time.YearMonth.from(TODAY).minusMonths(1);
      lines.add(
          "dues-collection\t" + secretary + "\t/dues?cell=" + sample.cell + "&month=" + lastMonth);
      lines.add(
          "dues-report\t"
              + office
              + "\t/dues/report?organization="
              + commune.id
              + "&year="
              + lastMonth.getYear());
      for (long id : sample.members) {
        lines.add("member\t" + secretary + "\t/members/" + id);
        lines.add("api-member\t" + secretary + "\t/api/v1/members/" + id);
      }
      for (long id : sample.candidates) {
        lines.add("candidate\t" + office + "\t/candidates/" + id);
      }
      for (long id : sample.meetings) {
        lines.add("meeting\t" + secretary + "\t/meetings/" + id);
      }
      for (String name : sample.names) {
        lines.add(
            "search\t"
                + office
                + "\t/members?q="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
      }
      k++;
      if (communes.size() == 1) {
        break;
      }
    }
    Files.write(dataDir.resolve("bench-targets.tsv"), lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + dataDir.resolve("bench-targets.tsv"));
  }

  // ---------------------------------------------------------------- rows

  /** The next id of each table whose ids the generator assigns. */
  static final class Ids {
    long committeeMember;
    long assignment;
    long member;
    long history;
    long candidate;
    long step;
    long meeting;
    long partyCard = 10_000_000;
    final int[] citizenSerial = new int[100];
  }

  /** The CSV of each table for a group of communes. */
  static final class Chunk {
    final Map<String, Csv> tables = new LinkedHashMap<>();

    Chunk() {
      for (var table : COLUMNS.keySet()) {
        tables.put(table, new Csv(1 << 16));
      }
    }

    Csv get(String table) {
      return tables.get(table);
    }
  }

  /** Rows in PostgreSQL's CSV format: an unquoted empty field is null. */
  static final class Csv {
    private final StringBuilder text;
    private boolean first = true;
    long rows;

    Csv(int capacity) {
      text = new StringBuilder(capacity);
    }

    Csv add(Object value) {
      if (!first) {
        text.append(',');
      }
      first = false;
      if (value != null) {
        String s = value.toString();
        if (s.isEmpty()
            || s.indexOf(',') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0) {
          text.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
          text.append(s);
        }
      }
      return this;
    }

    Csv add(long value) {
      if (!first) {
        text.append(',');
      }
      first = false;
      text.append(value);
      return this;
    }

    void end() {
      text.append('\n');
      first = true;
      rows++;
    }

    Reader reader() {
      return new Reader() {
        private int position;

        @Override
        public int read(char[] buffer, int offset, int length) {
          if (position >= text.length()) {
            return -1;
          }
          int n = Math.min(length, text.length() - position);
          text.getChars(position, position + n, buffer, offset);
          position += n;
          return n;
        }

        @Override
        public void close() {}
      };
    }
  }

  /** One member's history entry, kept until the member's rows are written. */
  record Entry(
      String kind,
      long cell,
      String from,
      String to,
      LocalDate on,
      LocalDate until,
      String number,
      LocalDate decided,
      String issuer,
      String reason) {}

  /** A generated member, with what the commune's candidates and meetings need. */
  static final class Person {
    long id;
    String name;
    boolean woman;
    LocalDate birth;
    int ethnicity;
    long cell;
    String citizenId;
    String admission;
    final List<Entry> entries = new ArrayList<>();

    String status() {
      return entries.get(entries.size() - 1).to();
    }

    /** The entry in force on the day, or null. */
    Entry on(LocalDate day) {
      Entry found = null;
      for (var entry : entries) {
        if (entry.on().isAfter(day)) {
          break;
        }
        found = entry;
      }
      return found;
    }
  }

  private static final Set<String> ENDED =
      Set.of("TRANSFERRED_OUT", "REMOVED", "EXPELLED", "DECEASED");
  private static final Set<String> EXPECTED = Set.of("OFFICIAL", "PROBATIONARY", "ATTACHED_HERE");

  /** Generates one commune's rows: committee, members, candidates, meetings. */
  static final class CommuneGenerator {
    private final Commune commune;
    private final Chunk chunk;
    private final Ids ids;
    private final Sample sample;
    private final Scale scale;
    private final Random random;
    private final Names.Region region;
    private final PersonalData personalData;
    private final List<Person> people = new ArrayList<>();
    private final Map<Long, List<Person>> byCell = new LinkedHashMap<>();
    private final List<Long> committee = new ArrayList<>();
    private final Map<Long, Long> inCharge = new LinkedHashMap<>();
    private int serial;

    CommuneGenerator(
        Commune commune,
        Chunk chunk,
        Ids ids,
        Sample sample,
        Scale scale,
        PersonalData personalData) {
      this.personalData = personalData;
      this.commune = commune;
      this.chunk = chunk;
      this.ids = ids;
      this.sample = sample;
      this.scale = scale;
      this.random = new Random(1_000_003L * (commune.index + 1));
      this.region = Names.region(commune.province);
    }

    void generate() {
      committee();
      members();
      candidates();
      if (scale.meetings()) {
        meetings();
      }
    }

    private String communeIssuer() {
      return "Đảng ủy xã " + commune.name;
    }

    // seven committee members from the 2020 term; each cell has one of them in charge
    private void committee() {
      String[] positions = {
        "SECRETARY", "DEPUTY_SECRETARY", "STANDING_MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER"
      };
      for (String position : positions) {
        long id = ++ids.committeeMember;
        int ethnicity = Names.ethnicity(random, region);
        chunk
            .get("committee_member")
            .add(id)
            .add(commune.id)
            .add(Names.person(random, ethnicity, random.nextInt(100) < 30))
            .add(position)
            .add(TERM)
            .end();
        committee.add(id);
      }
      for (int i = 0; i < commune.cells.size(); i++) {
        long member = committee.get(1 + i % (committee.size() - 1));
        long cell = commune.cells.get(i).id();
        inCharge.put(cell, member);
        chunk.get("cell_assignment").add(++ids.assignment).add(member).add(cell).add(TERM).end();
      }
    }

    private static final double[] SIZE = {1.0, 0.5, 0.35, 0.7, 0.8, 0.35};

    private void members() {
      var cells = commune.cells;
      double[] weights = new double[cells.size()];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        var type = cells.get(i).type();
        double base =
            switch (type) {
              case VILLAGE -> SIZE[0];
              case SCHOOL -> SIZE[1];
              case HEALTH_STATION, AGRICULTURAL_EXTENSION_STATION -> SIZE[2];
              case AGENCY -> SIZE[3];
              case ARMED_FORCES -> SIZE[4];
              default -> SIZE[5];
            };
        weights[i] = base * (0.5 + random.nextDouble());
        sum += weights[i];
      }
      int left = commune.members;
      for (int i = 0; i < cells.size(); i++) {
        int size =
            i == cells.size() - 1
                ? left
                : Math.min(left, (int) (commune.members * weights[i] / sum));
        left -= size;
        for (int k = 0; k < size; k++) {
          people.add(member(cells.get(i)));
        }
      }
      // moves happen after everyone exists, between cells of the commune
      for (var person : people) {
        byCell.computeIfAbsent(person.cell, c -> new ArrayList<>()).add(person);
      }
      if (sample != null) {
        var cell = cells.get(0);
        for (var c : cells) {
          if (c.type() == CellType.VILLAGE) {
            cell = c;
            break;
          }
        }
        sample.cell = cell.id();
        sample.cellName = cell.name();
        var cellPeople = byCell.getOrDefault(cell.id(), List.of());
        for (int i = 0; i < cellPeople.size() && sample.members.size() < 20; i += 3) {
          sample.members.add(cellPeople.get(i).id);
        }
        for (int i = 0; i < people.size() && sample.names.size() < 20; i += 37) {
          sample.names.add(PersonName.searchKey(people.get(i).name));
        }
      }
    }

    private Person member(Cell cell) {
      var person = new Person();
      person.id = ++ids.member;
      person.woman = random.nextInt(100) < (cell.type() == CellType.VILLAGE ? 28 : 52);
      person.ethnicity =
          cell.type() == CellType.VILLAGE || random.nextBoolean()
              ? Names.ethnicity(random, region)
              : Names.ethnicity(random, Names.Region.DELTA);
      person.name = Names.person(random, person.ethnicity, person.woman);
      // admitted at 19 to 45, from 1976 to a few weeks ago
      LocalDate ceremony;
      while (true) {
        person.birth =
            LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        double age = 19 + Math.abs(random.nextGaussian()) * 9;
        ceremony = person.birth.plusDays((long) (age * 365.25));
        if (ceremony.isBefore(FOUNDED) && random.nextInt(3) > 0) {
          ceremony = FOUNDED.plusDays(random.nextInt(3650));
        }
        if (!ceremony.isBefore(FOUNDED)
            && ceremony.isBefore(TODAY.minusDays(20))
            && ceremony.isAfter(person.birth.plusYears(18))) {
          break;
        }
      }
      LocalDate decided = ceremony.minusDays(8 + random.nextInt(18));
      LocalDate probationEnds = ceremony.plusMonths(12);
      boolean recognised = !probationEnds.isAfter(TODAY);
      boolean pipeline = ceremony.isAfter(TODAY.minusYears(2)) && random.nextInt(100) < 70;
      boolean paper =
          !pipeline
              && recognised
              && (ceremony.isBefore(LocalDate.of(2015, 1, 1)) || random.nextBoolean());
      String admission = (++serial) + "-QĐ/TU";
      String provinceIssuer = commune.provinceName;
      person.admission = admission;
      person.cell = cell.id();
      if (paper) {
        // entered from the paper file as an official member, as most records are
        person.entries.add(
            new Entry(
                "STATUS",
                cell.id(),
                null,
                "OFFICIAL",
                probationEnds,
                null,
                admission,
                decided,
                provinceIssuer,
                null));
      } else {
        person.entries.add(
            new Entry(
                "STATUS",
                cell.id(),
                null,
                "PROBATIONARY",
                ceremony,
                null,
                admission,
                decided,
                provinceIssuer,
                null));
        if (recognised) {
          person.entries.add(
              new Entry(
                  "STATUS",
                  cell.id(),
                  "PROBATIONARY",
                  "OFFICIAL",
                  probationEnds,
                  null,
                  (++serial) + "-QĐ/TU",
                  probationEnds.minusDays(5),
                  provinceIssuer,
                  "Công nhận đảng viên chính thức"));
        }
      }
      laterChanges(person, cell);
      if (pipeline) {
        pipelineAdmissions.add(new Object[] {person, decided, ceremony});
      }
      writeMember(person, cell, decided, ceremony, recognised ? probationEnds : null);
      return person;
    }

    private final List<Object[]> pipelineAdmissions = new ArrayList<>();

    /** Moves, exemptions, transfers and deaths after the member became official. */
    private void laterChanges(Person person, Cell cell) {
      if (!person.status().equals("OFFICIAL")) {
        return;
      }
      int roll = random.nextInt(1000);
      if (roll < 50 && commune.cells.size() > 1) {
        var to = commune.cells.get(random.nextInt(commune.cells.size()));
        LocalDate on = after(person, 3650);
        if (to.id() != cell.id() && on != null) {
          person.entries.add(
              new Entry(
                  "MOVE",
                  to.id(),
                  "OFFICIAL",
                  "OFFICIAL",
                  on,
                  null,
                  (++serial) + "-QĐ/ĐU",
                  on.minusDays(7),
                  communeIssuer(),
                  "Chuyển sinh hoạt đảng về " + to.name()));
          person.cell = to.id();
        }
      }
      int age = (int) ChronoUnit.YEARS.between(person.birth, TODAY);
      roll = random.nextInt(1000);
      if (age >= 72 && roll < 450) {
        LocalDate on = after(person, 3000);
        if (on != null) {
          change(person, "EXEMPTED", on, null, "Tuổi cao, sức yếu, được miễn sinh hoạt");
          if (random.nextInt(100) < 15) {
            LocalDate died = after(person, 1500);
            if (died != null) {
              change(person, "DECEASED", died, null, "Từ trần");
            }
          }
        }
      } else if (roll < 15) {
        LocalDate on = after(person, 1800);
        if (on != null) {
          change(
              person,
              "TRANSFERRED_OUT",
              on,
              null,
              "Chuyển sinh hoạt đảng chính thức ra ngoài đảng bộ tỉnh");
        }
      } else if (roll < 25 && age > 45) {
        LocalDate on = after(person, 2500);
        if (on != null) {
          change(person, "DECEASED", on, null, "Từ trần");
        }
      } else if (roll < 31) {
        LocalDate on = after(person, 150);
        if (on != null) {
          change(person, "TEMPORARILY_EXEMPTED", on, on.plusMonths(9), "Ốm đau điều trị dài ngày");
        }
      } else if (roll < 40) {
        LocalDate on = after(person, 300);
        if (on != null) {
          change(
              person,
              "ATTACHED_ELSEWHERE",
              on,
              on.plusMonths(12),
              random.nextBoolean()
                  ? "Đi làm ăn xa, sinh hoạt tạm thời nơi làm việc"
                  : "Học tập trung lớp lý luận chính trị");
        }
      }
    }

    /** A day after the member's last entry and at most {@code withinDays} before today. */
    private LocalDate after(Person person, int withinDays) {
      LocalDate last = person.entries.get(person.entries.size() - 1).on();
      LocalDate from = last.plusDays(1);
      LocalDate earliest = TODAY.minusDays(withinDays);
      if (from.isBefore(earliest)) {
        from = earliest;
      }
      long span = ChronoUnit.DAYS.between(from, TODAY);
      if (span <= 1) {
        return null;
      }
      return from.plusDays(random.nextLong(span));
    }

    private void change(Person person, String to, LocalDate on, LocalDate until, String reason) {
      person.entries.add(
          new Entry(
              "STATUS",
              person.cell,
              person.status(),
              to,
              on,
              until,
              (++serial) + "-QĐ/ĐU",
              on.minusDays(3),
              communeIssuer(),
              reason));
    }

    private void writeMember(
        Person person, Cell cell, LocalDate decided, LocalDate ceremony, LocalDate official) {
      var last = person.entries.get(person.entries.size() - 1);
      boolean village = cell.type() == CellType.VILLAGE;
      int age = (int) ChronoUnit.YEARS.between(person.birth, TODAY);
      boolean old = person.birth.getYear() < 1965;
      String education =
          village
              ? (old
                  ? (random.nextBoolean() ? "7/10" : "4/10")
                  : random.nextInt(3) == 0 ? "9/12" : "12/12")
              : old ? "10/10" : "12/12";
      String qualification =
          switch (cell.type()) {
            case SCHOOL -> random.nextBoolean() ? "Đại học Sư phạm" : "Cao đẳng Sư phạm";
            case HEALTH_STATION -> random.nextBoolean() ? "Y sĩ đa khoa" : "Điều dưỡng";
            case AGENCY -> "Đại học";
            case ARMED_FORCES -> "Trung cấp";
            default -> random.nextInt(4) == 0 ? "Trung cấp" : null;
          };
      String occupation =
          switch (cell.type()) {
            case VILLAGE -> age >= 62 ? "Hưu trí" : Names.pick(random, region.occupations());
            case SCHOOL -> "Giáo viên";
            case HEALTH_STATION -> "Nhân viên y tế";
            case AGRICULTURAL_EXTENSION_STATION -> "Viên chức khuyến nông";
            case AGENCY -> "Công chức";
            case ARMED_FORCES -> random.nextBoolean() ? "Công an" : "Quân sự";
            default -> "Lao động tự do";
          };
      String home = "xã " + commune.name + ", " + commune.provinceName.substring(13);
      person.citizenId =
          random.nextInt(100) < 8 && old ? null : citizenId(person.birth, person.woman);
      var csv = chunk.get("member");
      csv.add(person.id)
          .add(person.name)
          .add(PersonName.searchKey(person.name))
          .add(person.woman ? "FEMALE" : "MALE")
          .add(person.birth)
          .add(home)
          .add(home)
          .add(personalData.seal(village ? cell.name().replace("Chi bộ ", "") + ", " + home : home))
          .add(person.ethnicity)
          .add(random.nextInt(10) == 0 ? Names.pick(random, Names.RELIGIONS) : "Không")
          .add(education)
          .add(village && !"12/12".equals(education) ? "Vùng dân tộc thiểu số, miền núi" : null)
          .add(qualification)
          .add(
              village
                  ? (random.nextInt(4) == 0 ? "NONE" : "ELEMENTARY")
                  : random.nextInt(5) == 0 ? "ADVANCED" : "INTERMEDIATE")
          .add(occupation)
          .add(personalData.seal(person.citizenId))
          .add(personalData.lookup(person.citizenId))
          .add(official == null ? null : String.format("%08d", ++ids.partyCard))
          .add(
              random.nextInt(100) < 60
                  ? personalData.seal(String.format("09%08d", random.nextInt(100_000_000)))
                  : null)
          .add(person.cell)
          .add(decided)
          .add(ceremony)
          .add(official)
          .add(age < 35)
          .add(village && !person.woman && age < 45 && random.nextInt(5) == 0)
          .add(cell.type() == CellType.SCHOOL)
          .add(cell.type() == CellType.HEALTH_STATION)
          .add(last.to())
          .add(last.on())
          .add(person.entries.size() - 1)
          .add(BY)
          .end();
      var history = chunk.get("member_status_change");
      for (int i = 0; i < person.entries.size(); i++) {
        var e = person.entries.get(i);
        // valid_until: the day the next entry takes over, as V20's trigger would compute
        LocalDate until = i + 1 < person.entries.size() ? person.entries.get(i + 1).on() : null;
        history
            .add(++ids.history)
            .add(person.id)
            .add(e.kind())
            .add(e.cell())
            .add(e.from())
            .add(e.to())
            .add(e.on())
            .add(e.until())
            .add(e.number())
            .add(e.decided())
            .add(e.issuer())
            .add(e.reason())
            .add(BY)
            .add(until)
            .end();
      }
    }

    /** A citizen ID of the structure the law gives: a real province code, century, sex, year. */
    private String citizenId(LocalDate birth, boolean woman) {
      int century = birth.getYear() >= 2000 ? 2 : 0;
      int p = commune.province;
      return String.format(
          "%03d%d%02d%06d",
          PROVINCE_CODES[p % PROVINCE_CODES.length],
          century + (woman ? 1 : 0),
          birth.getYear() % 100,
          ++ids.citizenSerial[p]);
    }

    // ------------------------------------------------------------ candidates

    private static final String[] KINDS = {
      "OPENED",
      "INTRODUCED",
      "SYMPATHISER",
      "COURSE_PASSED",
      "DOSSIER",
      "CELL_VOTE",
      "COMMITTEE_VOTE",
      "DECISION",
      "CEREMONY"
    };
    private static final String[] STAGES = {
      "SOURCE",
      "OUTSTANDING",
      "SYMPATHISER",
      "COURSE_PASSED",
      "DOSSIER",
      "CELL_RESOLVED",
      "COMMITTEE_RESOLVED",
      "DECIDED",
      "ADMITTED"
    };
    // days between one step and the next, at least and spread
    private static final int[][] GAPS = {
      {0, 0}, {30, 90}, {60, 120}, {30, 210}, {30, 240}, {20, 40}, {10, 20}, {10, 30}, {5, 20}
    };
    // share of the open candidates at each stage, and of those who left
    private static final int[] WEIGHTS = {22, 16, 16, 14, 8, 4, 3, 2, 0};
    private static final int LEFT_WEIGHT = 15;

    private void candidates() {
      var mentors = new LinkedHashMap<Long, List<Person>>();
      for (var entry : byCell.entrySet()) {
        var official =
            entry.getValue().stream().filter(p -> p.status().equals("OFFICIAL")).toList();
        if (!official.isEmpty()) {
          mentors.put(entry.getKey(), official);
        }
      }
      if (mentors.isEmpty()) {
        return;
      }
      var cells = new ArrayList<>(mentors.keySet());
      int total = 0;
      for (int w : WEIGHTS) {
        total += w;
      }
      total += LEFT_WEIGHT;
      for (int i = 0; i < commune.candidates; i++) {
        long cell = cells.get(random.nextInt(cells.size()));
        int roll = random.nextInt(total);
        int stage = 0;
        boolean left = true;
        for (int s = 0; s < WEIGHTS.length; s++) {
          if (roll < WEIGHTS[s]) {
            stage = s;
            left = false;
            break;
          }
          roll -= WEIGHTS[s];
        }
        if (left) {
          stage = random.nextInt(5);
        }
        LocalDate last = TODAY.minusDays(random.nextInt(left ? 900 : 200));
        candidate(cell, mentors.get(cell), stage, left, last, null);
      }
      for (var admitted : pipelineAdmissions) {
        var person = (Person) admitted[0];
        var cellMentors = mentors.get(person.entries.get(0).cell());
        if (cellMentors == null) {
          continue;
        }
        candidate(
            person.entries.get(0).cell(), cellMentors, 8, false, (LocalDate) admitted[2], person);
      }
    }

    /**
     * A candidate whose steps reach the stage (or leave after it) on the day {@code last}; with a
     * person, the candidate admitted as that member on the day of the member's ceremony.
     */
    private void candidate(
        long cell, List<Person> mentors, int stage, boolean left, LocalDate last, Person admitted) {
      int steps = stage + 1 + (left ? 1 : 0);
      var days = new LocalDate[steps];
      days[steps - 1] = last;
      int start = steps - 1;
      if (admitted != null) {
        // the decision and the ceremony are the member's own
        days[7] = admitted.entries.get(0).decided();
        start = 7;
      }
      for (int k = start; k > 0; k--) {
        int kind = left && k == steps - 1 ? -1 : k;
        int gap =
            kind < 0 ? 30 + random.nextInt(300) : GAPS[kind][0] + random.nextInt(GAPS[kind][1]);
        days[k - 1] = days[k].minusDays(gap);
      }
      long id = ++ids.candidate;
      boolean woman = admitted != null ? admitted.woman : random.nextInt(100) < 45;
      int ethnicity = admitted != null ? admitted.ethnicity : Names.ethnicity(random, region);
      String name = admitted != null ? admitted.name : Names.person(random, ethnicity, woman);
      LocalDate birth =
          admitted != null
              ? admitted.birth
              : days[0].minusYears(17 + random.nextInt(22)).minusDays(random.nextInt(365));
      boolean young = ChronoUnit.YEARS.between(birth, TODAY) < 30;
      String mass =
          young ? "Đoàn Thanh niên xã" : woman ? "Hội Liên hiệp Phụ nữ xã" : "Hội Nông dân xã";
      String finalStage = left ? "LEFT" : STAGES[stage];
      String candidateCitizenId =
          admitted != null
              ? admitted.citizenId
              : random.nextInt(10) == 0 ? null : citizenId(birth, woman);
      String home = "xã " + commune.name + ", " + commune.provinceName.substring(13);
      chunk
          .get("candidate")
          .add(id)
          .add(name)
          .add(PersonName.searchKey(name))
          .add(woman ? "FEMALE" : "MALE")
          .add(birth)
          .add(ethnicity)
          .add(personalData.seal(candidateCitizenId))
          .add(personalData.lookup(candidateCitizenId))
          .add(ethnicity == 1 ? 12 : 9 + random.nextInt(4))
          .add(ethnicity != 1)
          .add(Names.pick(random, region.occupations()))
          .add(personalData.seal(home))
          .add(cell)
          .add(stage >= 1 ? mass : null)
          .add(young)
          .add(!woman && young && random.nextInt(4) == 0)
          .add(false)
          .add(false)
          .add(false)
          .add(finalStage)
          .add(last)
          .add(admitted == null ? null : admitted.id)
          .add(steps - 1)
          .add(BY)
          .add(home)
          .add(home)
          .add("Không")
          .add(null)
          .end();
      Person mentor = mentors.get(random.nextInt(mentors.size()));
      if (admitted != null && mentor == admitted && mentors.size() > 1) {
        mentor = mentors.get(0) == admitted ? mentors.get(1) : mentors.get(0);
      }
      int officials = mentors.size();
      var steps_ = chunk.get("candidate_step");
      for (int k = 0; k < steps; k++) {
        boolean leaving = left && k == steps - 1;
        String kind = leaving ? "LEFT" : KINDS[k];
        String from = k == 0 ? "SOURCE" : STAGES[k - 1];
        String to = leaving ? "LEFT" : STAGES[k];
        if (leaving) {
          from = STAGES[k - 1];
        }
        LocalDate on = days[k];
        long stepId = ++ids.step;
        String number = null;
        LocalDate decided = null;
        String issuer = null;
        Integer votesFor = null;
        Integer voters = null;
        Boolean passed = null;
        String certificate = null;
        Long mentorId = null;
        String note = null;
        switch (kind) {
          case "INTRODUCED" -> note = mass;
          case "SYMPATHISER" -> {
            number = (++serial) + "-NQ/CB";
            decided = on;
            mentorId = mentor.id;
          }
          case "COURSE_PASSED" -> {
            issuer = "Trung tâm Chính trị " + commune.provinceName.substring(8);
            certificate = "CN-NTVĐ " + (++serial);
          }
          case "CELL_VOTE" -> {
            number = (++serial) + "-NQ/CB";
            decided = on;
            voters = officials;
            votesFor = Math.max(1, officials - random.nextInt(1 + officials / 10));
            passed = votesFor * 3 >= voters * 2;
          }
          case "COMMITTEE_VOTE" -> {
            number = (++serial) + "-NQ/ĐU";
            decided = on;
            issuer = "Đảng bộ xã " + commune.name;
            voters = committee.size();
            votesFor = committee.size() - random.nextInt(2);
            passed = true;
          }
          case "DECISION" -> {
            number = admitted != null ? admitted.admission : (++serial) + "-QĐ/TU";
            decided = on;
            issuer = commune.provinceName;
          }
          case "LEFT" ->
              note =
                  random.nextBoolean()
                      ? "Đi làm ăn xa, không còn ở địa phương"
                      : "Chưa đủ tiêu chuẩn, chi bộ tiếp tục bồi dưỡng sau";
          default -> {}
        }
        steps_
            .add(stepId)
            .add(id)
            .add(kind)
            .add(from)
            .add(to)
            .add(on)
            .add(cell)
            .add(number)
            .add(decided)
            .add(issuer)
            .add(votesFor)
            .add(voters)
            .add(passed)
            .add(certificate)
            .add(mentorId)
            .add(kind.equals("DOSSIER") && young)
            .add(note)
            .add(BY)
            .end();
        if (kind.equals("DOSSIER")) {
          chunk.get("candidate_introducer").add(stepId).add(mentor.id).add(24).add(false).end();
          Person second = mentors.get(random.nextInt(mentors.size()));
          if (second != mentor && second != admitted) {
            chunk
                .get("candidate_introducer")
                .add(stepId)
                .add(second.id)
                .add(12 + random.nextInt(48))
                .add(false)
                .end();
          }
        }
      }
      if (sample != null && sample.candidates.size() < 20 && random.nextInt(3) == 0) {
        sample.candidates.add(id);
      }
    }

    // ------------------------------------------------------------ meetings

    private static final String[] EXCUSES = {
      "Ốm", "Đi làm ăn xa", "Bận việc gia đình", "Đi công tác", "Đi nương xa"
    };

    /**
     * A regular meeting of every cell in each of the last twelve months, closed, with attendance.
     */
    private void meetings() {
      YearMonth first = YearMonth.from(TODAY).minusMonths(12);
      for (var cell : commune.cells) {
        var cellPeople = new ArrayList<Person>();
        for (var person : people) {
          for (var entry : person.entries) {
            if (entry.cell() == cell.id()) {
              cellPeople.add(person);
              break;
            }
          }
        }
        for (int m = 0; m < 12; m++) {
          var month = first.plusMonths(m);
          LocalDate day = month.atDay(5 + random.nextInt(20));
          if (!day.isBefore(TODAY)) {
            continue;
          }
          long id = ++ids.meeting;
          var present = new ArrayList<Person>();
          for (var person : cellPeople) {
            var entry = person.on(day);
            if (entry != null && entry.cell() == cell.id() && !ENDED.contains(entry.to())) {
              present.add(person);
            }
          }
          String chair = present.isEmpty() ? "Bí thư chi bộ" : present.get(0).name;
          String secretary = present.size() < 2 ? "Phó bí thư chi bộ" : present.get(1).name;
          chunk
              .get("meeting")
              .add(id)
              .add(cell.id())
              .add("REGULAR")
              .add(day)
              .add(
                  cell.type() == CellType.VILLAGE
                      ? "Nhà văn hóa " + cell.name().replace("Chi bộ ", "")
                      : "Phòng họp " + cell.name().replace("Chi bộ ", ""))
              .add(
                  "Sinh hoạt chi bộ thường kỳ tháng "
                      + month.getMonthValue()
                      + "/"
                      + month.getYear())
              .add(
                  "Kiểm điểm nghị quyết tháng trước; nhiệm vụ tháng tới; công tác phát triển đảng viên")
              .add("CLOSED")
              .add(chair)
              .add(secretary)
              .add("Chi bộ đánh giá việc thực hiện nghị quyết tháng trước.")
              .add("Chi bộ thống nhất các nhiệm vụ tháng tới.")
              .add(day + " 20:00:00+07")
              .add(BY)
              .add(3)
              .add(BY)
              .add(day.withDayOfMonth(1).minusDays(5 + random.nextInt(20)))
              .end();
          var attendance = chunk.get("meeting_attendance");
          for (var person : present) {
            var entry = person.on(day);
            int roll = random.nextInt(100);
            String presence = roll < 90 ? "PRESENT" : roll < 98 ? "EXCUSED" : "UNEXCUSED";
            attendance
                .add(id)
                .add(person.id)
                .add(presence)
                .add(presence.equals("EXCUSED") ? Names.pick(random, EXCUSES) : null)
                .add(EXPECTED.contains(entry.to()))
                .end();
          }
          if (random.nextBoolean()) {
            chunk.get("meeting_guest").add(id).add(inCharge.get(cell.id())).end();
          }
          if (sample != null && cell.id() == sample.cell) {
            sample.meetings.add(id);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- names

  /** Fictional names and places, in the shapes of the country's regions and peoples. */
  static final class Names {

    enum Region {
      NORTH_MOUNTAINS(
          new int[][] {{1, 30}, {8, 22}, {3, 16}, {2, 12}, {9, 9}, {7, 8}, {4, 3}},
          "bản",
          words(
              "Tà, Xùa, Phình, Hồ, Háng, Chơ, Mường, Púng, Nậm, Pá, Sín, Chải, Lũng, Cú, Mồ, Sáng, Huổi, Lếch, Co, Mạ, Chiềng, Khao, Pắc, Ngòi"),
          new String[] {"Làm nương", "Làm ruộng", "Trồng rừng", "Chăn nuôi", "Buôn bán nhỏ"}),
      DELTA(
          new int[][] {{1, 96}, {4, 2}, {6, 2}},
          "thôn",
          words(
              "An, Bình, Hòa, Phú, Thạnh, Tân, Long, Hưng, Đông, Tây, Mỹ, Lộc, Thuận, Yên, Xuân, Quang, Đức, Thượng, Hạ, Trung, Nghĩa, Phúc"),
          new String[] {"Làm ruộng", "Buôn bán", "Thợ xây", "Công nhân", "Nuôi trồng thủy sản"}),
      HIGHLANDS(
          new int[][] {{1, 62}, {10, 10}, {11, 10}, {12, 7}, {15, 5}, {20, 4}, {8, 2}},
          "buôn",
          words(
              "Ea, Kar, Ko, Tam, Plei, Ơi, Rông, Đăk, Tơ, Kon, Jun, Lắk, Pông, Drăng, Bông, Krông, Ia, Grai, Mơ, Nơng"),
          new String[] {"Trồng cà phê", "Trồng hồ tiêu", "Làm rẫy", "Chăn nuôi", "Buôn bán"}),
      MEKONG(
          new int[][] {{1, 84}, {5, 13}, {6, 3}},
          "ấp",
          words(
              "Tân, Long, Phú, Hòa, Thạnh, Mỹ, Vĩnh, An, Bình, Trà, Sóc, Kênh, Rạch, Cái, Giồng, Thới, Hiệp, Lợi"),
          new String[] {"Làm ruộng", "Nuôi tôm", "Trồng cây ăn trái", "Buôn bán", "Đánh bắt"});

      final int[][] ethnicities;
      final String village;
      final String[] syllables;
      final String[] occupations;

      Region(int[][] ethnicities, String village, String[] syllables, String[] occupations) {
        this.ethnicities = ethnicities;
        this.village = village;
        this.syllables = syllables;
        this.occupations = occupations;
      }

      String[] occupations() {
        return occupations;
      }
    }

    static final String[] PROVINCES =
        words(
            "Sơn La, Hà Giang, Cao Bằng, Bắc Kạn, Tuyên Quang, Lào Cai, Điện Biên, Lai Châu, Yên Bái, Hòa Bình, Thái Nguyên, Lạng Sơn, Quảng Ninh, Bắc Giang, Phú Thọ, Hà Nội, Hải Phòng, Vĩnh Phúc, Bắc Ninh, Hải Dương, Hưng Yên, Thái Bình, Hà Nam, Nam Định, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận, Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng, Bình Phước, Tây Ninh, Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Thành phố Hồ Chí Minh, Long An, Tiền Giang, Bến Tre, Trà Vinh, Vĩnh Long, Đồng Tháp, An Giang, Kiên Giang, Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau");

    static Region region(int province) {
      if (province < 15) {
        return Region.NORTH_MOUNTAINS;
      }
      if (province >= 39 && province <= 43) {
        return Region.HIGHLANDS;
      }
      if (province >= 50) {
        return Region.MEKONG;
      }
      return Region.DELTA;
    }

    static final String[] RELIGIONS = {"Phật giáo", "Công giáo", "Tin lành", "Cao Đài"};
    private static final String[] KINH_FAMILIES =
        words(
            "Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Phan, Đinh, Trịnh");
    private static final String[] KINH_MEN =
        words(
            "An, Bình, Cường, Dũng, Hải, Hùng, Khánh, Long, Minh, Nam, Phong, Quang, Sơn, Thắng, Tuấn, Việt, Hiếu, Đức, Trung, Thành");
    private static final String[] KINH_WOMEN =
        words(
            "Hà, Hoa, Lan, Phương, Thu, Hương, Hạnh, Thủy, Mai, Nga, Oanh, Yến, Linh, Trang, Ngọc, Huyền, Dung, Hằng");
    private static final String[] KINH_MIDDLE_MEN = words("Văn, Đức, Minh, Hữu, Quốc, Xuân");
    private static final String[] KINH_MIDDLE_WOMEN = {"Thị", "Thị", "Thị Thu", "Ngọc", "Thị Hồng"};
    private static final String[] HMONG_CLANS =
        words("Sùng, Giàng, Mùa, Hờ, Vàng, Lầu, Thào, Lý, Cứ, Hạng, Tráng, Mua");
    private static final String[] HMONG_MEN =
        words(
            "Dơ, Sử, Páo, Chua, Lử, Dế, Của, Tủa, Chơ, Vừ, Nhà, Pó, Sình, Pháy, Say, Chứ, Lồng, Xà, Tồng, Khua, Chu, Di");
    private static final String[] HMONG_WOMEN =
        words("Mỷ, Dua, Chá, Mai, Sua, Pà, Dợ, Chi, Ly, Xuân, Dở, Mo, Say");
    private static final String[] DAO_FAMILIES = words("Triệu, Bàn, Đặng, Lý, Phùng, Chảo");
    private static final String[] THAI_FAMILIES = words("Lò, Cầm, Quàng, Lường, Điêu, Vi");
    private static final String[] TAY_FAMILIES =
        words("Hoàng, Nông, Lương, Ma, Lộc, Hà, Bế, Triệu, La, Vi, Chu");
    private static final String[] KHMER_FAMILIES = words("Thạch, Sơn, Danh, Kim, Lâm, Châu");
    private static final String[] KHMER_GIVEN =
        words("Sóc, Sa Rết, Phol, Sa Ly, Chanh, Sô Phia, Ma Ra, Kha, Sen, Pho");
    private static final String[] HIGHLAND_FAMILIES =
        words("Niê, Êban, Mlô, Ksor, Siu, Rơ Châm, Nay, Rơ Mah, Đinh, Byă, Hđơk");
    private static final String[] HIGHLAND_GIVEN =
        words("Bhin, Blơi, Phun, Nga, Lan, Hyơ, Thuông, Kim, Sao, Dun, Mơ, Jú");

    static int ethnicity(Random random, Region region) {
      int roll = random.nextInt(100);
      for (int[] share : region.ethnicities) {
        if (roll < share[1]) {
          return share[0];
        }
        roll -= share[1];
      }
      return 1;
    }

    static String person(Random random, int ethnicity, boolean woman) {
      return switch (ethnicity) {
        case 8 ->
            pick(random, HMONG_CLANS)
                + (woman ? " Thị " + pick(random, HMONG_WOMEN) : " A " + pick(random, HMONG_MEN));
        case 9 ->
            pick(random, DAO_FAMILIES)
                + (woman ? " Thị " : " Văn ")
                + pick(random, woman ? HMONG_WOMEN : HMONG_MEN);
        case 3 -> pick(random, THAI_FAMILIES) + given(random, woman, false);
        case 2, 7 -> pick(random, TAY_FAMILIES) + given(random, woman, false);
        case 5 ->
            pick(random, KHMER_FAMILIES) + (woman ? " Thị " : " ") + pick(random, KHMER_GIVEN);
        case 10, 11, 12, 15, 20 ->
            (woman ? "H'" : "Y ")
                + pick(random, HIGHLAND_GIVEN)
                + " "
                + pick(random, HIGHLAND_FAMILIES);
        default -> pick(random, KINH_FAMILIES) + given(random, woman, true);
      };
    }

    private static String given(Random random, boolean woman, boolean kinh) {
      String middle =
          kinh ? pick(random, woman ? KINH_MIDDLE_WOMEN : KINH_MIDDLE_MEN) : woman ? "Thị" : "Văn";
      return " " + middle + " " + pick(random, woman ? KINH_WOMEN : KINH_MEN);
    }

    static String placeName(Random random, Region region) {
      String a = pick(random, region.syllables);
      String b = pick(random, region.syllables);
      while (b.equals(a)) {
        b = pick(random, region.syllables);
      }
      return a + " " + b;
    }

    record CellName(String name, CellType type) {}

    private static final Object[][] INSTITUTIONS = {
      {"Chi bộ Cơ quan Đảng ủy - Ủy ban nhân dân xã %s", CellType.AGENCY},
      {"Chi bộ Công an xã %s", CellType.ARMED_FORCES},
      {"Chi bộ Quân sự xã %s", CellType.ARMED_FORCES},
      {"Chi bộ Trạm Y tế xã %s", CellType.HEALTH_STATION},
      {"Chi bộ Trường Tiểu học %s", CellType.SCHOOL},
      {"Chi bộ Trường THCS %s", CellType.SCHOOL},
      {"Chi bộ Trường Mầm non %s", CellType.SCHOOL},
      {"Chi bộ Trạm Khuyến nông %s", CellType.AGRICULTURAL_EXTENSION_STATION}
    };

    /** A commune's cells: its agencies, station and schools, then its villages. */
    static List<CellName> cellNames(Random random, Region region, String commune, int count) {
      var names = new ArrayList<CellName>();
      int institutions = Math.min(INSTITUTIONS.length, Math.max(1, count / 3));
      for (int i = 0; i < institutions; i++) {
        names.add(
            new CellName(
                String.format((String) INSTITUTIONS[i][0], commune),
                (CellType) INSTITUTIONS[i][1]));
      }
      var used = new HashSet<String>();
      while (names.size() < count) {
        String name = placeName(random, region);
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
          unique = name + " " + n;
        }
        names.add(new CellName("Chi bộ " + region.village + " " + unique, CellType.VILLAGE));
      }
      return names;
    }

    /** A list written as one string, "a, b, c". */
    static String[] words(String list) {
      return list.split(", ");
    }

    static <T> T pick(Random random, T[] values) {
      return values[random.nextInt(values.length)];
    }
  }
}
