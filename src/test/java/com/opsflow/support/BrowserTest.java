package com.opsflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test of what the web apps show and do in Chromium, which does not depend on the database: it runs on H2
 * only ({@code mvn verify}'s PostgreSQL run leaves out the tag {@code browser}). The annual-plan journey is
 * not one of them: it drives Tasklist's filters through PostgreSQL's own task statements too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
