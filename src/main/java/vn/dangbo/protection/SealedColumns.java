package vn.dangbo.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.shared.AuditInBulk;

/**
 * The sealed columns of a table with a bigint {@code id}, and the column that keeps the lookup hash
 * of one of them, if any: what an owning module declares as its {@link SealedRecords}. A batch
 * locks its rows, reseals what is clear or under another key, fills a missing lookup hash, and
 * writes the changed rows in one statement, which the audit trail keeps as one line with their keys
 * (the values themselves are unchanged).
 */
public final class SealedColumns implements SealedRecords {

  private final JdbcClient jdbc;
  private final PersonalData data;
  private final String table;
  private final List<String> columns;
  private final String hashed;
  private final String lookupColumn;

  /**
   * @param hashed the column among {@code columns} whose lookup hash is kept, or null
   * @param lookupColumn the column that keeps it, or null
   */
  public SealedColumns(
      JdbcClient jdbc,
      PersonalData data,
      String table,
      List<String> columns,
      String hashed,
      String lookupColumn) {
    this.jdbc = jdbc;
    this.data = data;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.hashed = hashed;
    this.lookupColumn = lookupColumn;
  }

  @Override
  public String table() {
    return table;
  }

  @Override
  public Batch resealAfter(long afterId, int limit) {
    var read = new ArrayList<>(columns);
    if (lookupColumn != null) {
      read.add(lookupColumn);
    }
    var ids = new ArrayList<Long>();
    var values = new ArrayList<String[]>();
    long[] last = {-1};
    int[] looked = {0};
    jdbc.sql(
            "select id, "
                + String.join(", ", read)
                + " from "
                + table
                + " where id > :after order by id limit :limit for update")
        .param("after", afterId)
        .param("limit", limit)
        .query(
            rs -> {
              long id = rs.getLong("id");
              last[0] = id;
              looked[0]++;
              var row = new String[read.size()];
              boolean changed = false;
              for (int i = 0; i < columns.size(); i++) {
                String stored = rs.getString(columns.get(i));
                row[i] = data.resealed(stored);
                changed |= !Objects.equals(row[i], stored);
              }
              if (lookupColumn != null) {
                String stored = rs.getString(lookupColumn);
                row[columns.size()] = data.lookup(data.open(rs.getString(hashed)));
                changed |= !Objects.equals(row[columns.size()], stored);
              }
              if (changed) {
                ids.add(id);
                values.add(row);
              }
            });
    if (!ids.isEmpty()) {
      write(read, ids, values);
    }
    return looked[0] == 0 ? Batch.none() : new Batch(last[0], looked[0], ids.size());
  }

  private void write(List<String> read, List<Long> ids, List<String[]> values) {
    var set = new ArrayList<String>();
    var names = new ArrayList<String>();
    var arrays = new ArrayList<String>();
    for (int i = 0; i < read.size(); i++) {
      set.add(read.get(i) + " = v.c" + i);
      names.add("c" + i);
      arrays.add("cast(:c" + i + " as text[])");
    }
    var statement =
        jdbc.sql(
                "update "
                    + table
                    + " t set "
                    + String.join(", ", set)
                    + " from unnest(cast(:ids as bigint[]), "
                    + String.join(", ", arrays)
                    + ") as v(id, "
                    + String.join(", ", names)
                    + ") where t.id = v.id")
            .param("ids", ids.toArray(Long[]::new));
    for (int i = 0; i < read.size(); i++) {
      int column = i;
      statement =
          statement.param("c" + i, values.stream().map(row -> row[column]).toArray(String[]::new));
    }
    AuditInBulk.around(jdbc, SealedRecords.AUDITED_AS, statement::update);
  }
}
