package vn.dangbo.dues.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.offline.OfflinePages;

/** Kept on a phone for a cell: this month's dues collection sheet. */
@Component
class DuesOfflinePages implements OfflinePages {

  @Override
  public List<String> forCell(long cellId, OrganizationScope scope) {
    return List.of("/dues?cell=" + cellId);
  }
}
