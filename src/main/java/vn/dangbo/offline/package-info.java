/**
 * Offline capture: the web app manifest and the service worker that make dangbo's phone pages
 * installable and usable without signal, and idempotent API writes: a write sent again with the
 * same {@code Idempotency-Key} (the offline queue sends each item with the UUID it was captured
 * with) answers the first result instead of recording twice.
 */
@ApplicationModule(
    displayName = "Offline",
    allowedDependencies = {"identity", "organization", "shared"})
package vn.dangbo.offline;

import org.springframework.modulith.ApplicationModule;
