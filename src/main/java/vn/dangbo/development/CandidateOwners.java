package vn.dangbo.development;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.organization.RecordOwners;

/**
 * A candidate belongs to their cell, a course to the organisation that holds it, a cell's quota to
 * the cell.
 */
@Component
class CandidateOwners implements RecordOwners {

  private final JdbcClient jdbc;

  CandidateOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> segments() {
    return Set.of("candidates", "courses", "quotas");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    return switch (segment) {
      case "quotas" -> Optional.of(id);
      case "courses" ->
          jdbc.sql("select organizer_id from course_session where id = ?")
              .param(id)
              .query(Long.class)
              .optional();
      default ->
          jdbc.sql("select cell_id from candidate where id = ?")
              .param(id)
              .query(Long.class)
              .optional();
    };
  }
}
