/**
 * Who is signed in: the {@link vn.dangbo.identity.CurrentUser} a page or an API endpoint receives
 * as an argument (the only way a handler learns the user), with the {@link vn.dangbo.identity.Role}
 * and the organisation scope their account gives them today. The accounts module signs people in
 * and resolves the argument; every other module reads the user from here, so none of them depends
 * on the accounts module.
 */
@ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"shared"})
package vn.dangbo.identity;

import org.springframework.modulith.ApplicationModule;
