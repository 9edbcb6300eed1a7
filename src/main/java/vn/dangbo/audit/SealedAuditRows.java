package vn.dangbo.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.SealedRecords;

/**
 * The audit trail's copies of the sealed values: the rows of members, candidates, mentors'
 * observations, correction proposals' values and merged records it keeps as they were before and
 * after each change. Lines written before sealing began hold them clear; a pass seals them, and
 * reseals them under a new key, through the database's {@code audit_reseal} (V58), which changes
 * nothing else of a line.
 */
@Component
class SealedAuditRows implements SealedRecords {

  private static final String[] TYPES = {
    "member", "candidate", "mentor_observation", "correction_change", "member_merge"
  };
  private static final Set<String> KEYS =
      Set.of("citizen_id", "old_id_number", "phone", "residence", "note", "old_value", "new_value");
  private static final Set<String> MERGED =
      Set.of("citizen_id", "old_id_number", "phone", "residence");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  SealedAuditRows(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
  }

  @Override
  public String table() {
    return "audit_log";
  }

  @Override
  public Batch resealAfter(long afterId, int limit) {
    var ids = new ArrayList<Long>();
    var befores = new ArrayList<String>();
    var afters = new ArrayList<String>();
    long[] last = {-1};
    int[] looked = {0};
    jdbc.sql(
            """
            select id, before, after from audit_log
            where id > :after and record_type = any(:types) order by id limit :limit
            """)
        .param("after", afterId)
        .param("types", TYPES)
        .param("limit", limit)
        .query(
            rs -> {
              last[0] = rs.getLong("id");
              looked[0]++;
              String before = resealed(rs.getString("before"));
              String after = resealed(rs.getString("after"));
              if (before != null || after != null) {
                ids.add(rs.getLong("id"));
                befores.add(before);
                afters.add(after);
              }
            });
    if (!ids.isEmpty()) {
      jdbc.sql(
              "select audit_reseal(cast(:ids as bigint[]), cast(:befores as jsonb[]),"
                  + " cast(:afters as jsonb[]))")
          .param("ids", ids.toArray(Long[]::new))
          .param("befores", befores.toArray(String[]::new))
          .param("afters", afters.toArray(String[]::new))
          .query(Integer.class)
          .single();
    }
    return looked[0] == 0 ? Batch.none() : new Batch(last[0], looked[0], ids.size());
  }

  /**
   * The sealed keys of a stored row that are not as the current key writes them, resealed; or null.
   */
  private String resealed(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Object> row = JSON.readValue(text, ROW);
    var changed = personalData.resealedKeys(row, KEYS);
    if (row.get("merged_record") instanceof Map<?, ?> merged) {
      @SuppressWarnings("unchecked")
      var record = new LinkedHashMap<>((Map<String, Object>) merged);
      var inMerged = personalData.resealedKeys(record, MERGED);
      if (!inMerged.isEmpty()) {
        record.putAll(inMerged);
        changed.put("merged_record", record);
      }
    }
    return changed.isEmpty() ? null : JSON.writeValueAsString(changed);
  }
}
