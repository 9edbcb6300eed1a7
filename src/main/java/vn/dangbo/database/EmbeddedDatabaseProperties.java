package vn.dangbo.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no external database URL is configured.
 *
 * @param dataDirectory where the server keeps its files ({@code ./data} by default)
 * @param port fixed port, or 0 for any free port
 * @param temporary a fresh throw-away server shared by the whole JVM (for tests)
 * @param databaseName the database dangbo uses inside the server
 */
@ConfigurationProperties("dangbo.database.embedded")
record EmbeddedDatabaseProperties(
    @DefaultValue("data") Path dataDirectory,
    @DefaultValue("0") int port,
    @DefaultValue("false") boolean temporary,
    @DefaultValue("dangbo") String databaseName) {}
