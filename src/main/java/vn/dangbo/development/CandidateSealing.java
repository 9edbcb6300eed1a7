package vn.dangbo.development;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.SealedColumns;
import vn.dangbo.protection.SealedRecords;

/**
 * The sealed values of a candidate (citizen ID with its lookup hash, phone, address) and the notes
 * of the mentors who follow a candidate or a probationary member.
 */
@Configuration(proxyBeanMethods = false)
class CandidateSealing {

  @Bean
  SealedRecords sealedCandidates(JdbcClient jdbc, PersonalData personalData) {
    return new SealedColumns(
        jdbc,
        personalData,
        "candidate",
        List.of("citizen_id", "phone", "residence"),
        "citizen_id",
        "citizen_id_lookup");
  }

  @Bean
  SealedRecords sealedObservations(JdbcClient jdbc, PersonalData personalData) {
    return new SealedColumns(jdbc, personalData, "mentor_observation", List.of("note"), null, null);
  }
}
