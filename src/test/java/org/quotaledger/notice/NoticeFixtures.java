package org.quotaledger.notice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Basis;
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.document.QuotaDocument.RoleRef;
import org.quotaledger.document.QuotaDocument.TimeOffTask;

/** The spec's example document (ONT8 picker) and notices built on it. */
public final class NoticeFixtures {

    public static final Instant ISSUED = Instant.parse("2026-03-02T16:00:00Z");

    private NoticeFixtures() {
    }

    /** The picker document's texts in Spanish, as a manager files them beside the English. */
    public static final QuotaDocument.Translation SPANISH = new QuotaDocument.Translation("Preparador de pedidos",
            List.of(new QuotaDocument.QuotaText("Ritmo de preparación", "unidades preparadas", "unidades",
                            "Escaneos por hora productiva, promediados en el turno",
                            List.of("Conversación de orientación tras dos turnos por debajo del ritmo")),
                    new QuotaDocument.QuotaText("Tiempo en tarea", "escanear, preparar y caminar entre ubicaciones", null,
                            "Minutos entre escaneos, sin contar las actividades de tiempo fuera de tarea", List.of()),
                    new QuotaDocument.QuotaText("Rendimiento de la zona", "unidades preparadas por la zona", null,
                            "Producción de la zona comparada con el promedio del sitio en el mismo turno", null)),
            List.of("Advertencia por escrito tras cinco turnos por debajo del ritmo en 30 días",
                    "Advertencia final por escrito tras una segunda advertencia en 90 días"),
            List.of());

    public static QuotaDocument pickerDocument() {
        return new QuotaDocument(QuotaDocument.SCHEMA, Jurisdiction.CA,
                new FacilityBlock("ONT8", "Moreno Valley Fulfillment", "CA", "493110", 1450, 9800,
                        new CollectiveBargaining(false, false, false)),
                new RoleRef("PICK", "Picker"), Duration.ofHours(10), false, LocalDate.of(2026, 3, 2),
                List.of("en", "es"), List.of("en", "es"),
                List.of(new Quota("Pick rate", Kind.COUNT, "units picked", new BigDecimal("120"), "units", Duration.ofHours(1),
                                Basis.INDIVIDUAL, "Scanner events per productive hour, averaged over the shift",
                                List.of("Coaching conversation after two shifts below rate")),
                        new Quota("Time on task", Kind.TIME_ON_TASK, "scanning, picking and walking between pick locations",
                                new BigDecimal("85"), null, Duration.ofHours(10), Basis.INDIVIDUAL,
                                "Minutes between scanner events, excluding the activities listed under time off task", List.of()),
                        new Quota("Zone throughput", Kind.RELATIVE, "units picked by the zone", null, null, Duration.ofHours(10),
                                Basis.GROUP, "Zone output compared with the site average for the same shift", null)),
                new TimeOffTask(true, Duration.ofMinutes(30), List.of(ProtectedActivity.values())),
                false,
                List.of("Written warning after five shifts below rate in 30 days",
                        "Final written warning after a second written warning in 90 days"),
                false, List.of(), true, java.util.Map.of("es", SPANISH));
    }

    public static EmployeeNoticeModel employeeNotice(String employeeName, String language) {
        return new EmployeeNoticeModel("Acme Fulfillment LLC", "ONT8", "Moreno Valley Fulfillment",
                "24208 San Michele Rd, Moreno Valley, CA 92551", "CA", "E-004512", employeeName, language, "Picker", 3,
                pickerDocument(), ISSUED, "QL-7K3M-9XQ2", "https://quota.acme.example/verify/QL-7K3M-9XQ2");
    }

    /**
     * A notice in {@code language} whose document holds that language's text: the fixture's own translation where it
     * has one, else the English words standing in for one. Tests of a language's fixed wording (headings, rights,
     * glyphs) use it; a document without the language's text gives an English notice (see NoticeLanguages).
     */
    public static EmployeeNoticeModel fixedTextNotice(String employeeName, String language) {
        QuotaDocument d = pickerDocument();
        var translations = new java.util.LinkedHashMap<>(d.translations());
        if (!d.writtenIn(language)) {
            translations.put(language, new QuotaDocument.Translation(d.role().title(), d.quotas().stream()
                    .map(q -> new QuotaDocument.QuotaText(q.name(), q.task(), q.unit(), q.howMeasured(), q.adverseActions()))
                    .toList(), d.adverseActions(), d.incentives()));
        }
        QuotaDocument withText = new QuotaDocument(d.schema(), d.jurisdiction(), d.facility(), d.role(), d.shift(), d.onCall(),
                d.effectiveDate(), d.languages(), d.employeeLanguages(), d.quotas(), d.timeOffTask(),
                d.breaksCountedAsProductive(), d.adverseActions(), d.incentiveProgram(), d.incentives(), d.rightsStatement(),
                translations);
        EmployeeNoticeModel m = employeeNotice(employeeName, language);
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(),
                m.facilityState(), m.employeeNumber(), m.employeeName(), language, m.roleTitle(), m.descriptionVersion(),
                withText, m.issuedAt(), m.verificationCode(), m.verificationUrl());
    }

    /** The spec's example as it stands: one quota, no incentives; the common case, and one page. */
    public static EmployeeNoticeModel specExampleNotice(String employeeName, String language) {
        QuotaDocument full = pickerDocument();
        QuotaDocument oneQuota = new QuotaDocument(full.schema(), full.jurisdiction(), full.facility(), full.role(), full.shift(),
                full.onCall(), full.effectiveDate(), full.languages(), full.employeeLanguages(), full.quotas().subList(0, 1),
                full.timeOffTask(), false, full.adverseActions(), false, List.of(), true);
        EmployeeNoticeModel m = employeeNotice(employeeName, language);
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(),
                m.facilityState(), m.employeeNumber(), m.employeeName(), language, m.roleTitle(), m.descriptionVersion(),
                oneQuota, m.issuedAt(), m.verificationCode(), m.verificationUrl());
    }

    public static RegulatorNoticeModel regulatorNotice() {
        QuotaDocument picker = pickerDocument();
        QuotaDocument stower = new QuotaDocument(QuotaDocument.SCHEMA, Jurisdiction.CA, picker.facility(),
                new RoleRef("STOW", "Stower"), Duration.ofHours(10), false, LocalDate.of(2026, 2, 16),
                List.of("en", "es"), List.of("en", "es"),
                List.of(new Quota("Stow rate", Kind.SPEED, "items stowed", new BigDecimal("240"), "items", Duration.ofHours(1),
                        Basis.INDIVIDUAL, "Bin scans per productive hour", List.of("Coaching after three shifts below rate"))),
                new TimeOffTask(true, null, List.of(ProtectedActivity.MEAL_PERIOD, ProtectedActivity.REST_PERIOD,
                        ProtectedActivity.BATHROOM)),
                false, List.of(), false, List.of(), true);
        return new RegulatorNoticeModel("Acme Fulfillment LLC", "ONT8", "Moreno Valley Fulfillment",
                "24208 San Michele Rd, Moreno Valley, CA 92551", "CA",
                RegulatorNoticeModel.Coverage.from(picker.facility()),
                List.of(new RegulatorNoticeModel.ActiveDescription("PICK", "Picker", 3, picker),
                        new RegulatorNoticeModel.ActiveDescription("STOW", "Stower", 1, stower)),
                new RegulatorNoticeModel.Deliveries(1450, 1432, 18),
                List.of(new RegulatorNoticeModel.OpenFinding("CA-2103-TOT-BATHROOM-TRAVEL", "FAIL", "Cal. Lab. Code §2103",
                                "Stower: walking to and from the bathroom is not excluded from time off task."),
                        new RegulatorNoticeModel.OpenFinding("CA-2101-DELIVERY-ON-HIRE", "PENDING", "Cal. Lab. Code §2101",
                                "18 employees have not yet received the current description; the oldest has been waiting 3 days.")),
                ISSUED, "QL-4F8T-2MZR", "https://quota.acme.example/verify/QL-4F8T-2MZR");
    }
}
