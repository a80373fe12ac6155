package org.quotaledger.facility;

import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.facility.FacilityViews.FacilityInput;
import org.quotaledger.facility.FacilityViews.NewJobRole;
import org.quotaledger.security.Access;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.InvalidInput;

import java.util.List;

/** Employers, facilities and their job roles: the registry's skeleton. */
@ApplicationScoped
@Transactional
public class FacilityService {

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Facility> visibleFacilities() {
        return Facility.listVisible(access.facilityScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Facility facility(long id) {
        return access.facility(id);
    }

    public Employer createEmployer(String name) {
        var employer = Employer.named(name.strip());
        employer.persist();
        audit.append("employer.created", "employer", employer.id, null, null, FacilityViews.EmployerView.from(employer));
        return employer;
    }

    public Facility createFacility(FacilityInput input) {
        Employer employer = Employer.<Employer>findByIdOptional(input.employerId())
                .orElseThrow(() -> new InvalidInput("Employer " + input.employerId() + " does not exist."));
        if (Facility.findByCode(input.code()).isPresent()) {
            throw new Conflict("A facility with code " + input.code() + " already exists.");
        }
        var facility = new Facility();
        facility.employer = employer;
        facility.code = input.code();
        apply(facility, input);
        facility.persist();
        audit.append("facility.created", "facility", facility.id, facility.id, null, FacilityViews.FacilityView.from(facility));
        return facility;
    }

    public FacilityViews.FacilityView updateFacility(long id, FacilityInput input) {
        Facility facility = access.facilityToChange(id);
        if (!facility.code.equals(input.code())) {
            throw new InvalidInput("The facility code cannot be changed: descriptions and notices cite it.");
        }
        if (!facility.employer.id.equals(input.employerId())) {
            throw new InvalidInput("A facility cannot move to another employer; create a new facility instead.");
        }
        var before = FacilityViews.FacilityView.from(facility);
        apply(facility, input);
        var after = FacilityViews.FacilityView.from(facility);
        audit.append("facility.updated", "facility", facility.id, facility.id, before, after);
        return after;
    }

    private static void apply(Facility facility, FacilityInput input) {
        facility.name = input.name();
        facility.address = input.address();
        facility.state = input.state();
        facility.naicsCode = input.naicsCode();
        facility.siteNonexemptHeadcount = input.siteNonexemptHeadcount();
        facility.statewideNonexemptHeadcount = input.statewideNonexemptHeadcount();
        facility.cbaCovered = input.cbaCovered();
        facility.cbaMetricsNegotiable = input.cbaMetricsNegotiable();
        facility.cbaRecordsRightEquivalent = input.cbaRecordsRightEquivalent();
        facility.federalOptIn = input.federalOptIn();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobRole> roles(long facilityId) {
        return JobRole.listFor(access.facility(facilityId));
    }

    public JobRole addRole(long facilityId, NewJobRole input) {
        Facility facility = access.facilityToChange(facilityId);
        if (JobRole.findByCode(facility, input.code()).isPresent()) {
            throw new Conflict("Facility " + facility.code + " already has a role " + input.code() + ".");
        }
        var role = new JobRole();
        role.facility = facility;
        role.code = input.code();
        role.title = input.title();
        role.persist();
        audit.append("role.created", "job_role", role.id, facility.id, null, FacilityViews.JobRoleView.from(role));
        return role;
    }
}
