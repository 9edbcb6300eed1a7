package vn.dangbo.offline;

import java.util.List;
import vn.dangbo.identity.OrganizationScope;

/**
 * What a module offers to keep on a phone for a cell: the paths of its pages a secretary needs in a
 * meeting without signal (the member list, the open meeting, the candidates, the dues sheet). Each
 * module with such pages implements it; the offline module asks them all, only for the cells of the
 * signed-in user, and the pages answer within the user's scope as they do online.
 */
public interface OfflinePages {

  List<String> forCell(long cellId, OrganizationScope scope);
}
