/**
 * Read models across modules: summaries, dashboards, exports. Reads every other module and is read
 * by none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.dangbo.reports;
