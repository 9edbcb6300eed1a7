/**
 * The rulebook: named rule values with the day they take effect and their legal basis. Every
 * threshold of the regulations comes from here, judged by the value in force on the day of the
 * case, never from a constant in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook")
package vn.dangbo.rules;
