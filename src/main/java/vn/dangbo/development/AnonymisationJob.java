package vn.dangbo.development;

import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.RecurringJob;

/**
 * Every night (02:30 by default) those due are anonymised, each written to the log; the office's
 * page shows beforehand who will be.
 */
@Configuration(proxyBeanMethods = false)
class AnonymisationJob {

  @Bean
  RecurringJob anonymiseLeftCandidates(
      Anonymisation anonymisation, @Value("${dangbo.privacy.anonymise-at:02:30}") LocalTime at) {
    return RecurringJob.daily(
        "anonymise-left-candidates", at, () -> anonymisation.run(OrganizationScope.all()));
  }
}
