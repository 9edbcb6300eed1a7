/** Value types and the two kinds of refusal used by every module. Depends on nothing. */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package vn.dangbo.shared;

import org.springframework.modulith.ApplicationModule;
