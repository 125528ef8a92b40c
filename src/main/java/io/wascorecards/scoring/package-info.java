/**
 * Statuses, scores and recommendations of a connection's scorecard (SPEC §5): plain
 * classes, no Spring needed.
 */
package io.wascorecards.scoring;
