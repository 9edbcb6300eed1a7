package vn.dangbo.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.protection.PersonalData;

/** Where correction proposals are loaded and saved, with their changes and attachment. */
@Repository
class CorrectionRepository {

  private static final String SELECT =
      """
      select p.id, p.member_id, p.cell_id, p.note, p.attachment_name, p.attachment_type,
        coalesce(length(p.content), 0) as attachment_size, p.state, p.proposed_by,
        p.proposed_at, p.decided_by, p.decided_at, p.decision_note, p.version
      from correction_proposal p
      """;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonalData personalData;

  CorrectionRepository(JdbcClient jdbc, Clock clock, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
    this.clock = clock;
  }

  Optional<CorrectionProposal> find(long id) {
    return proposals("where p.id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** The member's proposals, the latest first. */
  List<CorrectionProposal> ofMember(long memberId) {
    return proposals("where p.member_id = :m", Map.of("m", memberId));
  }

  /** The cells' proposals pending, and those decided since the day, the latest first. */
  List<CorrectionProposal> ofCells(Collection<Long> cells, OffsetDateTime decidedSince) {
    return proposals(
        "where p.cell_id = any(:cells) and (p.state = 'PENDING' or p.decided_at >= :since)",
        Map.of("cells", cells.toArray(Long[]::new), "since", decidedSince));
  }

  /** The attached document's bytes, or nothing. */
  Optional<byte[]> attachment(long id) {
    return jdbc.sql("select content from correction_proposal where id = :id")
        .param("id", id)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .filter(java.util.Objects::nonNull);
  }

  long add(CorrectionProposal proposal, byte[] attachment) {
    var a = proposal.attachment();
    long id =
        jdbc.sql(
                """
                insert into correction_proposal (member_id, cell_id, note, attachment_name,
                  attachment_type, content, state, proposed_by, proposed_at)
                values (:member, :cell, :note, :name, :type, :bytes, 'PENDING', :by, :at)
                returning id
                """)
            .param("member", proposal.memberId())
            .param("cell", proposal.cellId())
            .param("note", proposal.note())
            .param("name", a == null ? null : a.name())
            .param("type", a == null ? null : a.type())
            .param("bytes", a == null ? null : attachment)
            .param("by", proposal.proposedBy())
            .param("at", proposal.proposedAt())
            .query(Long.class)
            .single();
    for (var change : proposal.changes()) {
      jdbc.sql(
              """
              insert into correction_change (proposal_id, field, old_value, new_value)
              values (:id, :field, :old, :new)
              """)
          .param("id", id)
          .param("field", change.field().name())
          .param("old", personalData.seal(change.oldValue()))
          .param("new", personalData.seal(change.newValue()))
          .update();
    }
    return id;
  }

  void saveDecision(CorrectionProposal proposal) {
    int updated =
        jdbc.sql(
                """
                update correction_proposal set state = :state, decided_by = :by,
                  decided_at = :at, decision_note = :note, version = version + 1
                where id = :id and version = :version
                """)
            .param("state", proposal.state().name())
            .param("by", proposal.decidedBy())
            .param("at", proposal.decidedAt())
            .param("note", proposal.decisionNote())
            .param("id", proposal.id())
            .param("version", proposal.version())
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("correction_proposal " + proposal.id());
    }
  }

  private List<CorrectionProposal> proposals(String where, Map<String, ?> params) {
    var rows =
        jdbc.sql(SELECT + where + " order by p.proposed_at desc, p.id desc")
            .params(params)
            .query(this::row)
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    var changes = new HashMap<Long, List<CorrectionProposal.Change>>();
    jdbc.sql("select * from correction_change where proposal_id = any(:ids) order by field")
        .param("ids", rows.stream().map(CorrectionProposal::id).toArray(Long[]::new))
        .query(
            rs -> {
              changes
                  .computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>())
                  .add(
                      new CorrectionProposal.Change(
                          CorrectableField.valueOf(rs.getString("field")),
                          personalData.open(rs.getString("old_value")),
                          personalData.open(rs.getString("new_value"))));
            });
    return rows.stream()
        .map(
            p ->
                new CorrectionProposal(
                    p.id(),
                    p.memberId(),
                    p.cellId(),
                    changes.getOrDefault(p.id(), List.of()),
                    p.note(),
                    p.attachment(),
                    p.state(),
                    p.proposedBy(),
                    p.proposedAt(),
                    p.decidedBy(),
                    p.decidedAt(),
                    p.decisionNote(),
                    p.version()))
        .toList();
  }

  private CorrectionProposal row(ResultSet rs, int n) throws SQLException {
    String name = rs.getString("attachment_name");
    return new CorrectionProposal(
        rs.getLong("id"),
        rs.getLong("member_id"),
        rs.getLong("cell_id"),
        List.of(),
        rs.getString("note"),
        name == null
            ? null
            : new CorrectionProposal.Attachment(
                name, rs.getString("attachment_type"), rs.getInt("attachment_size")),
        CorrectionProposal.State.valueOf(rs.getString("state")),
        rs.getString("proposed_by"),
        local(rs.getObject("proposed_at", OffsetDateTime.class)),
        rs.getString("decided_by"),
        local(rs.getObject("decided_at", OffsetDateTime.class)),
        rs.getString("decision_note"),
        rs.getInt("version"));
  }

  private OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
  }
}
