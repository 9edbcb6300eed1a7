package vn.dangbo.members;

import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.shared.RecurringJob;

/**
 * Every night (03:00 by default) the kept member figures of every cell are checked against a full
 * count of its members; any difference is written to the log and mended.
 */
@Configuration(proxyBeanMethods = false)
class MemberTallyCheck {

  @Bean
  RecurringJob checkMemberTallies(
      MemberTallies tallies, @Value("${dangbo.figures.check-at:03:00}") LocalTime at) {
    return RecurringJob.daily("member-tally-check", at, tallies::check);
  }
}
