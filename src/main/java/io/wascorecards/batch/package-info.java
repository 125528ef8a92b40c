/**
 * What every feature's steps share: building a step or a partitioned step one way
 * ({@link io.wascorecards.batch.Steps}), the run's parameters read in one place
 * ({@link io.wascorecards.batch.RunParameters}), the connections a run covers and their
 * ranges, the names of the steps, and the date's lock every step checks.
 */
package io.wascorecards.batch;
