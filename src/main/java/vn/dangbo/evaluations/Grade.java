package vn.dangbo.evaluations;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The four grades (xếp loại chất lượng), best first. */
public enum Grade {
  /** Hoàn thành xuất sắc nhiệm vụ. */
  EXCELLENT,
  /** Hoàn thành tốt nhiệm vụ. */
  GOOD,
  /** Hoàn thành nhiệm vụ. */
  COMPLETED,
  /** Không hoàn thành nhiệm vụ. */
  NOT_COMPLETED;

  public boolean betterThan(Grade other) {
    return ordinal() < other.ordinal();
  }

  /** The grade's name, resolved in the reader's language when a message shows it. */
  public MessageSourceResolvable label() {
    return new DefaultMessageSourceResolvable(
        switch (this) {
          case EXCELLENT -> "grade.EXCELLENT";
          case GOOD -> "grade.GOOD";
          case COMPLETED -> "grade.COMPLETED";
          case NOT_COMPLETED -> "grade.NOT_COMPLETED";
        });
  }
}
