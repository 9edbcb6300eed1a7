package vn.dangbo.audit;

import java.time.LocalDate;

/**
 * What the viewer asks for: any of a person (account), a record and a period, and a page; with
 * {@code reads}, only the views of full records and the downloads (what an account read or took
 * away: the list an incident report needs).
 */
public record AuditQuery(
    String actor,
    String recordType,
    String recordId,
    LocalDate from,
    LocalDate to,
    int page,
    boolean reads) {

  public AuditQuery(
      String actor, String recordType, String recordId, LocalDate from, LocalDate to, int page) {
    this(actor, recordType, recordId, from, to, page, false);
  }

  public static final int PAGE_SIZE = 50;

  /** The most lines an export holds. */
  public static final int EXPORT_LIMIT = 20_000;
}
