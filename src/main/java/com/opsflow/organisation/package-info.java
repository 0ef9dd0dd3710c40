/**
 * The company's organisation as Camunda users and groups: departments, their heads, the roles of the
 * regulations, who-does-what resolution at run time, what each role is authorised to do, and the demo
 * organisation.
 */
package com.opsflow.organisation;
