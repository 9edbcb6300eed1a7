/**
 * Where the data live: an embedded PostgreSQL under {@code ./data} unless an external server is
 * configured. Infrastructure only; no module depends on it.
 */
@ApplicationModule(
    displayName = "Database",
    allowedDependencies = {})
package vn.dangbo.database;

import org.springframework.modulith.ApplicationModule;
