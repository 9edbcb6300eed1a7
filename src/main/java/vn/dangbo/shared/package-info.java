/**
 * Value types used by every module (names, citizen IDs, decisions, periods, working days) and the
 * refusals they all throw. Depends on nothing.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package vn.dangbo.shared;

import org.springframework.modulith.ApplicationModule;
