/**
 * The database: the embedded PostgreSQL for the demo and tests, and the SQL statements
 * kept under {@code sql/}.
 */
package io.wascorecards.db;
