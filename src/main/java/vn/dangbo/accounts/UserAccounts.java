package vn.dangbo.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored accounts. */
public interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  boolean existsByUsername(String username);

  Optional<UserAccount> findByMemberId(long memberId);

  List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

  @Query("select username from user_account where organization_id = any(:organizations)")
  List<String> usernamesIn(Long[] organizations);

  /** Re-anchors a member's account in the cell the member now belongs to. */
  @Modifying
  @Query(
      "update user_account set organization_id = :cellId, version = version + 1"
          + " where member_id = :memberId")
  int anchorMemberIn(long memberId, long cellId);
}
