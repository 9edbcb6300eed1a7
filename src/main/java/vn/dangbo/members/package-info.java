/**
 * The member registry: each party member's record, their status changed only through dated
 * decisions kept as history, and the facts derived from it when read (party age, badges, probation,
 * whether they count in their cell's total).
 */
@ApplicationModule(
    displayName = "Members",
    allowedDependencies = {
      "documents",
      "identity",
      "offline",
      "organization",
      "protection",
      "rules",
      "shared"
    })
package vn.dangbo.members;

import org.springframework.modulith.ApplicationModule;
