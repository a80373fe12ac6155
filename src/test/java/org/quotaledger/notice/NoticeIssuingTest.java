package org.quotaledger.notice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.signing.Pem;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

@QuarkusTest
class NoticeIssuingTest {

    @Inject
    NoticeJobWorker worker;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    @Inject
    TransactionSynchronizationRegistry synchronizations;

    /** A facility whose role has an active description, with employees in that role. */
    record Site(Facility facility, JobRole role, long description, Credentials manager) {
        static Site create() {
            Facility facility = Fixtures.facility();
            JobRole role = Fixtures.role(facility);
            long description = Fixtures.activeDescription(facility, role);
            return new Site(facility, role, description, Fixtures.manager(facility));
        }
    }

    private static long issue(Credentials manager, Employee employee) {
        return Fixtures.as(manager).when().post("/api/v1/employees/" + employee.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static byte[] pdf(Credentials who, long noticeId) {
        return Fixtures.as(who).when().get("/api/v1/notices/" + noticeId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private String employerName(long employerId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select name from employer where id = ?1")
                .setParameter(1, employerId).getSingleResult());
    }

    private static Response verify(Credentials who, byte[] pdf) {
        var request = who == null ? given() : Fixtures.as(who);
        return request.contentType("application/pdf").body(pdf).when().post("/api/v1/notices/verify");
    }

    @Test
    void anIssuedNoticeIsTrustedByPdfsigAndPassesQpdf(@TempDir Path dir) throws Exception {
        Site site = Site.create();
        Employee employee = Fixtures.employee(site.facility(), site.role());
        long notice = issue(site.manager(), employee);
        Path file = Files.write(dir.resolve("notice.pdf"), pdf(site.manager(), notice));
        // The employer's own certificate, as the public verification page lists it.
        String employerPage = "/verify/employers/" + site.facility().employerId();
        String certificate = given().when().get(employerPage + "/certificate.pem").then().statusCode(200).extract().asString();
        assertThat(Pem.readCertificate(certificate).getSubjectX500Principal().getName())
                .contains("O=" + employerName(site.facility().employerId()));

        byte[] crl = given().when().get(employerPage + "/signing.crl").then().statusCode(200)
                .contentType("application/pkix-crl").extract().asByteArray();

        String pdfsig = ExternalTools.pdfsig(ExternalTools.nssDatabaseTrusting(dir, certificate, crl), file);
        assertThat(pdfsig).contains("Signature is Valid.", "Certificate is Trusted.", "Total document signed",
                "ETSI.CAdES.detached", "SHA-256");
        assertThat(ExternalTools.run("qpdf", "--check", file.toString()).output())
                .contains("No syntax or stream encoding errors found");
        // Issuing is a delivery: the ledger shows it, through the portal, pointing at this version.
        asAdmin().when().get("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].channel", equalTo("PORTAL"))
                .body("[0].descriptionId", equalTo((int) site.description()));
    }

    @Test
    void aNoticeWithOneChangedByteIsReportedInvalidByTheEndpointAndByPdfsig(@TempDir Path dir) throws Exception {
        Site site = Site.create();
        long notice = issue(site.manager(), Fixtures.employee(site.facility(), site.role()));
        byte[] original = pdf(site.manager(), notice);
        verify(null, original).then().statusCode(200).body("genuine", equalTo(true)).body("unchanged", equalTo(true));

        byte[] tampered = original.clone();
        int at = original.length - 2_000;                      // inside the signed byte range, after /Contents
        tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
        verify(null, tampered).then().statusCode(200)
                .body("genuine", equalTo(false)).body("unchanged", equalTo(false));
        Path file = Files.write(dir.resolve("tampered.pdf"), tampered);
        assertThat(ExternalTools.run("pdfsig", file.toString()).output()).contains("Digest Mismatch.");
    }

    @Test
    void aNoticeOfASupersededVersionIsGenuineButNotCurrent() {
        Site site = Site.create();
        long notice = issue(site.manager(), Fixtures.employee(site.facility(), site.role()));
        byte[] old = pdf(site.manager(), notice);
        var next = Fixtures.document(site.facility(), site.role().code());
        ((com.fasterxml.jackson.databind.node.ObjectNode) next.get("quotas").get(0)).put("quantity", 140);
        long v2 = Fixtures.file(site.facility(), next);
        Fixtures.submit(v2);
        Fixtures.activate(v2);

        verify(site.manager(), old).then().statusCode(200)
                .body("genuine", equalTo(true)).body("current", equalTo(false)).body("descriptionVersion", equalTo(1));
    }

    @Test
    void aForeignPdfAndANonPdfAreAnsweredClearly() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Not a notice"));
        document.close();

        verify(null, out.toByteArray()).then().statusCode(200)
                .body("genuine", equalTo(false)).body("signatureValid", equalTo(false)).body("registered", equalTo(false));
        verify(null, "just some text".getBytes()).then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/pdf").body(new byte[0]).when().post("/api/v1/notices/verify")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEmployeeSeesOnlyWhetherAnotherEmployeesNoticeIsGenuine() {
        Site site = Site.create();
        Employee self = Fixtures.employee(site.facility(), site.role());
        Employee colleague = Fixtures.employee(site.facility(), site.role());
        Credentials employee = Fixtures.employeeUser(self);
        long own = issue(site.manager(), self);
        long theirs = issue(site.manager(), colleague);

        Fixtures.as(employee).when().get("/api/v1/notices/" + theirs + "/pdf").then().statusCode(404)
                .contentType("application/problem+json");
        Fixtures.as(employee).when().get("/api/v1/employees/" + colleague.id() + "/notices").then().statusCode(404);
        verify(employee, pdf(site.manager(), theirs)).then().statusCode(200)
                .body("genuine", equalTo(true)).body("detailsHidden", equalTo(true))
                .body("employeeNumber", equalTo(null)).body("noticeId", equalTo(null));
        verify(employee, pdf(employee, own)).then().statusCode(200)
                .body("detailsHidden", equalTo(false)).body("employeeNumber", equalTo(self.employeeNumber()));
    }

    @Test
    void aBulkJobForTwoThousandEmployeesFinishesWithExactlyOneNoticeEachAfterACrashHalfWay() {
        Site site = Site.create();
        var csv = new StringBuilder("employee_number,name,role,hire_date\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("B").append(i).append(",Worker ").append(i).append(',').append(site.role().code()).append(",2024-05-01\n");
        }
        Fixtures.as(site.manager()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/facilities/" + site.facility().id() + "/roster")
                .then().statusCode(200).body("created", equalTo(2_000));

        long job = Fixtures.as(site.manager()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + site.facility().id() + "/notice-jobs")
                .then().statusCode(202).body("total", equalTo(2_000)).body("status", equalTo("QUEUED"))
                .extract().jsonPath().getLong("id");

        // The first instance claims the job, stores two batches, and dies: its lease is never renewed.
        assertThat(worker.claim()).isEqualTo(job);
        for (int i = 0; i < 2; i++) {
            var batch = QuarkusTransaction.requiringNew().call(() -> worker.nextBatch(job, 0, new HashMap<>()));
            var signed = worker.sign(batch);
            QuarkusTransaction.requiringNew().run(() -> worker.store(job, batch.items(), signed));
        }
        Fixtures.as(site.manager()).when().get("/api/v1/notice-jobs/" + job).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("done", equalTo(128));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update notice_job set lease_until = now() - interval '1 second' where id = :id").setParameter("id", job).executeUpdate());

        worker.poll();                                         // the restarted instance finds the expired lease

        Fixtures.as(site.manager()).when().get("/api/v1/notice-jobs/" + job).then().statusCode(200)
                .body("status", equalTo("DONE")).body("done", equalTo(2_000)).body("percent", equalTo(100));
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        select count(*), count(distinct n.employee_id),
                               (select count(*) from delivery d join notice x on x.id = d.notice_id where x.job_id = :job)
                        from notice n where n.job_id = :job""").setParameter("job", job).getSingleResult());
        assertThat(((Number) counts[0]).intValue()).as("notices").isEqualTo(2_000);
        assertThat(((Number) counts[1]).intValue()).as("employees with a notice").isEqualTo(2_000);
        assertThat(((Number) counts[2]).intValue()).as("deliveries recorded").isEqualTo(2_000);
    }

    @Test
    void aBulkJobStartedWhenItsQueuingTransactionCommitsAsksForTheFacilitysReevaluation() throws Exception {
        Site site = Site.create();
        Fixtures.employee(site.facility(), site.role());
        long job = Fixtures.as(site.manager()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + site.facility().id() + "/notice-jobs")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        long facility = site.facility().id();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from evaluation_request where facility_id = :f").setParameter("f", facility).executeUpdate());

        // As an instance starts the worker when a job is queued: from the queuing transaction's completion, on another
        // thread, to which the context propagation hands that finished transaction.
        CompletableFuture<Void> ran = new CompletableFuture<>();
        Synchronization startsTheWorker = new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                executor.runAsync(worker::poll).whenComplete((done, failure) -> ran.complete(null));
            }
        };
        QuarkusTransaction.requiringNew().run(() -> synchronizations.registerInterposedSynchronization(startsTheWorker));
        ran.get(60, TimeUnit.SECONDS);

        Fixtures.as(site.manager()).when().get("/api/v1/notice-jobs/" + job).then().statusCode(200)
                .body("status", equalTo("DONE")).body("done", equalTo(1));
        List<?> reasons = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select reasons from evaluation_request where facility_id = :f").setParameter("f", site.facility().id())
                .getResultList());
        assertThat(reasons).as("the facility waits for a re-evaluation after the job").hasSize(1);
        assertThat((String) reasons.getFirst()).contains("notices issued in bulk");
    }

    @Test
    void onlyTheFacilitysManagersStartBulkJobs() {
        Site site = Site.create();
        Fixtures.employee(site.facility(), site.role());
        Fixtures.as(Fixtures.manager(Fixtures.facility())).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + site.facility().id() + "/notice-jobs")
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(Fixtures.compliance()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + site.facility().id() + "/notice-jobs")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
