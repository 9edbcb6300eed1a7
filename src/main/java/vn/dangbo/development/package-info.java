/**
 * Member development: the people a cell is developing, each through dated steps from source to
 * admission (the candidate's stage is the result of its steps), the eligibility policies that read
 * the rulebook, quotas and the funnel. Admission hands the person to the member registry in the
 * same transaction.
 */
@ApplicationModule(
    displayName = "Development",
    allowedDependencies = {
      "identity",
      "members",
      "offline",
      "organization",
      "protection",
      "rules",
      "shared"
    })
package vn.dangbo.development;

import org.springframework.modulith.ApplicationModule;
