/**
 * E-mail delivery of the reports to account managers, exactly once, with a delivery log.
 */
package io.wascorecards.delivery;
