package vn.dangbo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Duplicates;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.Members;

/**
 * The database holds a person's citizen ID, phone, address and the mentors' notes sealed: read with
 * SQL, no table and no line of the audit trail shows one clear; the application still finds a
 * citizen ID exactly and refuses a second record with it; a new key reseals every row while the
 * application keeps reading.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EncryptionAtRestTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired Resealing resealing;
  @Autowired Members members;
  @Autowired Duplicates duplicates;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired List<SealedRecords> tables;

  @Test
  void sqlReadsNoCitizenIdPhoneAddressOrNoteInClear() {
    var clear = new ArrayList<String>();
    for (var column : List.of("citizen_id", "old_id_number", "phone", "residence")) {
      clear.addAll(opened("member", column));
    }
    for (var column : List.of("citizen_id", "phone", "residence")) {
      clear.addAll(opened("candidate", column));
    }
    clear.addAll(opened("mentor_observation", "note"));
    // of a correction's values, those of fields sealed in the record (an occupation is clear there)
    jdbc.sql(
            "select old_value, new_value from correction_change where field in ('PHONE', 'RESIDENCE')")
        .query(
            rs -> {
              for (int i = 1; i <= 2; i++) {
                if (rs.getString(i) != null) {
                  clear.add(personalData.open(rs.getString(i)));
                }
              }
            });
    assertThat(clear).as("the demo's values, opened by the application").hasSizeGreaterThan(50);
    assertThat(clear).contains("Bản Làng Chếu, xã Tà Xùa, Sơn La");

    for (var table :
        List.of("member", "candidate", "mentor_observation", "correction_change", "member_merge")) {
      long found =
          jdbc.sql(
                  "select count(*) from "
                      + table
                      + " t, unnest(cast(:values as text[])) v(value)"
                      + " where strpos(t::text, v.value) > 0")
              .param("values", clear.toArray(String[]::new))
              .query(Long.class)
              .single();
      assertThat(found).as("rows of %s holding a clear value", table).isZero();
    }
    long inTrail =
        jdbc.sql(
                """
                select count(*) from audit_log a, unnest(cast(:values as text[])) v(value)
                where a.record_type in ('member', 'candidate', 'mentor_observation',
                                        'correction_change', 'member_merge')
                  and strpos(coalesce(a.before::text, '') || coalesce(a.after::text, ''), v.value) > 0
                """)
            .param("values", clear.toArray(String[]::new))
            .query(Long.class)
            .single();
    assertThat(inTrail).as("lines of the audit trail holding a clear value").isZero();
  }

  @Test
  void aCitizenIdIsFoundExactlyAndASecondRecordWithItIsCaught() {
    var member = aMemberWithACitizenId();
    String citizenId = member.record().citizenId();
    assertThat(citizenId).matches("[0-9]{12}");

    var page =
        members.list(
            new MemberQuery(citizenId, null, null, null, null, null, null, null, null, null, 0, 20),
            ALL);
    assertThat(page.members()).extracting(m -> m.id()).containsExactly(member.id());
    assertThat(members.findByCitizenIds(List.of(citizenId), ALL)).containsOnlyKeys(citizenId);

    assertThat(duplicates.possibleDuplicates(member.record(), null))
        .as("a new record with the same citizen ID")
        .anySatisfy(
            d -> {
              assertThat(d.memberId()).isEqualTo(member.id());
              assertThat(d.reason()).isEqualTo("CITIZEN_ID");
            });
    assertThatThrownBy(
            () ->
                jdbc.sql("update member set citizen_id_lookup = :lookup where id <> :id")
                    .param("lookup", personalData.lookup(citizenId))
                    .param("id", member.id())
                    .update())
        .as("the lookup hash is unique")
        .hasMessageContaining("member_citizen_id_lookup_key");
    assertThatThrownBy(
            () ->
                jdbc.sql("update member set phone = '0912345678' where id = :id")
                    .param("id", member.id())
                    .update())
        .as("the database refuses a clear value")
        .hasMessageContaining("member_phone_sealed");
  }

  @Test
  void aNewKeyResealsEveryRowWhileTheApplicationKeepsReading() throws Exception {
    var before = openedMembers();
    String oldKey = personalData.keys().current();
    long trailBefore = jdbc.sql("select count(*) from audit_log").query(Long.class).single();

    String newKey = resealing.rotate();
    assertThat(newKey).isNotEqualTo(oldKey);
    assertThat(personalData.keys().ids()).contains(oldKey, newKey);
    assertThat(resealing.needed()).isTrue();
    var member = aMemberWithACitizenId();
    assertThat(personalData.seal("x")).startsWith("enc:v1:" + newKey + ":");

    var failures = new CopyOnWriteArrayList<Throwable>();
    var reads = new AtomicInteger();
    var done = new AtomicBoolean();
    var reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  var read = members.find(member.id(), ALL).orElseThrow();
                  assertThat(read.record().citizenId()).isEqualTo(member.record().citizenId());
                  assertThat(members.findByCitizenIds(List.of(member.record().citizenId()), ALL))
                      .hasSize(1);
                  reads.incrementAndGet();
                } catch (Throwable e) {
                  failures.add(e);
                }
              }
            });
    reader.start();
    var pass = resealing.run();
    done.set(true);
    reader.join();

    assertThat(failures).as("reads during the pass").isEmpty();
    assertThat(reads.get()).isPositive();
    assertThat(pass.changed()).isPositive();
    assertThat(resealing.needed()).isFalse();
    for (var table : List.of("member", "candidate", "mentor_observation")) {
      for (var column : sealedColumns(table)) {
        assertThat(
                jdbc.sql(
                        "select count(*) from "
                            + table
                            + " where "
                            + column
                            + " is not null and "
                            + column
                            + " not like :prefix")
                    .param("prefix", "enc:v1:" + newKey + ":%")
                    .query(Long.class)
                    .single())
            .as("%s.%s under another key", table, column)
            .isZero();
      }
    }
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_log
                    where record_type in ('member', 'candidate', 'mentor_observation')
                      and (coalesce(before::text, '') || coalesce(after::text, '')) like :old
                    """)
                .param("old", "%enc:v1:" + oldKey + ":%")
                .query(Long.class)
                .single())
        .as("the trail's copies under the old key")
        .isZero();
    assertThat(openedMembers()).as("every value the same").isEqualTo(before);
    long trailLines =
        jdbc.sql("select count(*) from audit_log").query(Long.class).single() - trailBefore;
    assertThat(trailLines)
        .as("one line per batch, not one per row")
        .isLessThan(pass.changed() / 10 + 20);
    assertThat(members.findByCitizenIds(List.of(member.record().citizenId()), ALL)).hasSize(1);
  }

  @Test
  void valuesWrittenBeforeSealingBeganAreSealedByThePass() {
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          long id = aMemberWithACitizenId().id();
          jdbc.sql("alter table member drop constraint member_phone_sealed").update();
          jdbc.sql(
                  "update member set phone = '0987654321', citizen_id_lookup = null where id = :id")
              .param("id", id)
              .update();
          jdbc.sql(
                  """
                  insert into audit_log (actor, action, record_type, record_id, after)
                  values ('test', 'UPDATE', 'member', :id, '{"phone": "0987654321"}')
                  """)
              .param("id", String.valueOf(id))
              .update();
          long auditId = jdbc.sql("select max(id) from audit_log").query(Long.class).single();

          assertThat(sealed("member").resealAfter(id - 1, 1).changed()).isEqualTo(1);
          var row =
              jdbc.sql("select phone, citizen_id_lookup from member where id = :id")
                  .param("id", id)
                  .query()
                  .singleRow();
          assertThat((String) row.get("phone")).startsWith("enc:v1:");
          assertThat(personalData.open((String) row.get("phone"))).isEqualTo("0987654321");
          assertThat(row.get("citizen_id_lookup")).as("the missing lookup hash").isNotNull();

          assertThat(
                  jdbc.sql(
                          "select count(*) from audit_log where id = :id and after->>'phone' = '0987654321'")
                      .param("id", auditId)
                      .query(Long.class)
                      .single())
              .isOne();
        });
    assertThat(
            jdbc.sql("select count(*) from pg_constraint where conname = 'member_phone_sealed'")
                .query(Long.class)
                .single())
        .as("rolled back")
        .isOne();
  }

  @Test
  void aMergedRecordKeptFromBeforeSealingIsSealedByThePass() {
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          long kept = aMemberWithACitizenId().id();
          jdbc.sql("alter table member_merge drop constraint member_merge_record_sealed").update();
          long id =
              jdbc.sql(
                      """
                      insert into member_merge (kept_id, merged_id, merged_record, merged_by)
                      values (:kept, 0, '{"full_name": "Sùng A Dơ", "phone": "0911222333"}', 'test')
                      returning id
                      """)
                  .param("kept", kept)
                  .query(Long.class)
                  .single();
          assertThat(sealed("member_merge").resealAfter(id - 1, 1).changed()).isOne();
          var row =
              jdbc.sql("select merged_record::text from member_merge where id = :id")
                  .param("id", id)
                  .query(String.class)
                  .single();
          assertThat(row).doesNotContain("0911222333").contains("Sùng A Dơ", "enc:v1:");
        });
  }

  @Test
  void theTrailsLinesWrittenBeforeSealingBeganAreSealedAndNothingElseOfThemChanges() {
    long id =
        jdbc.sql(
                """
                insert into audit_log (actor, action, record_type, record_id, before, after, detail)
                values ('test', 'UPDATE', 'candidate', '1', '{"phone": "0911111111", "stage": "SOURCE"}',
                        '{"phone": "0922222222", "stage": "SOURCE"}', 'trước khi mã hóa')
                returning id
                """)
            .query(Long.class)
            .single();
    var batch = transactions.execute(status -> sealed("audit_log").resealAfter(id - 1, 1));
    assertThat(batch.changed()).isOne();
    var row =
        jdbc.sql("select before, after, detail from audit_log where id = :id")
            .param("id", id)
            .query(
                (rs, n) ->
                    List.of(rs.getString("before"), rs.getString("after"), rs.getString("detail")))
            .single();
    assertThat(String.join(" ", row)).doesNotContain("0911111111", "0922222222");
    assertThat(row.get(0)).contains("\"stage\": \"SOURCE\"");
    assertThat(row.get(2)).isEqualTo("trước khi mã hóa");
  }

  @Test
  void anInstanceStartedWithAnotherCurrentKeyReseals() throws Exception {
    resealing.run();
    assertThat(resealing.needed()).isFalse();
    var copy = Files.createTempDirectory("dangbo-keys").resolve("dangbo.keys");
    Files.copy(java.nio.file.Path.of(personalData.keys().where()), copy);
    var restarted = new PersonalData(new KeyRings(null, null, null, copy, false));
    restarted.addKey();
    assertThat(new Resealing(List.of(), restarted, jdbc, transactions).needed())
        .as("its current key is not the one the last pass sealed under")
        .isTrue();
  }

  @Test
  void keysThatDoNotOpenTheDatabaseStopTheStart() throws Exception {
    var file = Files.createTempDirectory("dangbo-keys").resolve("other.keys");
    var other = new PersonalData(new KeyRings(null, null, null, file, true));
    var withOtherKeys = new Resealing(List.of(), other, jdbc, transactions);
    assertThatThrownBy(withOtherKeys::checkKeys)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not open this database's data");
    resealing.checkKeys();
  }

  @Test
  void theKeysPageIsTheAdministratorsOnly() {
    assertThat(mvc.get().uri("/admin/protection").with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("Khóa bảo vệ dữ liệu cá nhân", personalData.keys().current());
    assertThat(mvc.get().uri("/admin/protection").with(users.signedIn("vanphong.taxua")))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/admin/protection/rotate")
                .with(users.signedIn("bithu.langcheu"))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(403);
  }

  /** The sealed rows of a table, as its owning module declares them. */
  private SealedRecords sealed(String table) {
    return tables.stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
  }

  private vn.dangbo.members.Member aMemberWithACitizenId() {
    long id =
        jdbc.sql("select min(id) from member where citizen_id is not null")
            .query(Long.class)
            .single();
    return members.find(id, ALL).orElseThrow();
  }

  private List<String> opened(String table, String column) {
    return jdbc
        .sql("select " + column + " from " + table + " where " + column + " is not null")
        .query(String.class)
        .list()
        .stream()
        .map(personalData::open)
        .toList();
  }

  private Map<Long, List<String>> openedMembers() {
    var all = new HashMap<Long, List<String>>();
    jdbc.sql("select id, citizen_id, old_id_number, phone, residence from member")
        .query(
            rs -> {
              var values = new ArrayList<String>();
              for (int i = 2; i <= 5; i++) {
                values.add(personalData.open(rs.getString(i)));
              }
              all.put(rs.getLong(1), values);
            });
    return all;
  }

  private static List<String> sealedColumns(String table) {
    return switch (table) {
      case "member" -> List.of("citizen_id", "old_id_number", "phone", "residence");
      case "candidate" -> List.of("citizen_id", "phone", "residence");
      default -> List.of("note");
    };
  }
}
