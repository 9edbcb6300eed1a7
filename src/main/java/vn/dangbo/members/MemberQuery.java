package vn.dangbo.members;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
    // a blank status in a query (?status=%20) reads as no status, not as a null in the set
    statuses =
        statuses == null
            ? Set.of()
            : statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    page = Math.max(page, 0);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }

  public static MemberQuery all() {
    return new MemberQuery(null, null, null, null, null, null, null, null, null, null, 0, 500);
  }
}
