/**
 * Yearly (or quarterly, or ad hoc) review and grading of members and party organisations: the
 * self-assessment, the proposal, the committee's decision on the 100-point scale and the four
 * grades of the rulebook, the cap on "excellent", grounds for a removal review, rewards, and the
 * grade reports.
 */
@ApplicationModule(
    displayName = "Evaluations",
    allowedDependencies = {
      "documents",
      "identity",
      "meetings",
      "members",
      "organization",
      "rules",
      "shared"
    })
package vn.dangbo.evaluations;

import org.springframework.modulith.ApplicationModule;
