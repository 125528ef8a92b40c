/**
 * WhatsApp business-messaging compliance scorecards: a nightly Spring Batch job per
 * business date.
 */
package io.wascorecards;
