package vn.dangbo.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.SealedRecords;
import vn.dangbo.shared.AuditInBulk;

/**
 * The record of a duplicate kept when it was merged ({@code member_merge.merged_record}, the row as
 * it was) holds the member's sealed values; those of merges made before sealing began are sealed by
 * a pass, and all are resealed under a new key.
 */
@Component
class MergedRecordSealing implements SealedRecords {

  private static final List<String> KEYS =
      List.of("citizen_id", "old_id_number", "phone", "residence");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  MergedRecordSealing(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
  }

  @Override
  public String table() {
    return "member_merge";
  }

  @Override
  public Batch resealAfter(long afterId, int limit) {
    var ids = new ArrayList<Long>();
    var patches = new ArrayList<String>();
    long[] last = {-1};
    int[] looked = {0};
    jdbc.sql(
            "select id, merged_record from member_merge where id > :after order by id"
                + " limit :limit for update")
        .param("after", afterId)
        .param("limit", limit)
        .query(
            rs -> {
              last[0] = rs.getLong("id");
              looked[0]++;
              var changed =
                  personalData.resealedKeys(
                      JSON.readValue(rs.getString("merged_record"), ROW), KEYS);
              if (!changed.isEmpty()) {
                ids.add(rs.getLong("id"));
                patches.add(JSON.writeValueAsString(changed));
              }
            });
    if (!ids.isEmpty()) {
      var update =
          jdbc.sql(
                  """
                  update member_merge m set merged_record = m.merged_record || v.patch
                  from unnest(cast(:ids as bigint[]), cast(:patches as jsonb[])) as v(id, patch)
                  where m.id = v.id
                  """)
              .param("ids", ids.toArray(Long[]::new))
              .param("patches", patches.toArray(String[]::new));
      AuditInBulk.around(jdbc, SealedRecords.AUDITED_AS, update::update);
    }
    return looked[0] == 0 ? Batch.none() : new Batch(last[0], looked[0], ids.size());
  }
}
