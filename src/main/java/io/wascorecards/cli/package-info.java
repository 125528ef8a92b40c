/**
 * The commands of the executable jar: parsing and validating them, and carrying them out.
 */
package io.wascorecards.cli;
