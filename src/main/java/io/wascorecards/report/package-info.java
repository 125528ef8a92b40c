/**
 * The PDF scorecards and portfolio summaries: filling the JasperReports templates of
 * {@code reports/} and storing the files.
 */
package io.wascorecards.report;
