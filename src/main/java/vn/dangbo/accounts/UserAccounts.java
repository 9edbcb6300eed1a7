package vn.dangbo.accounts;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored accounts. */
public interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  boolean existsByUsername(String username);
}
