package vn.dangbo.members;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.organization.RecordOwners;

/** A member's record belongs to the member's cell. */
@Component
class MemberOwners implements RecordOwners {

  private final JdbcClient jdbc;

  MemberOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> segments() {
    return Set.of("members");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    return jdbc.sql("select cell_id from member where id = ?")
        .param(id)
        .query(Long.class)
        .optional();
  }
}
