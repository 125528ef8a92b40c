/**
 * A deterministic synthetic data set of brand connections, messages and Meta webhooks for
 * {@code generate} and {@code demo}.
 */
package io.wascorecards.demo;
