/**
 * Reading Meta's webhook payloads into typed statuses and consistency signals, and
 * setting aside what is not in the documented shape.
 */
package io.wascorecards.webhook;
