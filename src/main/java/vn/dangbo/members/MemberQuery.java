package vn.dangbo.members;

import java.util.Set;

/**
 * A filtered, paged member list: free text (name without accents, citizen ID or card number), cell,
 * statuses, ethnicity, sex, age band, flags. Nulls mean "any".
 */
public record MemberQuery(
    String text,
    Long cellId,
    Set<MemberStatus> statuses,
    Integer ethnicityCode,
    Sex sex,
    Integer minAge,
    Integer maxAge,
    Boolean youthUnion,
    Boolean militia,
    Boolean teacher,
    int page,
    int size) {

  public MemberQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    page = Math.max(page, 0);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }

  public static MemberQuery all() {
    return new MemberQuery(null, null, null, null, null, null, null, null, null, null, 0, 500);
  }
}
