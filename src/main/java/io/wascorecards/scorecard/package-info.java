/**
 * The scorecard step: sums each connection's daily KPIs over the windows of SPEC §5,
 * scores them and stores the scorecards; and their CSV export.
 */
package io.wascorecards.scorecard;
