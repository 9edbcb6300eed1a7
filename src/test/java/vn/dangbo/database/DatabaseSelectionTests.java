package vn.dangbo.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With an external database URL configured, no embedded server is started. */
class DatabaseSelectionTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class);

  @Test
  void anExternalUrlSwitchesTheEmbeddedServerOff() {
    runner
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/dangbo")
        .run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseConfiguration.class));
  }

  @Test
  void withoutAUrlTheEmbeddedServerIsConfigured() {
    runner
        .withPropertyValues("spring.datasource.url=", "dangbo.database.embedded.temporary=true")
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(EmbeddedDatabaseConfiguration.EmbeddedServerHandle.class)
                    .hasSingleBean(javax.sql.DataSource.class));
  }
}
