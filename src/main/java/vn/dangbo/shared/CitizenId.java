package vn.dangbo.shared;

/**
 * A citizen identity number (số định danh cá nhân / căn cước): exactly 12 digits. The first three
 * digits are the province code of registration, the fourth encodes sex and century.
 */
public record CitizenId(String value) {

  public CitizenId {
    value = value == null ? null : value.replaceAll("[\\s.]", "");
    if (value == null || !value.matches("[0-9]{12}")) {
      throw new RefusedException("citizenId.refused.format");
    }
  }

  /** A citizen ID from a form field, or null when the field was left empty. */
  public static CitizenId ofNullable(String value) {
    return value == null || value.isBlank() ? null : new CitizenId(value);
  }
}
