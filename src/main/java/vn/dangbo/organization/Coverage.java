package vn.dangbo.organization;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which places of a unit are served by a cell on a day: the provincial resolution's question "which
 * villages, schools and stations have no party organisation". Member counts per place join in once
 * the member registry exists.
 */
public record Coverage(List<PlaceView> places) {

  public Coverage {
    places = List.copyOf(places);
  }

  public int total() {
    return places.size();
  }

  public int withCell() {
    return (int) places.stream().filter(PlaceView::hasCell).count();
  }

  public int withoutCell() {
    return total() - withCell();
  }

  public List<PlaceView> placesWithoutCell() {
    return places.stream().filter(p -> !p.hasCell()).toList();
  }

  /** Per kind of place: how many there are and how many have a cell. */
  public Map<PlaceKind, KindCount> byKind() {
    var counts = new EnumMap<PlaceKind, KindCount>(PlaceKind.class);
    for (var place : places) {
      counts.merge(
          place.kind(),
          new KindCount(1, place.hasCell() ? 1 : 0),
          (a, b) -> new KindCount(a.total() + b.total(), a.withCell() + b.withCell()));
    }
    return counts;
  }

  public record KindCount(int total, int withCell) {
    public int withoutCell() {
      return total - withCell;
    }
  }
}
