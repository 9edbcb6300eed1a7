/**
 * Cell meetings and the committee's own meetings: planning, attendance with reasons, guests (above
 * all the committee member in charge), minutes and resolutions locked once closed (corrections are
 * dated addenda), and compliance computed from the records.
 */
@ApplicationModule(
    displayName = "Meetings",
    allowedDependencies = {
      "development",
      "documents",
      "identity",
      "members",
      "offline",
      "organization",
      "rules",
      "shared"
    })
package vn.dangbo.meetings;

import org.springframework.modulith.ApplicationModule;
