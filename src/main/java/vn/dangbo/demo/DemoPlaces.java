package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.NewPlace;
import vn.dangbo.organization.PlaceKind;
import vn.dangbo.organization.Places;

/**
 * The demo communes' villages, schools and stations, and the cells serving each: a village gets its
 * cell the year the cell was founded; two villages were looked after by a nearby cell first.
 */
@Component
@Profile("demo")
class DemoPlaces {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final Places places;
  private final DemoTree tree;

  DemoPlaces(Places places, DemoTree tree) {
    this.places = places;
    this.tree = tree;
  }

  /** Records the places of the three former communes; answers their ids by name. */
  Map<String, Long> load(long langCheu, long hangDong, long oldTaXua, Map<String, Long> cells) {
    var placeIds = new LinkedHashMap<String, Long>();
    place(placeIds, langCheu, "Bản Làng Chếu", PlaceKind.VILLAGE, cells, "Chi bộ bản Làng Chếu");
    place(placeIds, langCheu, "Bản Phình Hồ", PlaceKind.VILLAGE, cells, "Chi bộ bản Phình Hồ");
    place(placeIds, langCheu, "Bản Háng Gằng", PlaceKind.VILLAGE, cells, "Chi bộ bản Háng Gằng");
    place(placeIds, langCheu, "Bản Pá Chày", PlaceKind.VILLAGE, cells, "Chi bộ bản Pá Chày");
    place(placeIds, langCheu, "Bản Khe Lóng", PlaceKind.VILLAGE, cells, "Chi bộ bản Khe Lóng");
    place(placeIds, langCheu, "Bản Chống Tra", PlaceKind.VILLAGE, cells, "Chi bộ bản Chống Tra");
    place(placeIds, langCheu, "Bản Trò A", PlaceKind.VILLAGE, cells, "Chi bộ bản Trò A");
    long suThang = place(placeIds, langCheu, "Bản Sừ Thàng", PlaceKind.VILLAGE, cells, null);
    // before it had its own cell, Sừ Thàng was looked after by the nearby Trò A cell
    places.serve(suThang, cells.get("Chi bộ bản Trò A"), LocalDate.of(2015, 6, 1), ALL);
    places.serve(
        suThang, cells.get("Chi bộ bản Sừ Thàng"), founding(cells, "Chi bộ bản Sừ Thàng"), ALL);
    place(placeIds, langCheu, "Bản Mống Vàng", PlaceKind.VILLAGE, cells, "Chi bộ bản Mống Vàng");
    long hangCho = place(placeIds, langCheu, "Bản Háng Chơ", PlaceKind.VILLAGE, cells, null);
    places.serve(hangCho, cells.get("Chi bộ bản Phình Hồ"), LocalDate.of(2019, 3, 1), ALL);
    place(
        placeIds,
        langCheu,
        "Trường Mầm non Làng Chếu",
        PlaceKind.SCHOOL,
        cells,
        "Chi bộ Trường Mầm non Làng Chếu");
    place(
        placeIds,
        langCheu,
        "Trường Tiểu học Làng Chếu",
        PlaceKind.SCHOOL,
        cells,
        "Chi bộ Trường Tiểu học Làng Chếu");
    place(
        placeIds,
        langCheu,
        "Trường THCS Làng Chếu",
        PlaceKind.SCHOOL,
        cells,
        "Chi bộ Trường THCS Làng Chếu");
    place(
        placeIds,
        langCheu,
        "Trạm Y tế xã Làng Chếu",
        PlaceKind.HEALTH_STATION,
        cells,
        "Chi bộ Trạm Y tế xã Làng Chếu");
    place(
        placeIds,
        langCheu,
        "Trạm Khuyến nông Làng Chếu",
        PlaceKind.AGRICULTURAL_EXTENSION_STATION,
        cells,
        "Chi bộ Trạm Khuyến nông Làng Chếu");
    place(placeIds, hangDong, "Bản Háng Đồng", PlaceKind.VILLAGE, cells, "Chi bộ bản Háng Đồng");
    place(placeIds, hangDong, "Bản Tìa Đố", PlaceKind.VILLAGE, cells, "Chi bộ bản Tìa Đố");
    place(placeIds, hangDong, "Bản Chống Tà", PlaceKind.VILLAGE, cells, null);
    place(
        placeIds,
        hangDong,
        "Trường PTDTBT TH và THCS Háng Đồng",
        PlaceKind.SCHOOL,
        cells,
        "Chi bộ Trường PTDTBT TH và THCS Háng Đồng");
    place(placeIds, oldTaXua, "Bản Tà Xùa", PlaceKind.VILLAGE, cells, "Chi bộ bản Tà Xùa");
    place(placeIds, oldTaXua, "Bản Bẹ", PlaceKind.VILLAGE, cells, "Chi bộ bản Bẹ");
    place(
        placeIds,
        oldTaXua,
        "Trạm Y tế xã Tà Xùa",
        PlaceKind.HEALTH_STATION,
        cells,
        "Chi bộ Trạm Y tế xã Tà Xùa");

    return placeIds;
  }

  private LocalDate founding(Map<String, Long> cells, String cell) {
    return tree.foundedOn(cells.get(cell));
  }

  private long place(
      Map<String, Long> placeIds,
      long commune,
      String name,
      PlaceKind kind,
      Map<String, Long> cells,
      String servingCell) {
    long id = places.record(new NewPlace(commune, name, kind, DemoCommune.FOUNDED, null), ALL);
    placeIds.put(name, id);
    if (servingCell != null) {
      places.serve(id, cells.get(servingCell), founding(cells, servingCell), ALL);
    }
    return id;
  }
}
