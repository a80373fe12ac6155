package org.quotaledger.compliance;

import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.request.Complaint;
import org.quotaledger.rules.FacilityFacts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts about a facility beyond its versions in force and deliveries: the quota complaints on record (they start the
 * retaliation presumption, Cal. Lab. Code §2105, N.Y. Lab. Law §786) and the roles held to quotas that no version in
 * force describes.
 */
final class RegistryFacts {

    private RegistryFacts() {
    }

    static List<FacilityFacts.Complaint> complaints(Facility facility) {
        return Complaint.listFor(facility).stream()
                .map(c -> new FacilityFacts.Complaint(c.employee.employeeNumber, c.madeOn, c.recipientName()))
                .toList();
    }

    /**
     * Roles with a description on the way (a draft, or one in review) but none in force among {@code inForce}: their
     * employees have no written description of the quotas they are held to.
     */
    static Set<String> undescribedRoles(Facility facility, List<FacilityFacts.ActiveDescription> inForce) {
        Set<String> roles = new TreeSet<>(QuotaDescription.getEntityManager().createQuery(
                        "select distinct d.role.code from QuotaDescription d where d.facility = ?1 and d.status in ?2", String.class)
                .setParameter(1, facility)
                .setParameter(2, List.of(QuotaDescription.Status.DRAFT, QuotaDescription.Status.IN_REVIEW))
                .getResultList());
        inForce.forEach(d -> roles.remove(d.roleCode()));
        return roles;
    }
}
