package vn.dangbo.development;

/** Where a candidate stands in the development of new members, in order. */
public enum Stage {
  /** Nguồn: noticed by the cell, in the source plan. */
  SOURCE,
  /** Quần chúng ưu tú: introduced by a mass organisation. */
  OUTSTANDING,
  /** Cảm tình Đảng: on the cell's sympathiser list, with a mentor. */
  SYMPATHISER,
  /** Đã học lớp bồi dưỡng nhận thức về Đảng, with a certificate. */
  COURSE_PASSED,
  /** Hồ sơ: application, background, introducers and comments complete. */
  DOSSIER,
  /** Chi bộ đã có nghị quyết đề nghị kết nạp. */
  CELL_RESOLVED,
  /** Đảng ủy cơ sở đã có nghị quyết (where the approval chain has this step). */
  COMMITTEE_RESOLVED,
  /** Đã có quyết định kết nạp. */
  DECIDED,
  /** Đã kết nạp: the ceremony was held; the person is a probationary member. */
  ADMITTED,
  /** Dừng: left the pipeline, with the reason. */
  LEFT;

  public boolean finished() {
    return this == ADMITTED || this == LEFT;
  }
}
