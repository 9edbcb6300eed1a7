package vn.dangbo.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The stored approval chains. */
public interface ApprovalChains extends ListCrudRepository<ApprovalChain, Long> {

  List<ApprovalChain> findByOrganizationIdIn(Collection<Long> organizationIds);

  List<ApprovalChain> findByOrganizationIdOrderByValidFrom(long organizationId);
}
