package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.organization.CorrectionWrite;
import vn.dangbo.organization.OwnWrite;

/**
 * Every endpoint (pages and API) against every role, on records of the Làng Chếu village cell, and
 * for its secretary also on records of another cell (Khe Lóng). The expected outcomes are the table
 * {@code security/access-matrix.tsv}: A allowed (the request reaches the work: 2xx, a redirect
 * elsewhere than the sign-in page, or a refusal of the input such as 400/409/422), R refused (403
 * or 404), L sign-in needed. An endpoint missing from the table fails the build, as does any 5xx.
 * Writes run in a transaction rolled back after the test.
 *
 * <p>After a deliberate change, {@code -Daccess-matrix.write=true} writes the outcomes observed to
 * {@code target/access-matrix-observed.tsv}, to be read line by line before it replaces the table.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
@Transactional
class AccessMatrixTests {

  static final String TABLE = "src/test/resources/security/access-matrix.tsv";

  /** The columns of the table: who asks, and whether about the other cell's records. */
  static final List<String> PRINCIPALS =
      List.of(
          "anonymous",
          "admin",
          "vanphong.taxua",
          "phutrach.my",
          "bithu.langcheu",
          "dangvien.langcheu",
          "tinh.sonla",
          "bithu.langcheu@other",
          "vanphong.langcheu");

  /** Who may change nothing of the Làng Chếu cell's records. */
  static final List<String> READ_ONLY =
      List.of(
          "phutrach.my",
          "dangvien.langcheu",
          "tinh.sonla",
          "bithu.langcheu@other",
          "vanphong.langcheu");

  /**
   * Who may change nothing at all (the office of the Làng Chếu commune, ended with the 2025 merger,
   * among them): every write but those about themselves is refused before its body is read.
   */
  static final List<String> WRITE_NOTHING =
      List.of("phutrach.my", "dangvien.langcheu", "tinh.sonla", "vanphong.langcheu");

  /** The endpoints that take a file upload (a multipart request). */
  private final java.util.Set<String> multipart = new java.util.HashSet<>();

  @Autowired MockMvc mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
    var handlers = endpoints();
    var endpoints = new ArrayList<>(handlers.keySet());
    var observed = new TreeMap<String, String>();
    var inScope = samples("Chi bộ bản Làng Chếu");
    var otherCell = samples("Chi bộ bản Khe Lóng");
    var serverErrors = new ArrayList<String>();
    var wrote = new ArrayList<String>();
    var readBeforeRefused = new ArrayList<String>();
    for (var endpoint : endpoints) {
      var outcomes = new StringBuilder();
      for (var principal : PRINCIPALS) {
        boolean other = principal.endsWith("@other");
        String user = other ? principal.substring(0, principal.indexOf('@')) : principal;
        long changesBefore = changes();
        int status;
        try {
          status = call(endpoint, user, other ? otherCell : inScope);
        } catch (jakarta.servlet.ServletException e) {
          status = 500;
          serverErrors.add(endpoint + " as " + principal + ": " + e.getRootCause());
        }
        if (status >= 500
            && serverErrors.stream().noneMatch(l -> l.startsWith(endpoint + " as " + principal))) {
          serverErrors.add(endpoint + " as " + principal + ": " + status);
        }
        if (!endpoint.startsWith("GET")
            && READ_ONLY.contains(principal)
            && changes() != changesBefore
            && !handlers.get(endpoint).hasMethodAnnotation(OwnWrite.class)) {
          wrote.add(endpoint + " as " + principal);
        }
        var handler = handlers.get(endpoint);
        if (!endpoint.startsWith("GET")
            && WRITE_NOTHING.contains(principal)
            && !handler.hasMethodAnnotation(OwnWrite.class)
            && !(principal.equals("vanphong.langcheu")
                && handler.hasMethodAnnotation(CorrectionWrite.class))
            && status != 403) {
          readBeforeRefused.add(endpoint + " as " + principal + ": " + status);
        }
        outcomes.append('\t').append(classify(status));
      }
      observed.put(endpoint, outcomes.toString());
    }
    if (Boolean.getBoolean("access-matrix.write")) {
      var lines = new ArrayList<String>();
      lines.add("# endpoint\t" + String.join("\t", PRINCIPALS));
      observed.forEach((endpoint, outcomes) -> lines.add(endpoint + outcomes));
      Files.write(Path.of("target/access-matrix-observed.tsv"), lines, StandardCharsets.UTF_8);
    }
    assertThat(serverErrors).as("server errors").isEmpty();
    assertThat(wrote).as("writes by someone who may not make them").isEmpty();
    assertThat(readBeforeRefused)
        .as("writes answered otherwise than 403 to someone who may write nothing")
        .isEmpty();
    var expected = expected();
    assertThat(observed.keySet())
        .as("endpoints without a line in " + TABLE + " (add one, after deciding who may call it)")
        .isSubsetOf(expected.keySet());
    assertThat(expected.keySet())
        .as("lines of endpoints that no longer exist")
        .isSubsetOf(observed.keySet());
    var differences = new ArrayList<String>();
    observed.forEach(
        (endpoint, outcomes) -> {
          if (!outcomes.equals(expected.get(endpoint))) {
            differences.add(
                endpoint + "\n  expected" + expected.get(endpoint) + "\n  observed" + outcomes);
          }
        });
    assertThat(differences).as("endpoints answering otherwise than the table").isEmpty();
  }

  /** Every mapped method and path, as "GET /members/{id}", with its handler. */
  private Map<String, HandlerMethod> endpoints() {
    var result = new TreeMap<String, HandlerMethod>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (var pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                  continue;
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                  result.put(verb + " " + pattern, method);
                  if (info.getConsumesCondition().getConsumableMediaTypes().stream()
                      .anyMatch(MediaType.MULTIPART_FORM_DATA::equals)) {
                    multipart.add(verb + " " + pattern);
                  }
                }
              }
            });
    return result;
  }

  private int call(String endpoint, String user, Map<String, String> samples) throws Exception {
    String verb = endpoint.substring(0, endpoint.indexOf(' '));
    String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), samples);
    var request =
        multipart.contains(endpoint)
            ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(verb), path)
            : MockMvcRequestBuilders.request(HttpMethod.valueOf(verb), path);
    if (verb.equals("GET")) {
      // the period and choices pages and reports ask for, so the call reaches its scope check
      request
          .param("from", "2024-01-01")
          .param("to", "2024-12-31")
          .param("on", "2024-12-31")
          .param("year", "2024")
          .param("action", "RENAME")
          .param("subject", samples.get("candidates"));
    } else {
      request.with(csrf());
      if (path.startsWith("/api/") && !multipart.contains(endpoint)) {
        request.contentType("application/json").content("{}");
      }
    }
    if (!user.equals("anonymous")) {
      request.with(users.signedIn(user));
    }
    var response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();
    if (status == 302 && String.valueOf(response.getRedirectedUrl()).contains("/login")) {
      return 401;
    }
    return status;
  }

  private static String classify(int status) {
    if (status == 401) {
      return "L";
    }
    if (status == 403 || status == 404) {
      return "R";
    }
    return status >= 400 ? "B" : "A";
  }

  /** Puts the sample records in the path: ids by the resource the path is about. */
  private static String fill(String pattern, Map<String, String> samples) {
    String path =
        pattern.replace("{format:json|xlsx|pdf}", "xlsx").replace("{format:docx|pdf}", "docx");
    String[] segments = path.replaceFirst("^/api/v1", "").split("/");
    String resource = segments.length > 1 ? segments[1] : "";
    var replacements = new LinkedHashMap<String, String>();
    replacements.put("{id}", samples.get(resource));
    replacements.put("{document}", samples.get("document"));
    replacements.put("{template}", "6-KND");
    replacements.put("{version}", "0");
    replacements.put("{name}", "member-statistics");
    replacements.put("{format}", "xlsx");
    replacements.put("{cellId}", samples.get("cell"));
    replacements.put("{year}", "2026");
    replacements.put("{day}", "2099-01-05");
    replacements.put("{placeId}", samples.get("places"));
    replacements.put("{assignmentId}", samples.get("assignments"));
    replacements.put("{payment}", samples.get("payment"));
    replacements.put("{term}", samples.get("terms"));
    replacements.put("{step}", "PLAN");
    // a month to come: readers and writers are told so, nothing is written
    replacements.put("{month}", "2099-01");
    replacements.put("{organization}", samples.get("organizations"));
    for (var e : replacements.entrySet()) {
      if (path.contains(e.getKey())) {
        // a record the demo lacks is asked for as id 0: refused to everyone
        path = path.replace(e.getKey(), e.getValue() == null ? "0" : e.getValue());
      }
    }
    assertThat(path).as("every variable of %s filled", pattern).doesNotContain("{");
    return path;
  }

  /** The records of one cell that paths name, by the first segment of the path. */
  private Map<String, String> samples(String cellName) {
    long cell = demo.named(cellName);
    var samples = new HashMap<String, String>();
    samples.put("cell", String.valueOf(cell));
    samples.put("organizations", String.valueOf(cell));
    samples.put("units", String.valueOf(cell));
    samples.put("members", first("select id from member where cell_id = ?", cell));
    samples.put("candidates", first("select id from candidate where cell_id = ?", cell));
    String meeting = first("select id from meeting where organization_id = ? order by id", cell);
    samples.put("meetings", meeting);
    // attachments come and go with other tests: a document that does not exist, the same for all
    samples.put("document", "0");
    samples.put(
        "evaluations",
        first(
            "select c.id from evaluation_cycle c join evaluation e on e.cycle_id = c.id"
                + " where e.cell_id = ?",
            cell));
    samples.put("evaluation-cycles", samples.get("evaluations"));
    samples.put(
        "items",
        first("select id from evaluation where cell_id = ? and member_id is not null", cell));
    samples.put(
        "accounts",
        first(
            "select id from user_account where organization_id = ? and role = 'CELL_SECRETARY'",
            cell));
    samples.put("assignments", first("select id from cell_assignment where cell_id = ?", cell));
    samples.put(
        "committee-members",
        first("select committee_member_id from cell_assignment where cell_id = ?", cell));
    samples.put(
        "places",
        first(
            "select p.id from place p join place_service s on s.place_id = p.id"
                + " where s.cell_id = ?",
            cell));
    samples.put("courses", first("select id from course_session order by id", null));
    samples.put(
        "payment",
        first(
            "select id from dues_payment where member_id = ? order by id", memberSample(samples)));
    // the demo records members away only in the village cell: elsewhere an id no record has
    samples.put(
        "absences",
        java.util.Objects.requireNonNullElse(
            first("select id from member_absence where cell_id = ? order by id", cell), "0"));
    samples.put(
        "terms",
        first("select id from party_term where organization_id = ? and closed_on is null", cell));
    System.out.println("access matrix samples of " + cellName + ": " + samples);
    for (var resource : List.of("members", "candidates", "meetings", "evaluations", "items")) {
      assertThat(samples.get(resource)).as("a %s of %s", resource, cellName).isNotNull();
    }
    return samples;
  }

  private static Long memberSample(Map<String, String> samples) {
    return samples.get("members") == null ? null : Long.valueOf(samples.get("members"));
  }

  private String first(String sql, Long parameter) {
    // the demo's own rows have the lowest ids: the same sample whatever other tests added
    var query = jdbc.sql((sql.contains("order by") ? sql : sql + " order by 1") + " limit 1");
    if (parameter != null) {
      query = query.param(parameter);
    }
    return query.query(Long.class).optional().map(String::valueOf).orElse(null);
  }

  /** Changes written so far (in this test's transaction too), as the audit trail counts them. */
  private long changes() {
    return jdbc.sql("select count(*) from audit_log where action in ('INSERT', 'UPDATE', 'DELETE')")
        .query(Long.class)
        .single();
  }

  private static Map<String, String> expected() throws IOException {
    var result = new TreeMap<String, String>();
    for (var line : Files.readAllLines(Path.of(TABLE), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      result.put(line.substring(0, tab), line.substring(tab));
    }
    return result;
  }
}
