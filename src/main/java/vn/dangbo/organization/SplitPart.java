package vn.dangbo.organization;

import java.util.List;

/** One organisation formed by a split, and the children of the old one it takes over. */
public record SplitPart(NewOrganization organization, List<Long> childIds) {

  public SplitPart {
    childIds = childIds == null ? List.of() : List.copyOf(childIds);
  }
}
