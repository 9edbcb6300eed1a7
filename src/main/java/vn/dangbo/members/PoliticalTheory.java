package vn.dangbo.members;

/** Political theory level (trình độ lý luận chính trị). */
public enum PoliticalTheory {
  NONE,
  ELEMENTARY,
  INTERMEDIATE,
  ADVANCED,
  BACHELOR
}
