package org.launchledger.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page that shows a bad query parameter beside its own form (status 400) rather than on
 * the error page: {@link QueryCheck} leaves what it finds to the page, which calls
 * {@link QueryCheck#rethrow} where it catches its other parameter errors.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ShowsBadParameters {
}
