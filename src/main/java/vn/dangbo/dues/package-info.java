/**
 * Party dues (đảng phí) under Quy định 01-QĐ/TW of 03/02/2026: each member's basis (the kind of
 * income and the amount declared), the amount due each month from the rules and the regional
 * minimum wage, payments in cash or on the public service portal, exemptions and reductions by
 * decision, the months unpaid in a year, and the cell's monthly collection sheet. The {@link
 * vn.dangbo.dues.DuesYear} of a member is the aggregate the payments act on.
 */
@ApplicationModule(
    displayName = "Dues",
    allowedDependencies = {
      "documents",
      "figures",
      "identity",
      "members",
      "offline",
      "organization",
      "rules",
      "shared"
    })
package vn.dangbo.dues;

import org.springframework.modulith.ApplicationModule;
