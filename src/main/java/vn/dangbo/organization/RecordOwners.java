package vn.dangbo.organization;

import java.util.Optional;
import java.util.Set;

/**
 * Says which organisation a record named in a URL belongs to ({@code /members/17/...} belongs to
 * the member's cell), so that a write is refused for who may not write there before its content is
 * read: a caller without the right gets 403 (404 for a record they cannot see) whatever the body
 * holds. Each module answers for the records it keeps.
 */
public interface RecordOwners {

  /** The first segments of the URLs (after {@code /api/v1}) that name these records by id. */
  Set<String> segments();

  /** The organisation the record belongs to; empty when there is no such record. */
  Optional<Long> ownerOf(String segment, long id);
}
