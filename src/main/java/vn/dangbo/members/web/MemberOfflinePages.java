package vn.dangbo.members.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.offline.OfflinePages;

/** Kept on a phone for a cell: its member list. */
@Component
class MemberOfflinePages implements OfflinePages {

  @Override
  public List<String> forCell(long cellId, OrganizationScope scope) {
    return List.of("/members?cell=" + cellId);
  }
}
