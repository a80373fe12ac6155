package org.quotaledger.rules;

import org.quotaledger.law.JobFunction;
import org.quotaledger.law.RequestKind;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.FacilityBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry knows about one facility on one day, gathered by the application from its
 * database before the rules run ({@link RulesEngine#checkFacility(FacilityFacts)}). Plain records, no
 * behaviour beyond look-ups, so a test can build one in a few lines.
 *
 * @param facility       the registry's facility block (authoritative over a filed document's copy);
 *                       its {@code state} selects the rule pack
 * @param federalOptIn   also check the proposed federal act (pack {@code US})
 * @param evaluatedOn    "today" for deadlines and in-force dates
 * @param descriptions   the ACTIVE description of each role (one per role code)
 * @param records        retention, injury statistics and safety programmes; may be null
 * @param undescribedRoles roles with a description on the way (a draft, or one in review) but no version in force:
 *                       their employees are held to quotas nobody has described to them
 */
public record FacilityFacts(FacilityBlock facility, boolean federalOptIn, LocalDate evaluatedOn,
                            List<ActiveDescription> descriptions, List<Employee> employees,
                            List<Request> requests, List<AdverseAction> adverseActions,
                            List<Complaint> complaints, Records records, Set<String> undescribedRoles) {

    public FacilityFacts {
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
        employees = employees == null ? List.of() : Roster.of(employees);
        requests = requests == null ? List.of() : List.copyOf(requests);
        adverseActions = adverseActions == null ? List.of() : List.copyOf(adverseActions);
        complaints = complaints == null ? List.of() : List.copyOf(complaints);
        undescribedRoles = undescribedRoles == null ? Set.of() : Set.copyOf(undescribedRoles);
    }

    /** Facts in which every role with employees has a version in force, or none at all. */
    public FacilityFacts(FacilityBlock facility, boolean federalOptIn, LocalDate evaluatedOn,
                         List<ActiveDescription> descriptions, List<Employee> employees, List<Request> requests,
                         List<AdverseAction> adverseActions, List<Complaint> complaints, Records records) {
        this(facility, federalOptIn, evaluatedOn, descriptions, employees, requests, adverseActions, complaints, records,
                Set.of());
    }

    /** Facts with no requests, adverse actions, complaints or records yet. */
    public FacilityFacts(FacilityBlock facility, boolean federalOptIn, LocalDate evaluatedOn,
                         List<ActiveDescription> descriptions, List<Employee> employees) {
        this(facility, federalOptIn, evaluatedOn, descriptions, employees, List.of(), List.of(), List.of(), null, Set.of());
    }

    /** Two-letter state code of the facility, which names its rule pack. */
    public String state() {
        return facility.state();
    }

    public Optional<ActiveDescription> descriptionFor(String roleCode) {
        return descriptions.stream().filter(d -> d.roleCode().equals(roleCode)).findFirst();
    }

    public Optional<Employee> employee(String number) {
        if (employees instanceof Roster roster) {
            return Optional.ofNullable(roster.byNumber.get(number));
        }
        return employees.stream().filter(e -> e.number().equals(number)).findFirst();
    }

    /**
     * The employees, unmodifiable, with an index by number: the request and adverse-action rules look an employee up
     * for every request and action, which a scan of a 10,000-employee roster made the largest part of an evaluation.
     */
    private static final class Roster extends java.util.AbstractList<Employee> implements java.util.RandomAccess {

        private final List<Employee> employees;
        private final java.util.Map<String, Employee> byNumber;

        private Roster(List<Employee> employees) {
            this.employees = employees;
            byNumber = new java.util.HashMap<>(employees.size() * 2);
            employees.forEach(e -> byNumber.putIfAbsent(e.number(), e));      // the first, as a scan would find
        }

        static List<Employee> of(List<Employee> employees) {
            return employees instanceof Roster roster ? roster : new Roster(List.copyOf(employees));
        }

        @Override
        public Employee get(int index) {
            return employees.get(index);
        }

        @Override
        public int size() {
            return employees.size();
        }
    }

    /**
     * The ACTIVE version of a role's description.
     *
     * @param effectiveOn               the day employees became subject to this version (activation or
     *                                  effective date, whichever is later)
     * @param previousVersionEffectiveOn when the version it replaced took effect; null for a first version
     */
    public record ActiveDescription(String roleCode, int version, QuotaDocument document, LocalDate effectiveOn,
                                    LocalDate previousVersionEffectiveOn) {

        /** A change of quota, as opposed to a first description: the change-notice rules apply. */
        public boolean isChange() {
            return previousVersionEffectiveOn != null;
        }

        public String label() {
            return "description " + roleCode + " v" + version;
        }
    }

    /**
     * An employee of the facility. {@code primaryLanguage} is a BCP 47 tag; null when unknown. {@code jobFunction}
     * is their role's (drivers and couriers, for one, are outside some statutes).
     */
    public record Employee(String number, String name, String roleCode, boolean exempt, LocalDate hireDate,
                           LocalDate separationDate, String primaryLanguage, List<Delivery> deliveries,
                           JobFunction jobFunction) {

        public Employee {
            deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
            jobFunction = jobFunction == null ? JobFunction.WAREHOUSE : jobFunction;
        }

        /** A warehouse worker. */
        public Employee(String number, String name, String roleCode, boolean exempt, LocalDate hireDate,
                        LocalDate separationDate, String primaryLanguage, List<Delivery> deliveries) {
            this(number, name, roleCode, exempt, hireDate, separationDate, primaryLanguage, deliveries, JobFunction.WAREHOUSE);
        }

        public String subject() {
            return "employee " + number;
        }

        public boolean separatedBefore(LocalDate date) {
            return separationDate != null && separationDate.isBefore(date);
        }
    }

    /** A description handed to an employee: which version, when, how, in which language. */
    public record Delivery(String roleCode, int version, LocalDate deliveredOn, Channel channel, String language,
                           LocalDate acknowledgedOn) {
    }

    /** VERBAL is a briefing only: it is notice (RCW 49.84.020(2)(a)) but never a written description. */
    public enum Channel {
        PAPER, EMAIL, PORTAL, VERBAL;

        public boolean written() {
            return this != VERBAL;
        }
    }

    /**
     * An employee's request for descriptions or work speed data (Cal. Lab. Code §2104, N.Y. Lab. Law §785,
     * RCW 49.84.037, ORS 653.557).
     *
     * @param wsdFrom           first day of the work speed data produced, null if none
     * @param aggregateIncluded whether aggregated data of similar employees was produced (NY, WA, federal)
     * @param languages         languages of what was produced (BCP 47); empty when not known or nothing was
     * @param fee               amount charged, null or zero when free
     */
    public record Request(String employeeNumber, LocalDate receivedOn, RequestKind kind, RequestChannel channel,
                          boolean formerEmployee, LocalDate fulfilledOn, boolean declined, LocalDate wsdFrom,
                          LocalDate wsdTo, boolean aggregateIncluded, List<String> languages, BigDecimal fee) {

        public Request {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }

        /** A request with only its timing known. */
        public static Request of(String employeeNumber, LocalDate receivedOn, RequestKind kind, RequestChannel channel,
                                 LocalDate fulfilledOn) {
            return new Request(employeeNumber, receivedOn, kind, channel, false, fulfilledOn, false, null, null,
                    false, List.of(), null);
        }

        public boolean open() {
            return fulfilledOn == null && !declined;
        }

        public boolean charged() {
            return fee != null && fee.signum() > 0;
        }

        public String subject() {
            return "request " + employeeNumber + " " + receivedOn;
        }
    }

    public enum RequestChannel { ORAL, WRITTEN }

    /**
     * A discipline, termination or other adverse employment action.
     *
     * @param quotaBased          taken wholly or partly for missing a quota
     * @param roleCode            role whose quota was relied on (null when not quota based)
     * @param quotaVersion        description version relied on
     * @param quotaGivenOn        when the applicable quota was handed to the employee for this action
     * @param workSpeedDataGivenOn when the work speed data relied on was handed over (RCW 49.84.020(3))
     * @param explanationGivenOn  when a written explanation was given (federal bill)
     */
    public record AdverseAction(String employeeNumber, LocalDate date, String type, boolean quotaBased,
                                String roleCode, Integer quotaVersion, LocalDate quotaGivenOn,
                                LocalDate workSpeedDataGivenOn, LocalDate explanationGivenOn) {

        public String subject() {
            return "adverse action " + employeeNumber + " " + date;
        }
    }

    /** A quota complaint to the employer or an agency: starts retaliation windows (§2105, §786). */
    public record Complaint(String employeeNumber, LocalDate date, String recipient) {

        public String subject() {
            return "complaint " + employeeNumber + " " + date;
        }
    }

    /**
     * Facility-wide records; any field may be null when unknown.
     *
     * @param retentionMonths            how long work speed data and descriptions are kept
     * @param injuryReductionProgramOn   when the N.Y. §789 program was adopted
     * @param evaluatedRoles             roles with a written §789(2) worksite evaluation
     * @param evaluationsAddressDiscipline whether those evaluations state whether quotas lead to discipline
     * @param lastEvaluationReviewOn     last annual review of the evaluations
     * @param injuryRates                annual injury statistics (Cal. Lab. Code §2107(b), Minn. Stat. §182.6526, federal bill)
     * @param safetyCommitteeMeetings    months with safety-committee minutes (Minn. Stat. §182.6526)
     */
    public record Records(Integer retentionMonths, LocalDate injuryReductionProgramOn, Set<String> evaluatedRoles,
                          Boolean evaluationsAddressDiscipline, LocalDate lastEvaluationReviewOn,
                          List<InjuryRate> injuryRates, Set<YearMonth> safetyCommitteeMeetings) {
    }

    /** One year's injury statistics against the BLS average for the NAICS code. */
    public record InjuryRate(int year, BigDecimal siteRate, BigDecimal employerRate, BigDecimal industryAverage,
                             long workHours) {

        /** The higher of the site's and the employer's rate as a multiple of the industry average. */
        public double ratio() {
            BigDecimal worst = siteRate;
            if (employerRate != null && (worst == null || employerRate.compareTo(worst) > 0)) {
                worst = employerRate;
            }
            if (worst == null || industryAverage == null || industryAverage.signum() == 0) {
                return 0;
            }
            return worst.doubleValue() / industryAverage.doubleValue();
        }
    }
}
