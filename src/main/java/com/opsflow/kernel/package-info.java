/**
 * The shared kernel every feature uses and that uses no feature: the company's clock, the current user,
 * refusals of bad input (and how they are answered and logged), field checks and form values, the steps of
 * a diagram, privileged engine calls, the frame of the read-only pages.
 */
package com.opsflow.kernel;
