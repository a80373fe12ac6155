package org.quotaledger.notice;

import org.quotaledger.rules.Finding;

import java.util.List;

/**
 * A facility's findings that call for action today, as its compliance dashboard lists them, for the regulator
 * notice. Implemented by {@code compliance.ComplianceService}: compliance reads deliveries and requests, which in turn
 * issue and record notices, so notices must not depend on compliance.
 */
public interface ActionableFindings {

    /** The facility's actionable findings as of today; the caller's access to the facility is checked. */
    List<Finding> actionable(long facilityId);
}
