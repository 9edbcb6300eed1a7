package vn.dangbo.away;

/** How the cell keeps in touch with a member away. */
public enum ContactChannel {
  PHONE,
  ZALO,
  /** Through the party organisation where the member is attached or works. */
  HOST_ORGANIZATION,
  OTHER
}
