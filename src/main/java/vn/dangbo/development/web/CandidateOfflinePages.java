package vn.dangbo.development.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangbo.development.Candidate;
import vn.dangbo.development.Candidates;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.offline.OfflinePages;

/**
 * Kept on a phone for a cell: the board of its candidates, and the page of each one still in the
 * pipeline (their mentors, observations and next step), where a mentor's observation is recorded.
 */
@Component
class CandidateOfflinePages implements OfflinePages {

  private final Candidates candidates;

  CandidateOfflinePages(Candidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public List<String> forCell(long cellId, OrganizationScope scope) {
    var pages = new ArrayList<String>();
    pages.add("/candidates?cell=" + cellId);
    pages.add("/candidates/new");
    candidates.of(cellId, false, scope).stream()
        .map(Candidate::id)
        .forEach(id -> pages.add("/candidates/" + id));
    return pages;
  }
}
