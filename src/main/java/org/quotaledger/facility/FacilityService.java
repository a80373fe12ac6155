package org.quotaledger.facility;

import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.facility.FacilityViews.FacilityInput;
import org.quotaledger.facility.FacilityViews.NewJobRole;
import org.quotaledger.security.Access;
import org.quotaledger.security.FacilityCodes;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;
import org.quotaledger.law.JobFunction;
import org.quotaledger.time.AppClock;
import jakarta.enterprise.event.Event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Employers, facilities and their job roles: the registry's skeleton. */
@ApplicationScoped
@Transactional
public class FacilityService implements FacilityCodes {

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Event<FacilityChanged> changes;

    /** For single sign-on's facility claim (security.SingleSignOn): no caller's scope applies, it is the sign-in itself. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> idsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Facility.<Facility>list("code in ?1", codes).stream().collect(Collectors.toMap(f -> f.code, f -> f.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FacilityViews.FacilityView> visibleFacilities() {
        return Facility.listVisible(access.facilityScope()).stream().map(FacilityViews.FacilityView::from).toList();
    }

    /** The facilities the caller may see, each with the site headcount the rules use today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FacilityViews.FacilityHeadcount> visibleWithHeadcounts() {
        return Facility.listVisible(access.facilityScope()).stream().map(f -> new FacilityViews.FacilityHeadcount(
                FacilityViews.FacilityView.from(f), f.headcount(clock.today(f.state)).site())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.FacilityView facility(long id) {
        return FacilityViews.FacilityView.from(Facility.seenBy(access, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FacilityViews.EmployerView> employers() {
        return Employer.<Employer>listAll().stream().map(FacilityViews.EmployerView::from).toList();
    }

    /** The employers by name, each with how many facilities it has (the employers page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FacilityViews.EmployerRow> employerRows() {
        java.util.Map<Long, Long> sites = new java.util.HashMap<>();
        Facility.<Facility>getEntityManager().createQuery("select f.employer.id, count(f) from Facility f group by f.employer.id", Object[].class)
                .getResultList().forEach(r -> sites.put((Long) r[0], (Long) r[1]));
        return Employer.<Employer>list("order by lower(name), id").stream()
                .map(e -> new FacilityViews.EmployerRow(FacilityViews.EmployerView.from(e), sites.getOrDefault(e.id, 0L))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.EmployerView employer(long id) {
        return FacilityViews.EmployerView.from(Employer.<Employer>findByIdOptional(id).orElseThrow(() -> new NotFound("employer", id)));
    }

    /** A facility for its edit form: admins, and managers of it; 404 if unseen, 403 if the caller only reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.FacilityView changeable(long id) {
        return FacilityViews.FacilityView.from(Facility.changeableBy(access, id));
    }

    /** A job role for its edit form, on the same terms as its facility. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.JobRoleView changeableRole(long facilityId, long roleId) {
        Facility facility = Facility.changeableBy(access, facilityId);
        return JobRole.<JobRole>findByIdOptional(roleId).filter(r -> r.facility.id.equals(facility.id))
                .map(FacilityViews.JobRoleView::from).orElseThrow(() -> new NotFound("job role", roleId));
    }

    /** Only administrators create facilities (a manager changes the ones assigned to it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayCreateFacilities() {
        return access.role() == org.quotaledger.security.Role.ADMIN;
    }

    /**
     * The facility's page as the registry knows it today: the facility, its roles, its headcounts, and whether the
     * caller may change its records.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.FacilityPage page(long id) {
        Facility facility = Facility.seenBy(access, id);
        LocalDate today = clock.today(facility.state);
        return new FacilityViews.FacilityPage(FacilityViews.FacilityView.from(facility),
                JobRole.listFor(facility).stream().map(FacilityViews.JobRoleView::from).toList(), facility.headcount(today),
                today, access.canChange());
    }

    public FacilityViews.EmployerView createEmployer(FacilityViews.NewEmployer input) {
        var employer = Employer.named(input.name().strip());
        employer.controlledGroup = group(input.controlledGroup());
        employer.fourEyesApproval = input.fourEyesApproval() == null || input.fourEyesApproval();
        employer.persist();
        audit.append("employer.created", "employer", employer.id, null, null, FacilityViews.EmployerView.from(employer));
        return FacilityViews.EmployerView.from(employer);
    }

    /**
     * Renames an employer, links it into (or out of) a controlled group, whose employees then count together, or
     * switches four-eyes approval of its quota descriptions. A body without {@code fourEyesApproval} leaves it as it is:
     * renaming an employer must not switch a control off by omission.
     */
    public FacilityViews.EmployerView updateEmployer(long id, FacilityViews.NewEmployer input) {
        Employer employer = Employer.<Employer>findByIdOptional(id).orElseThrow(() -> new NotFound("employer", id));
        var before = FacilityViews.EmployerView.from(employer);
        employer.name = input.name().strip();
        employer.controlledGroup = group(input.controlledGroup());
        if (input.fourEyesApproval() != null) {
            employer.fourEyesApproval = input.fourEyesApproval();
        }
        var after = FacilityViews.EmployerView.from(employer);
        audit.append("employer.updated", "employer", employer.id, null, before, after);
        if (before.fourEyesApproval() != after.fourEyesApproval()) {
            // A control switched on or off gets an event of its own, so an auditor finds every switch by its action.
            audit.append("employer.four-eyes-approval-switched", "employer", employer.id, null,
                    java.util.Map.of("fourEyesApproval", before.fourEyesApproval()),
                    java.util.Map.of("fourEyesApproval", after.fourEyesApproval()));
        }
        return after;
    }

    private static String group(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The facility's headcounts on {@code day} (today in its state when null), counted next to any override. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityViews.HeadcountView headcount(long id, LocalDate day) {
        Facility facility = Facility.seenBy(access, id);
        return FacilityViews.HeadcountView.from(facility, facility.headcount(day != null ? day : clock.today(facility.state)));
    }

    public FacilityViews.FacilityView createFacility(FacilityInput input) {
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
        return FacilityViews.FacilityView.from(facility);
    }

    public FacilityViews.FacilityView updateFacility(long id, FacilityInput input) {
        Facility facility = Facility.changeableBy(access, id);
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
        boolean override = input.siteNonexemptHeadcount() != null || input.statewideNonexemptHeadcount() != null;
        boolean reason = input.headcountOverrideReason() != null && !input.headcountOverrideReason().isBlank();
        if (override && !reason) {
            throw new InvalidInput("Headcounts are counted from the roster; a typed headcount overrides the count and needs a reason.",
                    List.of(FieldError.field("headcountOverrideReason", "is required when a headcount is typed")));
        }
        if (reason && !override) {
            throw new InvalidInput("A headcount override reason was given but no headcount to override.",
                    List.of(FieldError.field("headcountOverrideReason", "is given without siteNonexemptHeadcount or statewideNonexemptHeadcount")));
        }
        facility.headcountOverrideReason = override ? input.headcountOverrideReason().strip() : null;
        facility.agencyWorkers = input.agencyWorkers() == null ? 0 : input.agencyWorkers();
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
    public List<FacilityViews.JobRoleView> roles(long facilityId) {
        return JobRole.listFor(Facility.seenBy(access, facilityId)).stream().map(FacilityViews.JobRoleView::from).toList();
    }

    public FacilityViews.JobRoleView addRole(long facilityId, NewJobRole input) {
        Facility facility = Facility.changeableBy(access, facilityId);
        if (JobRole.findByCode(facility, input.code()).isPresent()) {
            throw new Conflict("Facility " + facility.code + " already has a role " + input.code() + ".");
        }
        var role = new JobRole();
        role.facility = facility;
        role.code = input.code();
        role.title = input.title();
        role.jobFunction = input.jobFunction() == null ? JobFunction.WAREHOUSE : input.jobFunction();
        role.persist();
        audit.append("role.created", "job_role", role.id, facility.id, null, FacilityViews.JobRoleView.from(role));
        return FacilityViews.JobRoleView.from(role);
    }

    /** Changes a role's title or job function; its code stays, since descriptions and rosters name it. */
    public FacilityViews.JobRoleView updateRole(long facilityId, long roleId, NewJobRole input) {
        Facility facility = Facility.changeableBy(access, facilityId);
        JobRole role = JobRole.<JobRole>findByIdOptional(roleId).filter(r -> r.facility.id.equals(facility.id))
                .orElseThrow(() -> new NotFound("job role", roleId));
        if (!role.code.equals(input.code())) {
            throw new InvalidInput("A role's code cannot be changed: descriptions and the roster name it.",
                    List.of(FieldError.field("code", "must stay " + role.code)));
        }
        var before = FacilityViews.JobRoleView.from(role);
        role.title = input.title();
        role.jobFunction = input.jobFunction() == null ? JobFunction.WAREHOUSE : input.jobFunction();
        var after = FacilityViews.JobRoleView.from(role);
        audit.append("role.updated", "job_role", role.id, facility.id, before, after);
        changes.fire(new FacilityChanged(facility.id, "role updated"));
        return after;
    }
}
