/** Deploys the process owners' files in {@code processes/} and {@code forms/} to the engine at start-up. */
package com.opsflow.deployment;
