package vn.dangbo.organization;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation belongs to itself; a place to its commune; a committee member and their cell
 * assignments to the committee.
 */
@Component
class OrganizationOwners implements RecordOwners {

  private final JdbcClient jdbc;

  OrganizationOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> segments() {
    return Set.of("organizations", "places", "committee-members", "assignments");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    String sql =
        switch (segment) {
          case "organizations" -> "select id from organization where id = ?";
          case "places" -> "select commune_id from place where id = ?";
          case "committee-members" -> "select committee_id from committee_member where id = ?";
          default ->
              "select m.committee_id from cell_assignment a"
                  + " join committee_member m on m.id = a.committee_member_id where a.id = ?";
        };
    return jdbc.sql(sql).param(id).query(Long.class).optional();
  }
}
