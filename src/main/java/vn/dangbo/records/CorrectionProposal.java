package vn.dangbo.records;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.shared.RefusedException;

/**
 * A member's proposal to correct their own record (đề nghị sửa thông tin): the fields with their
 * value then and the value proposed, a note, perhaps a document attached. The cell's secretary or
 * the office accepts it (only then does the record change) or rejects it with the reason.
 */
public record CorrectionProposal(
    long id,
    long memberId,
    long cellId,
    List<Change> changes,
    String note,
    Attachment attachment,
    State state,
    String proposedBy,
    OffsetDateTime proposedAt,
    String decidedBy,
    OffsetDateTime decidedAt,
    String decisionNote,
    int version) {

  /** The largest attachment, in bytes. */
  static final int ATTACHMENT_LIMIT = 2 * 1024 * 1024;

  static final int NOTE_LIMIT = 1000;

  private static final Set<String> ATTACHMENT_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png");

  public enum State {
    PENDING,
    ACCEPTED,
    REJECTED
  }

  /** One field: its value when proposed, and the value proposed (null: remove it). */
  public record Change(CorrectableField field, String oldValue, String newValue) {}

  /** A document attached: its name, type and size; the bytes are loaded on demand. */
  public record Attachment(String name, String type, int size) {}

  public CorrectionProposal {
    changes = List.copyOf(changes);
  }

  /**
   * A new proposal on the record: at least one field whose proposed value differs from the
   * record's, each checked; the attachment a PDF, JPEG or PNG of at most 2 MB.
   */
  static CorrectionProposal propose(
      long memberId,
      long cellId,
      MemberRecord current,
      Map<CorrectableField, String> proposed,
      String note,
      Attachment attachment,
      String by,
      OffsetDateTime at) {
    var changes = new ArrayList<Change>();
    for (var field : CorrectableField.values()) {
      if (proposed == null || !proposed.containsKey(field)) {
        continue;
      }
      String value = field.checked(proposed.get(field));
      String old = field.of(current);
      if (!Objects.equals(value, old)) {
        changes.add(new Change(field, old, value));
      }
    }
    if (changes.isEmpty()) {
      throw new RefusedException("correction.refused.nothingChanged");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > NOTE_LIMIT) {
      throw RefusedException.forField("note", "correction.refused.tooLong", NOTE_LIMIT);
    }
    if (attachment != null) {
      if (!ATTACHMENT_TYPES.contains(attachment.type())) {
        throw RefusedException.forField("attachment", "correction.refused.attachmentType");
      }
      if (attachment.size() > ATTACHMENT_LIMIT || attachment.size() == 0) {
        throw RefusedException.forField("attachment", "correction.refused.attachmentSize");
      }
    }
    return new CorrectionProposal(
        0,
        memberId,
        cellId,
        changes,
        cleanNote,
        attachment,
        State.PENDING,
        by,
        at,
        null,
        null,
        null,
        0);
  }

  /** The record with the proposed values: what acceptance writes. */
  MemberRecord appliedTo(MemberRecord record) {
    var result = record;
    for (var change : changes) {
      result = change.field().applied(result, change.newValue());
    }
    return result;
  }

  CorrectionProposal accepted(String note, String by, OffsetDateTime at) {
    return decided(State.ACCEPTED, note, by, at);
  }

  CorrectionProposal rejected(String reason, String by, OffsetDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw RefusedException.forField("reason", "correction.refused.reasonRequired");
    }
    return decided(State.REJECTED, reason, by, at);
  }

  private CorrectionProposal decided(State to, String note, String by, OffsetDateTime at) {
    if (state != State.PENDING) {
      throw new RefusedException("correction.refused.decided");
    }
    String clean = note == null || note.isBlank() ? null : note.strip();
    if (clean != null && clean.length() > NOTE_LIMIT) {
      throw RefusedException.forField("note", "correction.refused.tooLong", NOTE_LIMIT);
    }
    return new CorrectionProposal(
        id,
        memberId,
        cellId,
        changes,
        this.note,
        attachment,
        to,
        proposedBy,
        proposedAt,
        by,
        at,
        clean,
        version);
  }
}
