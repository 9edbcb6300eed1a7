package vn.dangbo.members;

import java.util.List;

/** One page of a member list, with the total number of matches. */
public record MemberPage<T>(List<T> members, long total, int page, int size) {

  public int pages() {
    return (int) ((total + size - 1) / size);
  }
}
