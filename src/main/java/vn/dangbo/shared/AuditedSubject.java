package vn.dangbo.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the record a download is about (a paper about a member, say), so that the audit trail's
 * line for the download carries it and the person can later see who took their record away.
 */
public final class AuditedSubject {

  /** The request attribute the audit trail reads: "type:id". */
  public static final String ATTRIBUTE = AuditedSubject.class.getName();

  private AuditedSubject() {}

  /** The download answering this request is about the record of the kind (a table name). */
  public static void of(HttpServletRequest request, String recordType, long id) {
    request.setAttribute(ATTRIBUTE, recordType + ":" + id);
  }
}
