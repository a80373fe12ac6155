package org.quotaledger.notice;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.quotaledger.security.Role;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** The public verification page (the QR code's target) and the facility's notice page with bulk issuing. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NoticePages {

    @CheckedTemplate(basePath = "notice")
    static class Templates {
        static native TemplateInstance verify(String code, NoticeService.Verification result, NoticeService.CodeLookup lookup,
                                              String failure, List<SignerView> signers);

        static native TemplateInstance facility(NoticeViews.FacilityNotices page, String failure);
    }

    @Inject
    NoticeService notices;

    @Inject
    NoticeJobService jobs;

    @Inject
    SigningKeys keys;

    @Inject
    NoticeConfig config;

    @GET
    @Path("verify")
    @PermitAll
    public Response verifyForm(@RestQuery String code) {
        // The look-up form is a plain GET form: no script needed (the pages' Content-Security-Policy allows none inline).
        if (code != null && !code.isBlank()) {
            return Response.seeOther(URI.create("/verify/" + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))).build();
        }
        return Response.ok(page(null, null, null)).build();
    }

    /** The QR code's target: what the notice with this code says, for the holder to compare with their copy. */
    @GET
    @Path("verify/{code}")
    @PermitAll
    public Response verifyCode(@RestPath String code) {
        try {
            return Response.ok(Templates.verify(code, null, notices.lookup(code), null, signers())).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(code, null, e.getMessage())).build();
        }
    }

    @POST
    @Path("verify")
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verifyUpload(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(page(null, null, "Choose the notice's PDF file to check.")).build();
        }
        try (var in = Files.newInputStream(file.uploadedFile())) {
            return Response.ok(page(null, notices.verify(Uploads.bytes(in, config.maxVerifyBytes())), null)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(null, null, e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registry's own certificate: it signs the audit trail's heads (and everything, with a configured keystore). */
    @GET
    @Path("verify/certificate.pem")
    @PermitAll
    @Produces("application/x-pem-file")
    public Response certificate() {
        return certificate(keys.registry(), "quota-ledger-signing-certificate.pem");
    }

    @GET
    @Path("verify/signing.crl")
    @PermitAll
    @Produces("application/pkix-crl")
    public Response revocationList() {
        return revocationList(keys.registry(), "quota-ledger-signing.crl");
    }

    /** The certificate that signs one employer's notices and packets. */
    @GET
    @Path("verify/employers/{id}/certificate.pem")
    @PermitAll
    @Produces("application/x-pem-file")
    public Response employerCertificate(@RestPath long id) {
        return certificate(employerKey(id), "quota-ledger-employer-" + id + "-certificate.pem");
    }

    @GET
    @Path("verify/employers/{id}/signing.crl")
    @PermitAll
    @Produces("application/pkix-crl")
    public Response employerRevocationList(@RestPath long id) {
        return revocationList(employerKey(id), "quota-ledger-employer-" + id + ".crl");
    }

    private SigningKeys.Key employerKey(long id) {
        return keys.employerKey(id).orElseThrow(() -> new NotFound("No signing key of employer " + id + " exists here."));
    }

    private static Response certificate(SigningKeys.Key key, String file) {
        return Response.ok(key.certificatePem()).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private Response revocationList(SigningKeys.Key key, String file) {
        byte[] crl = keys.revocationList(key).orElseThrow(() -> new NotFound(
                "This installation signs with a key from its own certificate authority, which publishes the revocation list"));
        return Response.ok(crl).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** The same download as the API's, for signed-in browsers (the API takes HTTP Basic only). */
    @GET
    @Path("notices/{id}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public Response pdf(@RestPath long id) {
        return NoticeResource.download(notices.notice(id));
    }

    @GET
    @Path("facilities/{id}/notices")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public TemplateInstance facility(@RestPath long id) {
        return facilityPage(id, null);
    }

    @POST
    @Path("facilities/{id}/notices/jobs")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startJob(@RestPath long id, @RestForm String roleCode) {
        try {
            jobs.start(id, roleCode);
            return Response.seeOther(URI.create("/facilities/" + id + "/notices")).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(facilityPage(id, e.getMessage())).build();
        }
    }

    @POST
    @Path("facilities/{id}/notices/regulator")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public Response regulatorNotice(@RestPath long id) {
        NoticeViews.NoticeView notice = notices.issueRegulatorNotice(id);
        return Response.seeOther(URI.create("/notices/" + notice.id() + ".pdf")).build();
    }

    private TemplateInstance facilityPage(long id, String failure) {
        return Templates.facility(notices.facilityNotices(id), failure);
    }

    private TemplateInstance page(String code, NoticeService.Verification result, String failure) {
        return Templates.verify(code, result, null, failure, signers());
    }

    /**
     * A key as the verification page lists it: whose it is, its fingerprint (what readers compare before trusting
     * it), and where its certificate and revocation list are published.
     */
    public record SignerView(String name, String role, String fingerprint, boolean selfSigned, String description,
                             java.time.Instant createdAt, String certificateUrl, String revocationListUrl) {
    }

    private List<SignerView> signers() {
        return keys.all().stream().map(k -> {
            String base = k.employerId() == null ? "/verify" : "/verify/employers/" + k.employerId();
            return new SignerView(k.identity().displayName(), k.employerId() == null ? "registry" : "employer", k.fingerprint(),
                    k.source().selfSigned(), k.source().description(), k.source().createdAt(), base + "/certificate.pem",
                    k.publishesRevocationList() ? base + "/signing.crl" : null);
        }).toList();
    }
}
