/**
 * The audit trail: every change to the data (written by the database's own triggers, with the actor
 * this module gives each connection), every sign-in and failed sign-in, every file downloaded and
 * every view of a full member record; the viewer for administrators and committee offices. Depends
 * on accounts, organization and shared; nothing depends on it.
 */
@ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {
      "accounts",
      "documents",
      "identity",
      "organization",
      "protection",
      "shared"
    })
package vn.dangbo.audit;

import org.springframework.modulith.ApplicationModule;
