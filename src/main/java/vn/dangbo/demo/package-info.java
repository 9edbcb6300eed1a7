/**
 * The demo commune, loaded in the {@code demo} profile: Sơn La, the former Bắc Yên district, Làng
 * Chếu with its 14 cells and places, Háng Đồng and old Tà Xùa, and their 2025-07-01 merger into the
 * new Tà Xùa commune. All people are fictional. Calls the other modules' public operations, so the
 * demo goes through the same rules as real data.
 */
@ApplicationModule(
    displayName = "Demo commune",
    allowedDependencies = {
      "accounts",
      "away",
      "cellreports",
      "identity",
      "development",
      "dues",
      "evaluations",
      "meetings",
      "members",
      "notifications",
      "organization",
      "records",
      "rules",
      "shared",
      "terms"
    })
package vn.dangbo.demo;

import org.springframework.modulith.ApplicationModule;
