package org.quotaledger.employee;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;

/** The employee's own page: their record and the quota description they are currently subject to. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_ID)
public class MyPages {

    @CheckedTemplate(basePath = "employee")
    static class Templates {
        static native TemplateInstance me(Employee employee, QuotaDescription current, QuotaDocument document);
    }

    @Inject
    Access access;

    @Inject
    QuotaDocuments documents;

    @GET
    @Path("me")
    public TemplateInstance me() {
        Employee self = access.self();
        QuotaDescription current = self.role == null ? null : QuotaDescription.findActive(self.role).orElse(null);
        return Templates.me(self, current, current == null ? null : documents.read(current));
    }
}
