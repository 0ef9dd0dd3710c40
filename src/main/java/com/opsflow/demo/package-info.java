/** The quick start's work in progress: a few plans at different stages, so every view has something to show. */
package com.opsflow.demo;
