/**
 * The nightly trigger: Quartz, clustered on the JDBC job store, launching the job through
 * the one launcher.
 */
package io.wascorecards.schedule;
