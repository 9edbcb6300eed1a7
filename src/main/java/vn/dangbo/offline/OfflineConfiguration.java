package vn.dangbo.offline;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The idempotency filter, after the security filters (it needs the signed-in account). */
@Configuration(proxyBeanMethods = false)
class OfflineConfiguration {

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotentRequests requests,
      PlatformTransactionManager transactions,
      MessageSource messages) {
    var registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(requests, transactions, messages));
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
