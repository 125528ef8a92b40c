/**
 * The nightly job (one run per business date): the daily job and the e-mail retry built
 * from the steps each feature declares, the record of the runs, and the one place that
 * launches them.
 */
package io.wascorecards.job;
