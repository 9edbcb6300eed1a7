package vn.dangbo.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that users make about themselves (their password, their second factor, their own
 * self-assessment): not refused up front for users who may change nothing else. The endpoint checks
 * who may call it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnWrite {}
