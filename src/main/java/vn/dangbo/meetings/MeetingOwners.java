package vn.dangbo.meetings;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.organization.RecordOwners;

/** A meeting belongs to the organisation that held it. */
@Component
class MeetingOwners implements RecordOwners {

  private final JdbcClient jdbc;

  MeetingOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> segments() {
    return Set.of("meetings");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    return jdbc.sql("select organization_id from meeting where id = ?")
        .param(id)
        .query(Long.class)
        .optional();
  }
}
