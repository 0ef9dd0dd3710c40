/** Who may reach what: HTTP Basic authentication for the REST API and the Tasklist filters every user finds. */
package com.opsflow.security;
