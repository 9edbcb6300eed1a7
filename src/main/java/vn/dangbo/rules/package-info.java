/**
 * The rulebook: named rule values with the day they take effect and their legal basis. Every
 * threshold of the regulations comes from here, judged by the value in force on the day of the
 * case, never from a constant in code.
 */
@ApplicationModule(
    displayName = "Rulebook",
    allowedDependencies = {"figures", "identity", "shared"})
package vn.dangbo.rules;

import org.springframework.modulith.ApplicationModule;
