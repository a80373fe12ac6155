/**
 * What every feature shares and none owns: problem+json (RFC 9457) error answers, domain exceptions,
 * bounded upload reading, the 201 Created helper, and what keeps page changes to our own forms (CSRF tokens,
 * {@link org.quotaledger.web.FormPosts}), and how a refused page form comes back: what was typed and each error in
 * words beside its field ({@link org.quotaledger.web.PageForm}, {@link org.quotaledger.web.FieldWords}).
 * It calls no feature package, and every feature calls it; where it needs a feature's answer it declares an
 * interface ({@link org.quotaledger.web.SignInRefusals}, which {@code security} implements).
 */
package org.quotaledger.web;
