package vn.dangbo.members;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.SealedColumns;
import vn.dangbo.protection.SealedRecords;

/** The sealed values of a member's record, and the lookup hash of their citizen ID. */
@Configuration(proxyBeanMethods = false)
class MemberSealing {

  @Bean
  SealedRecords sealedMembers(JdbcClient jdbc, PersonalData personalData) {
    return new SealedColumns(
        jdbc,
        personalData,
        "member",
        List.of("citizen_id", "old_id_number", "phone", "residence"),
        "citizen_id",
        "citizen_id_lookup");
  }
}
