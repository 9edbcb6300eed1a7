package vn.dangbo.members.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;

/**
 * The member list's filter as a page or the API reads it from the query string ({@code
 * ?q=&cell=&status=&ethnicity=&sex=&minAge=&maxAge=&youthUnion=&militia=&teacher=&page=&size=}),
 * each part optional; a page from 0, at most 500 members a page.
 */
record MemberFilter(
    String q,
    Long cell,
    Set<MemberStatus> status,
    Integer ethnicity,
    Sex sex,
    @Min(0) @Max(150) Integer minAge,
    @Min(0) @Max(150) Integer maxAge,
    Boolean youthUnion,
    Boolean militia,
    Boolean teacher,
    @Min(0) Integer page,
    @Min(1) @Max(500) Integer size) {

  /** The page of the list the filter asks for (50 members unless it says otherwise). */
  MemberQuery query() {
    return query(page == null ? 0 : page, size == null ? 50 : size);
  }

  /** Every member the filter matches, for an export. */
  MemberQuery all() {
    return query(0, 500);
  }

  /** The one status chosen, as the list page's select shows it. */
  MemberStatus oneStatus() {
    return status == null || status.size() != 1 ? null : status.iterator().next();
  }

  private MemberQuery query(int page, int size) {
    return new MemberQuery(
        q, cell, status, ethnicity, sex, minAge, maxAge, youthUnion, militia, teacher, page, size);
  }
}
