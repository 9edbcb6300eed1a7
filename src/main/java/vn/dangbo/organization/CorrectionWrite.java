package vn.dangbo.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.dangbo.identity.OrganizationScope;

/**
 * A correction of an existing record: allowed up front also to the office of an ended organisation
 * for its own records ({@link OrganizationScope.Corrections}); the endpoint checks the record's
 * date and the reason.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CorrectionWrite {}
