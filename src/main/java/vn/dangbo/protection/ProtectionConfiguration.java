package vn.dangbo.protection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.shared.RecurringJob;

/** The key ring, the cipher, and the passes that keep every row sealed under the current key. */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

  @Bean
  PersonalData personalData(
      @Value("${dangbo.protection.keys:}") String keys,
      @Value("${dangbo.protection.current-key:}") String current,
      @Value("${dangbo.protection.lookup-key:}") String lookup,
      @Value("${dangbo.protection.key-file}") Path file,
      @Value("${dangbo.protection.generate-missing:false}") boolean generateMissing) {
    return new PersonalData(new KeyRings(keys, current, lookup, file, generateMissing));
  }

  @Bean
  Resealing resealing(
      List<SealedRecords> tables,
      PersonalData data,
      JdbcClient jdbc,
      TransactionTemplate transactions) {
    return new Resealing(tables, data, jdbc, transactions);
  }

  /**
   * The rows written before sealing began are sealed before the application answers its first
   * request, so that a citizen ID is found by its lookup hash from the start.
   */
  @Bean
  SmartInitializingSingleton resealOnStart(Resealing resealing) {
    return () -> {
      resealing.checkKeys();
      resealing.runIfNeeded();
    };
  }

  /** While a pass is needed (a key was added, or a pass stopped half-way), one every 5 minutes. */
  @Bean
  RecurringJob resealPersonalData(Resealing resealing) {
    return RecurringJob.every(
        "reseal-personal-data", Duration.ofMinutes(5), resealing::runIfNeeded);
  }
}
