package vn.dangbo.cellreports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.shared.RefusedException;

/** Where monthly reports are loaded and saved, with their steps. */
@Repository
class MonthlyReportRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  MonthlyReportRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<MonthlyReport> find(long id) {
    return reports("where r.id = :id", Map.of("id", id)).stream().findFirst();
  }

  Optional<MonthlyReport> find(long cellId, YearMonth month) {
    return reports(
            "where r.cell_id = :cell and r.month = :month",
            Map.of("cell", cellId, "month", month.atDay(1)))
        .stream()
        .findFirst();
  }

  /** The reports of the cells for the months from the first to the last, both included. */
  List<MonthlyReport> ofCells(Collection<Long> cells, YearMonth first, YearMonth last) {
    return reports(
        "where r.cell_id = any(:cells) and r.month between :first and :last",
        Map.of(
            "cells", cells.toArray(Long[]::new),
            "first", first.atDay(1),
            "last", last.atDay(1)));
  }

  /** Saves the report: a new one is added, a known one updated if nobody changed it meanwhile. */
  MonthlyReport save(MonthlyReport report, String by) {
    long id = report.id();
    if (id == 0) {
      try {
        id =
            jdbc.sql(
                    """
                    insert into cell_monthly_report (cell_id, month, state, entered_by)
                    values (:cell, :month, 'DRAFT', :by) returning id
                    """)
                .param("cell", report.cellId())
                .param("month", report.month().atDay(1))
                .param("by", by)
                .query(Long.class)
                .single();
      } catch (DuplicateKeyException e) {
        throw new RefusedException("cellReport.refused.changedMeanwhile");
      }
    }
    var f = report.figures();
    int updated =
        jdbc.sql(
                """
                update cell_monthly_report set state = :state, problems = :problems,
                  proposals = :proposals, meetings = :meetings, regular_meetings = :regular,
                  thematic_meetings = :thematic, attendance_percent = :attendance,
                  absent_unexcused = :absent, sources = :sources, outstanding = :outstanding,
                  course = :course, admitted = :admitted, official = :official,
                  in_development = :pipeline, dues_members = :duesMembers, dues_due = :due,
                  dues_paid = :paid, dues_behind = :behind, version = version + 1
                where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", report.id() == 0 ? 0 : report.version())
            .param("state", report.state().name())
            .param("problems", report.problems())
            .param("proposals", report.proposals())
            .param("meetings", f == null ? null : f.meetings())
            .param("regular", f == null ? null : f.regularMeetings())
            .param("thematic", f == null ? null : f.thematicMeetings())
            .param("attendance", f == null ? null : f.attendancePercent())
            .param("absent", f == null ? null : f.absentUnexcused())
            .param("sources", f == null ? null : f.sources())
            .param("outstanding", f == null ? null : f.outstanding())
            .param("course", f == null ? null : f.course())
            .param("admitted", f == null ? null : f.admitted())
            .param("official", f == null ? null : f.official())
            .param("pipeline", f == null ? null : f.inDevelopment())
            .param("duesMembers", f == null ? null : f.duesMembers())
            .param("due", f == null ? null : f.duesDue())
            .param("paid", f == null ? null : f.duesPaid())
            .param("behind", f == null ? null : f.duesBehind())
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("cell_monthly_report " + id);
    }
    int known =
        jdbc.sql("select count(*) from cell_monthly_report_step where report_id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    for (var step : report.steps().subList(known, report.steps().size())) {
      jdbc.sql(
              """
              insert into cell_monthly_report_step (report_id, action, at, by_user, comment)
              values (:id, :action, :at, :by, :comment)
              """)
          .param("id", id)
          .param("action", step.action().name())
          .param("at", step.at())
          .param("by", step.by())
          .param("comment", step.comment())
          .update();
    }
    return find(id).orElseThrow();
  }

  private List<MonthlyReport> reports(String where, Map<String, ?> params) {
    var rows =
        jdbc.sql("select r.* from cell_monthly_report r " + where + " order by r.month, r.cell_id")
            .params(params)
            .query(MonthlyReportRepository::row)
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    var steps = new HashMap<Long, List<MonthlyReport.Step>>();
    jdbc.sql("select * from cell_monthly_report_step where report_id = any(:ids) order by id")
        .param("ids", rows.stream().map(MonthlyReport::id).toArray(Long[]::new))
        .query(
            rs -> {
              steps
                  .computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                  .add(
                      new MonthlyReport.Step(
                          MonthlyReport.Action.valueOf(rs.getString("action")),
                          rs.getObject("at", OffsetDateTime.class)
                              .atZoneSameInstant(clock.getZone())
                              .toOffsetDateTime(),
                          rs.getString("by_user"),
                          rs.getString("comment")));
            });
    return rows.stream()
        .map(
            r ->
                new MonthlyReport(
                    r.id(),
                    r.cellId(),
                    r.month(),
                    r.state(),
                    r.problems(),
                    r.proposals(),
                    r.figures(),
                    steps.getOrDefault(r.id(), List.of()),
                    r.version()))
        .toList();
  }

  private static MonthlyReport row(ResultSet rs, int n) throws SQLException {
    boolean filled = rs.getObject("meetings") != null;
    var figures =
        filled
            ? new MonthlyFigures(
                rs.getInt("meetings"),
                rs.getInt("regular_meetings"),
                rs.getInt("thematic_meetings"),
                rs.getObject("attendance_percent", Integer.class),
                rs.getInt("absent_unexcused"),
                rs.getInt("sources"),
                rs.getInt("outstanding"),
                rs.getInt("course"),
                rs.getInt("admitted"),
                rs.getInt("official"),
                rs.getInt("in_development"),
                rs.getInt("dues_members"),
                rs.getLong("dues_due"),
                rs.getLong("dues_paid"),
                rs.getInt("dues_behind"))
            : null;
    return new MonthlyReport(
        rs.getLong("id"),
        rs.getLong("cell_id"),
        YearMonth.from(rs.getObject("month", LocalDate.class)),
        MonthlyReport.State.valueOf(rs.getString("state")),
        rs.getString("problems"),
        rs.getString("proposals"),
        figures,
        List.of(),
        rs.getInt("version"));
  }
}
