package vn.dangbo.dues;

/** How dues were paid. */
public enum PaymentMethod {
  /** In cash to the cell. */
  CASH,
  /** On the National Public Service Portal (Cổng Dịch vụ công Quốc gia), with its reference. */
  PORTAL
}
