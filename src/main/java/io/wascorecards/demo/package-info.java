/**
 * The deterministic synthetic BSP data set (connections, messages, Meta webhooks) behind
 * {@code generate} and {@code demo}.
 */
package io.wascorecards.demo;
