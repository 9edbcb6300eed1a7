package vn.dangbo.organization;

import vn.dangbo.shared.Period;

/** A place as it was on a day, with the cell serving it then (null when none). */
public record PlaceView(
    long id,
    long communeId,
    String name,
    PlaceKind kind,
    Period existence,
    Long servingCellId,
    String servingCellName) {

  public boolean hasCell() {
    return servingCellId != null;
  }
}
