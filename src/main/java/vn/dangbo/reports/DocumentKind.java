package vn.dangbo.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The official documents dangbo fills from its records, each by the name of its template and the
 * kind of record it is about. The layouts built into dangbo follow the usual structure of the forms
 * of Hướng dẫn 12-HD/BTCTW (2022); none is checked against the annex itself, so each says so until
 * the office uploads the confirmed layout.
 */
public enum DocumentKind {
  SYMPATHISERS("danh-sach-cam-tinh-dang", Subject.ORGANIZATION),
  COURSE_PROPOSAL("danh-sach-de-nghi-hoc-lop", Subject.ORGANIZATION),
  CELL_ADMISSION_RESOLUTION("6-KND", Subject.CANDIDATE),
  COMMITTEE_ADMISSION_RESOLUTION("8-KND", Subject.CANDIDATE),
  ADMISSION_DECISION("9-KND", Subject.CANDIDATE),
  CELL_RECOGNITION_RESOLUTION("13-KND", Subject.MEMBER),
  COMMITTEE_RECOGNITION_RESOLUTION("15-KND", Subject.MEMBER),
  RECOGNITION_DECISION("16-KND", Subject.MEMBER),
  MEETING_MINUTES("bien-ban-sinh-hoat", Subject.MEETING),
  TRANSFER_LETTER("giay-gioi-thieu-chuyen-sinh-hoat", Subject.MEMBER),
  MEMBER_CARD_RECORD("phieu-dang-vien", Subject.MEMBER);

  /** What a document is about: the id given as {@code subject}. */
  public enum Subject {
    ORGANIZATION,
    CANDIDATE,
    MEMBER,
    MEETING
  }

  private final String template;
  private final Subject subject;

  DocumentKind(String template, Subject subject) {
    this.template = template;
    this.subject = subject;
  }

  public String template() {
    return template;
  }

  public Subject subject() {
    return subject;
  }

  public static Optional<DocumentKind> of(String template) {
    return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
  }
}
