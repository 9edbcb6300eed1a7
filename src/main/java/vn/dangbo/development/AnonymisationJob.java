package vn.dangbo.development;

import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.RecurringJob;

/**
 * Every night (02:30 by default) the report of who is due to be anonymised is written to the log,
 * then they are anonymised.
 */
@Configuration(proxyBeanMethods = false)
class AnonymisationJob {

  private static final Logger log = LoggerFactory.getLogger(AnonymisationJob.class);

  @Bean
  RecurringJob anonymiseLeftCandidates(
      Anonymisation anonymisation, @Value("${dangbo.privacy.anonymise-at:02:30}") LocalTime at) {
    return RecurringJob.daily(
        "anonymise-left-candidates",
        at,
        () -> {
          var report = anonymisation.report(OrganizationScope.all());
          report
              .lines()
              .forEach(
                  l ->
                      log.info(
                          "To anonymise: candidate {} of {} who left on {}",
                          l.candidateId(),
                          l.cellName(),
                          l.leftOn()));
          anonymisation.run(OrganizationScope.all());
        });
  }
}
