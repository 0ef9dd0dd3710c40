/**
 * Who may reach what: HTTP Basic (or the web apps' login) for the REST API, our {@code /api} endpoints and the
 * monitoring endpoints, each request running as the caller with the caller's groups.
 */
package com.opsflow.security;
