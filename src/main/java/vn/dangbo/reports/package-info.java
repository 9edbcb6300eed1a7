/**
 * Read models across modules: summaries, dashboards, exports. Reads every other module and is read
 * by none.
 */
@ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {
      "away",
      "development",
      "documents",
      "evaluations",
      "figures",
      "identity",
      "meetings",
      "members",
      "organization",
      "rules",
      "shared",
      "terms"
    })
package vn.dangbo.reports;

import org.springframework.modulith.ApplicationModule;
