/**
 * The organisation tree with its history, the places of each commune and who serves them, the
 * committee members in charge of cells, and the approval chain that says who decides admissions.
 */
@ApplicationModule(
    displayName = "Organisation",
    allowedDependencies = {"figures", "identity", "shared"})
package vn.dangbo.organization;

import org.springframework.modulith.ApplicationModule;
