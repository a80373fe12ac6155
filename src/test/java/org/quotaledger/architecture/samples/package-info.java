/**
 * Deliberate violations for {@code PackageCyclesTest}, which imports only this package to prove its rules fire:
 * {@code quota} and {@code rules} depend on each other, {@code facility} on {@code portal}, {@code document} on
 * {@code quota}. Test classes: the application import never sees them.
 */
package org.quotaledger.architecture.samples;
