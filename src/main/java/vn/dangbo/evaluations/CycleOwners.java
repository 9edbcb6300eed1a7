package vn.dangbo.evaluations;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.organization.RecordOwners;

/**
 * An evaluation cycle belongs to the organisation that runs it ({@code /evaluations/{id}} on pages
 * and {@code /evaluation-cycles/{id}} in the API name cycles; the API's {@code /evaluations/{id}}
 * is a member's or unit's evaluation, written by its own rules).
 */
@Component
class CycleOwners implements RecordOwners {

  private final JdbcClient jdbc;

  CycleOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> segments() {
    return Set.of("evaluations", "evaluation-cycles");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    return jdbc.sql("select organization_id from evaluation_cycle where id = ?")
        .param(id)
        .query(Long.class)
        .optional();
  }
}
