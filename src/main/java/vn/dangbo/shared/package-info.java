/** Value types and the two kinds of refusal used by every module. Depends on nothing. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Shared",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangbo.shared;
