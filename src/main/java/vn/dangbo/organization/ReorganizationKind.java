package vn.dangbo.organization;

/** The explicit operations that change the tree; each is recorded with its decision. */
public enum ReorganizationKind {
  CREATE,
  RENAME,
  MOVE,
  MERGE,
  SPLIT,
  DISSOLVE
}
