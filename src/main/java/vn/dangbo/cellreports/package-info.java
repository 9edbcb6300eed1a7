/**
 * The cells' monthly reports (báo cáo tháng của chi bộ): the secretary writes and submits the
 * month's report, filled with the figures of dangbo's records (meetings and attendance from
 * meetings, candidates' progress from development, dues from dues) and the cell's problems and
 * proposals; the commune office accepts or returns it; the commune's grid of the year and its own
 * monthly report assembled from the accepted ones.
 */
@ApplicationModule(
    displayName = "Monthly cell reports",
    allowedDependencies = {
      "development",
      "documents",
      "dues",
      "identity",
      "meetings",
      "organization",
      "rules",
      "shared"
    })
package vn.dangbo.cellreports;

import org.springframework.modulith.ApplicationModule;
