/**
 * The quota description document, version 1 ({@code shared/spec/quota-description-v1.md}): the one JSON shape in
 * which a description is filed, checked by the rules, rendered on notices and exported. Plain records with their
 * structural validation.
 *
 * <p>It depends on no feature package: {@code quota} stores and versions documents, {@code rules} checks them,
 * {@code notice} and {@code facility} read and build them, all without depending on each other for the shape.
 */
package org.quotaledger.document;
