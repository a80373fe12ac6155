/**
 * Facility evaluations: the registry's facts gathered for the rules, each run stored with its findings
 * for the trend, the penalty exposure estimate (Cal. Lab. Code §2699(f) as applied in the 2024 citation)
 * and the compliance dashboard.
 */
package org.quotaledger.compliance;
