package vn.dangbo.audit;

import java.time.LocalDate;

/** What the viewer asks for: any of a person (account), a record and a period, and a page. */
public record AuditQuery(
    String actor, String recordType, String recordId, LocalDate from, LocalDate to, int page) {

  public static final int PAGE_SIZE = 50;

  /** The most lines an export holds. */
  public static final int EXPORT_LIMIT = 20_000;
}
