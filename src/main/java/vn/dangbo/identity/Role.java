package vn.dangbo.identity;

/**
 * What a user is in dangbo. The role fixes the kind of scope: the whole database, a subtree, the
 * cells a committee member is in charge of, one cell, or one's own record.
 */
public enum Role {
  /** System administrator: everything, including accounts anywhere. */
  ADMINISTRATOR,
  /** Committee office staff (văn phòng, ban tổ chức): manage a subtree and its accounts. */
  COMMITTEE_OFFICE,
  /** Committee member in charge of cells (cấp ủy viên phụ trách): the assigned cells. */
  COMMITTEE_MEMBER_IN_CHARGE,
  /** Cell secretary or deputy (bí thư, phó bí thư chi bộ): their own cell. */
  CELL_SECRETARY,
  /** Party member (đảng viên): their own record. */
  MEMBER,
  /** Superior body (ban tổ chức cấp trên): read-only view of a subtree. */
  SUPERIOR_VIEWER;

  /** Whether an account of this role is anchored on an organisation. */
  public boolean needsOrganization() {
    return this == COMMITTEE_OFFICE
        || this == CELL_SECRETARY
        || this == MEMBER
        || this == SUPERIOR_VIEWER;
  }

  public boolean managesAccounts() {
    return administers();
  }

  /**
   * Whether the role does a committee's administration (its office, or the system administrator):
   * accounts, defaults, answers to requests about data, anonymisation.
   */
  public boolean administers() {
    return this == ADMINISTRATOR || this == COMMITTEE_OFFICE;
  }
}
