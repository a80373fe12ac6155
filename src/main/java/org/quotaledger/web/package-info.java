/**
 * What every feature shares and none owns: problem+json (RFC 9457) error answers, domain exceptions,
 * bounded upload reading, the 201 Created helper, and what keeps page changes to our own forms (CSRF tokens,
 * {@link org.quotaledger.web.FormPosts}).
 */
package org.quotaledger.web;
