/**
 * Who may reach what: HTTP Basic authentication for the REST API and the Tasklist filters every user finds,
 * with their authorization-checked task queries fast on PostgreSQL ({@code TasklistQueries}).
 */
package com.opsflow.security;
