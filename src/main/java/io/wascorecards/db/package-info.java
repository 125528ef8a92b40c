/**
 * The database: the embedded PostgreSQL for the demo and tests, the SQL statements kept
 * under {@code sql/}, and the CSV exports PostgreSQL writes ({@code COPY … TO STDOUT}).
 */
package io.wascorecards.db;
