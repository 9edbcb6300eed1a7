package vn.dangbo.organization;

import java.time.LocalDate;
import vn.dangbo.shared.RefusedException;

/** A place to record in a commune, from a day on, optionally with the cell that serves it. */
public record NewPlace(
    long communeId, String name, PlaceKind kind, LocalDate from, Long servingCellId) {

  public NewPlace {
    name = name == null ? null : name.strip();
    if (name == null || name.isEmpty()) {
      throw new RefusedException("place.refused.nameRequired");
    }
    if (name.length() > 200) {
      throw new RefusedException("place.refused.nameTooLong", 200);
    }
    if (kind == null) {
      throw new RefusedException("place.refused.kindRequired");
    }
    if (from == null) {
      throw new RefusedException("place.refused.dateRequired");
    }
  }
}
