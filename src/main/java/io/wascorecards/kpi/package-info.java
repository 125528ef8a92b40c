/**
 * The daily KPIs of each connection (SPEC §4, §4b): computed by set-based SQL per
 * connection range, stored and exported.
 */
package io.wascorecards.kpi;
