/**
 * Users, their roles and scopes, sign-in with lockout, and the current user of a request. Every
 * other module receives the scope from here as an {@link vn.dangbo.identity.OrganizationScope}.
 */
@ApplicationModule(
    displayName = "Accounts",
    allowedDependencies = {"figures", "identity", "members", "organization", "shared"})
package vn.dangbo.accounts;

import org.springframework.modulith.ApplicationModule;
