package vn.dangbo.members;

public enum Sex {
  MALE,
  FEMALE
}
