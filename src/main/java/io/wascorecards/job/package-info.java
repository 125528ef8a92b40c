/**
 * The nightly job (one run per business date): its steps wired together, its parameters,
 * and the one place that launches it.
 */
package io.wascorecards.job;
