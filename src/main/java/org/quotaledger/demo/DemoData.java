package org.quotaledger.demo;

import org.quotaledger.time.AppClock;
import java.time.Instant;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Employer;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.security.Role;
import org.quotaledger.security.User;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic registry to look around in: one employer with a California fulfillment center and a
 * New York site, several roles, a few hundred employees, descriptions in every lifecycle state, and
 * a user for every role (listed in the README). Loaded only into an empty registry.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String PASSWORD = "quota-demo-2026";

    private static final String[] FIRST = {"Maria", "José", "Guadalupe", "Luis", "Ana", "Jesús", "Carmen", "Miguel",
            "Nguyễn", "Wei", "Mei", "Jamal", "Aisha", "Kevin", "Jennifer", "Michael", "Sarah", "David", "Olga",
            "Łukasz", "Fatima", "Tyrone", "Priya", "Juan", "Rosa", "Daniel", "Emily", "Hector", "Yesenia", "Tran"};
    private static final String[] LAST = {"García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez",
            "Nguyen", "Chen", "Wang", "Johnson", "Williams", "Brown", "Jones", "Davis", "Kowalski", "Ivanova", "Patel",
            "Khan", "Ramírez", "Flores", "Torres", "Rivera", "Smith", "Lee", "Kim", "Okafor", "Moreno", "Castillo", "Ortiz"};

    @Inject
    AppClock clock;

    @Inject
    DemoConfig config;

    @Inject
    QuotaDocuments documents;

    @Inject
    AuditLog audit;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Employer.count() > 0) {
            LOG.info("Demo data not loaded: the registry already has employers");
            return;
        }
        var random = new Random(2026);
        Employer employer = Employer.named("Pacific Crest Logistics, Inc.");
        employer.persist();

        Facility ont = facility(employer, "ONT8", "Moreno Valley Fulfillment Center", "24208 San Michele Rd, Moreno Valley, CA 92551",
                "CA", "493110", 1450, 9800);
        Facility jfk = facility(employer, "JFK8", "Staten Island Distribution Center", "546 Gulf Ave, Staten Island, NY 10314",
                "NY", "493110", 820, 2100);

        JobRole pick = role(ont, "PICK", "Picker");
        JobRole stow = role(ont, "STOW", "Stower");
        JobRole pack = role(ont, "PACK", "Packer");
        JobRole dock = role(ont, "DOCK", "Dock associate");
        JobRole nyPick = role(jfk, "PICK", "Picker");
        JobRole nyPack = role(jfk, "PACK", "Packer");

        LocalDate today = clock.today(ont.state);
        List<Employee> ontStaff = roster(ont, List.of(pick, stow, pack, dock), 320, "1", random);
        List<Employee> jfkStaff = roster(jfk, List.of(nyPick, nyPack), 160, "5", random);

        // Picker: v1 superseded by v2 (rate raised, warning rule added); stower active; packer in review; dock draft.
        // Each version filed three weeks and reviewed two weeks before its effective day by the facility's manager,
        // and decided one week before it by the site's operations manager: the employer keeps four-eyes approval on,
        // so the one who files never decides. The versions still being worked on take effect in the coming weeks.
        QuotaDescription pickV1 = describe(ont, pick, 1, doc("CA", ont, pick, 110, "2025-06-01"), QuotaDescription.Status.SUPERSEDED, "manager.ca", "ops.ca");
        QuotaDescription pickV2 = describe(ont, pick, 2, doc("CA", ont, pick, 120, "2026-03-02"), QuotaDescription.Status.ACTIVE, "manager.ca", "ops.ca");
        QuotaDescription stowV1 = describe(ont, stow, 1, doc("CA", ont, stow, 250, "2026-01-05"), QuotaDescription.Status.ACTIVE, "manager.ca", "ops.ca");
        describe(ont, pack, 1, doc("CA", ont, pack, 90, today.plusDays(14).toString()), QuotaDescription.Status.IN_REVIEW, "manager.ca", "ops.ca");
        describe(ont, dock, 1, doc("CA", ont, dock, 40, today.plusDays(30).toString()), QuotaDescription.Status.DRAFT, "manager.ca", "ops.ca");
        QuotaDescription nyPickV1 = describe(jfk, nyPick, 1, doc("NY", jfk, nyPick, 105, "2026-02-01"), QuotaDescription.Status.ACTIVE, "manager.ny", "ops.ny");
        // Most staff received their copy; a few did not, so the dashboard has something to shout about.
        deliver(pickV1, ontStaff, 1_000, LocalDate.of(2025, 6, 1));
        deliver(pickV2, ontStaff, 12, LocalDate.of(2026, 3, 2));
        deliver(stowV1, ontStaff, 1_000, LocalDate.of(2026, 1, 5));
        deliver(nyPickV1, jfkStaff, 20, LocalDate.of(2026, 2, 1));
        describe(jfk, nyPack, 1, doc("NY", jfk, nyPack, 80, today.plusDays(30).toString()), QuotaDescription.Status.DRAFT, "manager.ny", "ops.ny");

        user("admin", Role.ADMIN, "Avery Admin", null, List.of());
        user("manager.ca", Role.MANAGER, "Carla Reyes (ONT8 manager)", null, List.of(ont));
        user("manager.ny", Role.MANAGER, "Noah Goldberg (JFK8 manager)", null, List.of(jfk));
        user("ops.ca", Role.MANAGER, "Diego Alvarez (ONT8 operations manager)", null, List.of(ont));
        user("ops.ny", Role.MANAGER, "Grace Okafor (JFK8 operations manager)", null, List.of(jfk));
        user("compliance", Role.COMPLIANCE, "Priya Shah (Compliance)", null, List.of());
        user("regulator", Role.REGULATOR, "DLSE auditor", null, List.of());
        user("employee", Role.EMPLOYEE, ontStaff.getFirst().name, ontStaff.getFirst(), List.of());
        user("employee.ny", Role.EMPLOYEE, jfkStaff.getFirst().name, jfkStaff.getFirst(), List.of());
        User.findByUsername("manager.ca").ifPresent(u -> u.email = "carla.reyes@example.com");
        User.findByUsername("manager.ny").ifPresent(u -> u.email = "noah.goldberg@example.com");
        workSpeed(ont, "E10030");
        workSpeed(jfk, "E50020");
        request(ontStaff.get(7), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, today.minusDays(26));
        request(ontStaff.get(3), RequestKind.DESCRIPTION, RequestChannel.ORAL, today.minusDays(19));
        request(ontStaff.getFirst(), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, today.minusDays(2));
        request(jfkStaff.get(4), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, today.minusDays(12));
        request(jfkStaff.get(9), RequestKind.DESCRIPTION, RequestChannel.ORAL, today.minusDays(3));
        audit.appendAs("system", "demo.loaded", "employer", employer.id, null, null, java.util.Map.of("employer", employer.name,
                "facilities", List.of(ont.code, jfk.code), "employees", ontStaff.size() + jfkStaff.size()));
        // No password in the log: the demo users' one is in the README.
        LOG.infof("Demo data loaded: %d employees at ONT8 and JFK8; sign in as admin, manager.ca, ops.ca, compliance, regulator or employee"
                + " with the demo password from the README", ontStaff.size() + jfkStaff.size());
    }

    private static Facility facility(Employer employer, String code, String name, String address, String state,
                                     String naics, int site, int statewide) {
        var f = new Facility();
        f.employer = employer;
        f.code = code;
        f.name = name;
        f.address = address;
        f.state = state;
        f.naicsCode = naics;
        // The demo roster is a sample of the site: the full headcounts are typed as overrides, with the reason.
        f.siteNonexemptHeadcount = site;
        f.statewideNonexemptHeadcount = statewide;
        f.headcountOverrideReason = "Demo data: the roster holds a sample of the site's staff";
        f.agencyWorkers = site / 20;
        f.persist();
        return f;
    }

    /** 09:00 at the facility on that day: when the demo's story says something happened. */
    private static Instant demoMoment(Facility facility, LocalDate day) {
        return day.atTime(9, 0).atZone(org.quotaledger.law.StateLaws.zone(facility.state)).toInstant();
    }

    private static JobRole role(Facility facility, String code, String title) {
        var r = new JobRole();
        r.facility = facility;
        r.code = code;
        r.title = title;
        r.persist();
        return r;
    }

    private static List<Employee> roster(Facility facility, List<JobRole> roles, int count, String prefix, Random random) {
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var e = new Employee();
            e.facility = facility;
            e.employeeNumber = "E" + prefix + String.format("%04d", i + 1);
            e.name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            e.role = roles.get(i % roles.size());
            e.hireDate = LocalDate.of(2019, 1, 7).plusDays(random.nextInt(2500));
            if (i % 23 == 7) {
                e.separationDate = e.hireDate.plusDays(200 + random.nextInt(300));
            }
            e.exempt = i % 41 == 40;
            int lang = random.nextInt(10);
            e.primaryLanguage = facility.state.equals("CA") ? (lang < 5 ? "es" : lang < 6 ? "zh-Hant" : lang < 7 ? "vi" : "en")
                    : (lang < 3 ? "es" : lang < 4 ? "ru" : "en");
            e.email = e.employeeNumber.toLowerCase() + "@pacificcrest.example";
            // On the roster from the day they were hired, so the facility reads the same as of any past day.
            e.createdAt = demoMoment(facility, e.hireDate);
            e.updatedAt = e.createdAt;
            e.persist();
            staff.add(e);
        }
        return staff;
    }

    private QuotaDocument doc(String jurisdiction, Facility facility, JobRole role, int rate, String effective) {
        var quotas = List.of(
                new Quota(role.title + " rate", Kind.COUNT, "units handled", BigDecimal.valueOf(rate), "units",
                        Duration.ofHours(1), QuotaDocument.Basis.INDIVIDUAL,
                        "Scanner events per productive hour, averaged over the shift",
                        List.of("Coaching conversation after two shifts below rate")),
                new Quota("Time on task", Kind.TIME_ON_TASK, "scanned work time", BigDecimal.valueOf(90), "percent of shift",
                        Duration.ofHours(10), QuotaDocument.Basis.INDIVIDUAL,
                        "Minutes between scans, excluding the activities listed as never off task", List.of()));
        return new QuotaDocument(QuotaDocument.SCHEMA, QuotaDocument.Jurisdiction.valueOf(jurisdiction),
                facility.toDocumentBlock(LocalDate.parse(effective)),
                new QuotaDocument.RoleRef(role.code, role.title), Duration.ofHours(10), false, LocalDate.parse(effective),
                List.of("en", "es"), facility.state.equals("CA") ? List.of("en", "es", "zh-Hant", "vi") : List.of("en", "es", "ru"),
                quotas, new QuotaDocument.TimeOffTask(true, Duration.ofMinutes(30), List.copyOf(EnumSet.allOf(ProtectedActivity.class))),
                false, List.of("Written warning after five shifts below rate in 30 days", "Final warning after a second written warning"),
                false, List.of(), true, Map.of("es", spanish(role)));
    }

    /** The demo's descriptions in Spanish, as a manager would file them beside the English. */
    private static QuotaDocument.Translation spanish(JobRole role) {
        String title = switch (role.code) {
            case "PICK" -> "Preparador de pedidos";
            case "STOW" -> "Almacenador";
            case "PACK" -> "Empacador";
            default -> "Asociado de muelle";
        };
        return new QuotaDocument.Translation(title, List.of(
                new QuotaDocument.QuotaText("Ritmo de " + title.toLowerCase(java.util.Locale.ROOT), "unidades manejadas",
                        "unidades", "Escaneos por hora productiva, promediados en el turno",
                        List.of("Conversación de orientación tras dos turnos por debajo del ritmo")),
                new QuotaDocument.QuotaText("Tiempo en tarea", "tiempo de trabajo escaneado", "por ciento del turno",
                        "Minutos entre escaneos, sin contar las actividades que nunca cuentan como tiempo fuera de tarea",
                        List.of())),
                List.of("Advertencia por escrito tras cinco turnos por debajo del ritmo en 30 días",
                        "Advertencia final tras una segunda advertencia por escrito"), List.of());
    }

    private QuotaDescription describe(Facility facility, JobRole role, int version, QuotaDocument doc,
                                      QuotaDescription.Status status, String manager, String approver) {
        LocalDate effective = doc.effectiveDate();
        var d = QuotaDescription.draft(facility, role, version, documents.toJson(doc), manager, demoMoment(facility, effective.minusDays(21)));
        if (status != QuotaDescription.Status.DRAFT) {
            d.submitForReview(demoMoment(facility, effective.minusDays(14)));
        }
        if (status == QuotaDescription.Status.ACTIVE || status == QuotaDescription.Status.SUPERSEDED) {
            d.activate(QuotaDescription.findActive(role).orElse(null), approver, null, effective, null,
                    demoMoment(facility, effective.minusDays(7)));
        }
        d.persist();
        d.flush();
        return d;
    }

    /** Hands the version to the role's staff on paper, in their language, except every {@code skip}-th one. */
    private static void deliver(QuotaDescription description, List<Employee> staff, int skip, LocalDate effective) {
        int n = 0;
        for (Employee e : staff) {
            if (e.role != description.role || e.exempt || e.separationDate != null) {
                continue;
            }
            if (++n % skip == 0) {
                continue;
            }
            LocalDate on = e.hireDate.isAfter(effective) ? e.hireDate : effective;
            Instant at = on.atTime(9, 0).atZone(org.quotaledger.law.StateLaws.zone(description.facility.state)).toInstant();
            var delivery = Delivery.of(e, description, at, Delivery.Channel.PAPER, e.primaryLanguage.equals("es") ? "es" : "en",
                    description.filedBy, at);
            delivery.persist();
        }
    }

    /** 120 days of daily pick counts for the facility's first employees, generated in the database. */
    private static void workSpeed(Facility facility, String upToNumber) {
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select work_speed_partitions_for(current_date - 120, current_date - 1)").getSingleResult();
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                        "insert into work_speed_record (facility_id, employee_id, work_date, metric, units, time_on_task_minutes,"
                                + " off_task_bathroom, off_task_break, off_task_safety, off_task_other)"
                                + " select e.facility_id, e.id, d::date, 'items picked', 95 + (abs(hashtext(e.employee_number || d::text)) % 40),"
                                + " 400 + (abs(hashtext(d::text || e.employee_number)) % 20), 6 + (abs(hashtext(e.employee_number)) % 8), 30,"
                                + " (abs(hashtext(d::text)) % 3) * 5, abs(hashtext(e.name || d::text)) % 6"
                                + " from employee e, generate_series(current_date - 120, current_date - 1, interval '1 day') d"
                                + " where e.facility_id = ?1 and e.employee_number <= ?2 and extract(isodow from d) < 6")
                .setParameter(1, facility.id).setParameter(2, upToNumber).executeUpdate();
    }

    private static void request(Employee employee, RequestKind kind, RequestChannel channel, LocalDate received) {
        var r = org.quotaledger.request.RequestService.terms(employee, kind, received);
        r.channel = channel;
        r.recordedBy = channel == RequestChannel.ORAL ? "manager" : employee.employeeNumber;
        r.recordedAt = demoMoment(employee.facility, received);
        r.persist();
    }

    private static void user(String username, Role role, String name, Employee employee, List<Facility> facilities) {
        if (User.findByUsername(username).isPresent()) {
            return;
        }
        User u = User.create(username, PASSWORD, role, name);
        u.employeeId = employee == null ? null : employee.id;
        facilities.forEach(f -> u.facilityIds.add(f.id));
        u.persist();
    }
}
