/**
 * The admin HTTP API of {@code serve} (SPEC §7): runs started and followed, scorecards
 * read, and the API's own description (OpenAPI 3), behind HTTP basic authentication with
 * roles.
 */
package io.wascorecards.admin;
