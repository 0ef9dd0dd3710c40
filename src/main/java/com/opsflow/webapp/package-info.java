/**
 * Tasklist, Cockpit, Admin and the welcome page as the company's own tool: Simplified Chinese by
 * default, the company's name, no vendor banner; through the web apps' own configuration points.
 */
package com.opsflow.webapp;
