package org.quotaledger.notice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotaledger.signing.ExternalTools;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice states the rights its state's law gives, from that law's facts, and never contradicts itself. */
class RightsFromLawTest {

    private final EmployeeNoticeRenderer employee = new EmployeeNoticeRenderer();
    private final RegulatorNoticeRenderer regulator = new RegulatorNoticeRenderer();

    @TempDir
    Path dir;

    private String text(byte[] pdf) throws Exception {
        return ExternalTools.pdftotext(Files.write(Files.createTempFile(dir, "notice", ".pdf"), pdf)).replaceAll("\\s+", " ");
    }

    private static EmployeeNoticeModel in(String state, String language) {
        EmployeeNoticeModel m = NoticeFixtures.employeeNotice("Sam Lee", language);
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(), state,
                m.employeeNumber(), m.employeeName(), m.primaryLanguage(), m.roleTitle(), m.descriptionVersion(), m.document(),
                m.issuedAt(), m.verificationCode(), m.verificationUrl());
    }

    @Test
    void theRightsAreTheLawsFactsInTheEmployeesLanguage() throws Exception {
        assertThat(text(employee.render(in("CA", "en"))))
                .contains("for the 90 days before your request", "A former employee may make one request",
                        "within 21 calendar days (Cal. Lab. Code §2104(b))", "(Cal. Lab. Code §2105)",
                        "California Labor Commissioner's Office (DLSE), https://www.dir.ca.gov/dlse/");
        assertThat(text(employee.render(in("WA", "es"))))
                .contains("6 meses", "dentro de los 3 años siguientes a su salida", "2 días hábiles", "7 días hábiles",
                        "inglés y en su idioma principal");
        assertThat(text(employee.render(in("OR", "en"))))
                .contains("one request within 3 years of leaving", "may not punish you");
        assertThat(text(employee.render(in("MN", "en"))))
                .contains("within the time the law sets").doesNotContain("calendar days");
        assertThat(text(employee.render(in("TX", "en"))))
                .contains("You may ask your employer at any time").doesNotContain("calendar days");
    }

    @Test
    void aQuotaWithoutItsOwnConsequenceIsNotSaidToHaveNoneWhenConsequencesApplyToEveryQuota() throws Exception {
        String notice = text(employee.render(in("CA", "en")));
        assertThat(notice).contains("The consequences listed for every quota apply.").doesNotContain("No consequence is stated");
        assertThat(text(regulator.render(NoticeFixtures.regulatorNotice())))
                .contains("Consequences for every quota: Written warning after five shifts below rate in 30 days");
    }
}
