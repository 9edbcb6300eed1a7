package vn.dangbo.records;

import java.time.OffsetDateTime;
import vn.dangbo.shared.RefusedException;

/**
 * A member's request about their personal data (yêu cầu về dữ liệu cá nhân): to delete it or to
 * restrict its processing, with their reason. The office answers: granted, saying what was done, or
 * refused with the legal reason.
 */
public record DataRequest(
    long id,
    long memberId,
    long cellId,
    Kind kind,
    String reason,
    State state,
    String askedBy,
    OffsetDateTime askedAt,
    String answeredBy,
    OffsetDateTime answeredAt,
    String answer,
    String legalBasis,
    int version) {

  static final int TEXT_LIMIT = 1000;
  static final int BASIS_LIMIT = 500;

  public enum Kind {
    /** Delete the data (xóa dữ liệu). */
    DELETION,
    /** Restrict its processing (hạn chế xử lý dữ liệu). */
    RESTRICTION
  }

  public enum State {
    PENDING,
    GRANTED,
    REFUSED
  }

  /** A new request, with the member's reason. */
  static DataRequest ask(
      long memberId, long cellId, Kind kind, String reason, String by, OffsetDateTime at) {
    if (kind == null) {
      throw RefusedException.forField("kind", "dataRequest.refused.kind");
    }
    return new DataRequest(
        0,
        memberId,
        cellId,
        kind,
        text(reason, "reason", TEXT_LIMIT),
        State.PENDING,
        by,
        at,
        null,
        null,
        null,
        null,
        0);
  }

  /** Granted: the answer says what was done. */
  DataRequest granted(String answer, String by, OffsetDateTime at) {
    return answered(State.GRANTED, text(answer, "answer", TEXT_LIMIT), null, by, at);
  }

  /** Refused: the answer and the legal reason, both required. */
  DataRequest refused(String answer, String legalBasis, String by, OffsetDateTime at) {
    return answered(
        State.REFUSED,
        text(answer, "answer", TEXT_LIMIT),
        text(legalBasis, "legalBasis", BASIS_LIMIT),
        by,
        at);
  }

  private DataRequest answered(
      State to, String answer, String basis, String by, OffsetDateTime at) {
    if (state != State.PENDING) {
      throw new RefusedException("dataRequest.refused.answered");
    }
    return new DataRequest(
        id, memberId, cellId, kind, reason, to, askedBy, askedAt, by, at, answer, basis, version);
  }

  private static String text(String value, String field, int limit) {
    if (value == null || value.isBlank()) {
      throw RefusedException.forField(field, "dataRequest.refused.required");
    }
    String clean = value.strip();
    if (clean.length() > limit) {
      throw RefusedException.forField(field, "dataRequest.refused.tooLong", limit);
    }
    return clean;
  }
}
