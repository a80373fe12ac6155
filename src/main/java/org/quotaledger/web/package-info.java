/**
 * What every feature shares and none owns: problem+json (RFC 9457) error answers, domain exceptions,
 * bounded upload reading and the 201 Created helper.
 */
package org.quotaledger.web;
