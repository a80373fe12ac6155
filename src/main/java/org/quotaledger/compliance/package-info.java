/**
 * Facility evaluations: the registry's facts gathered for the rules, each run stored with its findings
 * for the trend, the penalty exposure estimate (Cal. Lab. Code §2699(f) as applied in the 2024 citation)
 * and the compliance dashboard.
 *
 * <p>It calls the features whose records it evaluates ({@code facility}, {@code employee}, {@code quota},
 * {@code delivery}, {@code request}), {@code rules} and {@code law}, {@code notice} (it implements
 * {@code notice.ActionableFindings}), {@code security}, {@code document}, {@code time}, {@code web} and {@code metrics};
 * {@code audit.packet} calls it.
 */
package org.quotaledger.compliance;
