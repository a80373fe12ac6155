package org.quotaledger.facility;

import org.quotaledger.law.UsStates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.quotaledger.facility.FacilityViews.FacilityInput;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.facility.FacilityViews.JobRoleView;
import org.quotaledger.facility.FacilityViews.NewJobRole;
import org.quotaledger.law.JobFunction;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.FormErrors;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's forms: admins create facilities, admins and a facility's managers change it and add or change its
 * job roles, as the API allows ({@code FacilityResource}). A facility's code and employer stay once created: its
 * descriptions and notices cite them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FacilityFormPages {

    /** A job function as the role form offers it: in words, never the constant. */
    public record FunctionChoice(String value, String label) {
    }

    /** The facility form's fixed parts: the employer and state choices, and the facility being changed (null when new). */
    public record FacilityFormContext(FacilityView editing, List<EmployerChoice> employers, List<UsStates.State> states) {
    }

    /** An employer in the form's select; its id as the form sends it back. */
    public record EmployerChoice(String id, String name) {
    }

    @CheckedTemplate(basePath = "facility")
    static class Templates {
        static native TemplateInstance form(FacilityFormContext context, Map<String, String> values, Map<String, String> errors, String failure);

        static native TemplateInstance role(FacilityView facility, JobRoleView editing, List<FunctionChoice> functions,
                                            Map<String, String> values, Map<String, String> errors, String failure);
    }

    static final List<FunctionChoice> FUNCTIONS = List.of(
            new FunctionChoice(JobFunction.WAREHOUSE.name(), "Warehouse work: picking, packing, stowing, loading"),
            new FunctionChoice(JobFunction.DRIVER.name(), "Driving"),
            new FunctionChoice(JobFunction.COURIER.name(), "Courier or delivery"),
            new FunctionChoice(JobFunction.MANUFACTURING.name(), "Manufacturing"),
            new FunctionChoice(JobFunction.ADMINISTRATIVE.name(), "Administrative or office work"),
            new FunctionChoice(JobFunction.SALES.name(), "Sales"),
            new FunctionChoice(JobFunction.ACCOUNTING.name(), "Accounting"),
            new FunctionChoice(JobFunction.HUMAN_RESOURCES.name(), "Human resources"));

    private static final List<String> FACILITY_FIELDS = List.of("employerId", "code", "name", "address", "state", "naicsCode",
            "siteNonexemptHeadcount", "statewideNonexemptHeadcount", "headcountOverrideReason", "agencyWorkers",
            "cbaCovered", "cbaMetricsNegotiable", "cbaRecordsRightEquivalent", "federalOptIn");

    @Inject
    FacilityService service;

    @Inject
    Validator validator;

    // ---- facilities ------------------------------------------------------------------------------------

    @GET
    @Path("facilities/new")
    @RolesAllowed(Role.ADMIN_ID)
    public TemplateInstance newFacility() {
        // No state is proposed: the state decides which law applies, so the admin chooses it.
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agencyWorkers", "0");
        return Templates.form(context(null), values, Map.of(), null);
    }

    @POST
    @Path("facilities")
    @RolesAllowed(Role.ADMIN_ID)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String employerId, @RestForm String code, @RestForm String name, @RestForm String address,
                           @RestForm String state, @RestForm String naicsCode, @RestForm String siteNonexemptHeadcount,
                           @RestForm String statewideNonexemptHeadcount, @RestForm String headcountOverrideReason,
                           @RestForm String agencyWorkers, @RestForm String cbaCovered, @RestForm String cbaMetricsNegotiable,
                           @RestForm String cbaRecordsRightEquivalent, @RestForm String federalOptIn) {
        Map<String, String> values = values(employerId, code, name, address, state, naicsCode, siteNonexemptHeadcount,
                statewideNonexemptHeadcount, headcountOverrideReason, agencyWorkers, cbaCovered, cbaMetricsNegotiable,
                cbaRecordsRightEquivalent, federalOptIn);
        Map<String, String> errors = new LinkedHashMap<>();
        FacilityInput input = input(values, errors);
        if (errors.isEmpty()) {
            try {
                FacilityView created = service.createFacility(input);
                return Response.seeOther(URI.create("/facilities/" + created.id())).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.form(context(null), values, FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.form(context(null), values, errors, null)).build();
    }

    @GET
    @Path("facilities/{id}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance edit(@RestPath long id) {
        FacilityView f = service.changeable(id);
        Map<String, String> values = values(String.valueOf(f.employerId()), f.code(), f.name(), f.address(), f.state(), f.naicsCode(),
                number(f.siteNonexemptHeadcount()), number(f.statewideNonexemptHeadcount()), f.headcountOverrideReason(),
                String.valueOf(f.agencyWorkers()), flag(f.cbaCovered()), flag(f.cbaMetricsNegotiable()),
                flag(f.cbaRecordsRightEquivalent()), flag(f.federalOptIn()));
        return Templates.form(context(f), values, Map.of(), null);
    }

    @POST
    @Path("facilities/{id}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String name, @RestForm String address,
                           @RestForm String state, @RestForm String naicsCode, @RestForm String siteNonexemptHeadcount,
                           @RestForm String statewideNonexemptHeadcount, @RestForm String headcountOverrideReason,
                           @RestForm String agencyWorkers, @RestForm String cbaCovered, @RestForm String cbaMetricsNegotiable,
                           @RestForm String cbaRecordsRightEquivalent, @RestForm String federalOptIn) {
        FacilityView f = service.changeable(id);
        // The code and employer are shown, not sent: they cannot change, whatever a form claims.
        Map<String, String> values = values(String.valueOf(f.employerId()), f.code(), name, address, state, naicsCode,
                siteNonexemptHeadcount, statewideNonexemptHeadcount, headcountOverrideReason, agencyWorkers, cbaCovered,
                cbaMetricsNegotiable, cbaRecordsRightEquivalent, federalOptIn);
        Map<String, String> errors = new LinkedHashMap<>();
        FacilityInput input = input(values, errors);
        if (errors.isEmpty()) {
            try {
                service.updateFacility(id, input);
                return Response.seeOther(URI.create("/facilities/" + id)).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.form(context(f), values, FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.form(context(f), values, errors, null)).build();
    }

    private FacilityFormContext context(FacilityView editing) {
        return new FacilityFormContext(editing, editing == null ? service.employers().stream()
                .map(e -> new EmployerChoice(String.valueOf(e.id()), e.name())).toList() : List.of(), UsStates.all());
    }

    private static Map<String, String> values(String... inOrder) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < FACILITY_FIELDS.size(); i++) {
            values.put(FACILITY_FIELDS.get(i), inOrder[i] == null ? "" : inOrder[i]);
        }
        return values;
    }

    /** The form as the API's input, each unreadable value reported beside its field. */
    private FacilityInput input(Map<String, String> v, Map<String, String> errors) {
        Long employer = whole(v, "employerId", errors, "choose the employer", Long::valueOf);
        String state = v.get("state").strip();
        if (state.isEmpty()) {
            errors.put("state", "choose the state the facility is in");
        } else if (UsStates.find(state).isEmpty()) {
            errors.put("state", "choose a state from the list");
        }
        var input = new FacilityInput(employer, blankToNull(v.get("code")), blankToNull(v.get("name")), blankToNull(v.get("address")),
                state.isEmpty() ? null : state, blankToNull(v.get("naicsCode")),
                whole(v, "siteNonexemptHeadcount", errors, "must be a whole number of people, or empty", Integer::valueOf),
                whole(v, "statewideNonexemptHeadcount", errors, "must be a whole number of people, or empty", Integer::valueOf),
                "true".equals(v.get("cbaCovered")), "true".equals(v.get("cbaMetricsNegotiable")),
                "true".equals(v.get("cbaRecordsRightEquivalent")), "true".equals(v.get("federalOptIn")),
                whole(v, "agencyWorkers", errors, "must be a whole number of people (0 if none)", Integer::valueOf),
                blankToNull(v.get("headcountOverrideReason")));
        FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.containsKey("employerId") && v.get("employerId").isBlank()) {
            errors.put("employerId", "choose the employer");
        }
        return input;
    }

    private static <T> T whole(Map<String, String> values, String field, Map<String, String> errors, String problem,
                               java.util.function.Function<String, T> parse) {
        String value = values.get(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, problem);
            return null;
        }
    }

    // ---- job roles -------------------------------------------------------------------------------------

    @GET
    @Path("facilities/{id}/roles/new")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance newRole(@RestPath long id) {
        return Templates.role(service.changeable(id), null, FUNCTIONS, Map.of("jobFunction", JobFunction.WAREHOUSE.name()), Map.of(), null);
    }

    @POST
    @Path("facilities/{id}/roles")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRole(@RestPath long id, @RestForm String code, @RestForm String title, @RestForm String jobFunction) {
        FacilityView facility = service.changeable(id);
        Map<String, String> values = roleValues(code, title, jobFunction);
        Map<String, String> errors = new LinkedHashMap<>();
        NewJobRole input = roleInput(values, errors);
        if (errors.isEmpty()) {
            try {
                service.addRole(id, input);
                return Response.seeOther(URI.create("/facilities/" + id + "#roles")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.role(facility, null, FUNCTIONS, values, FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.role(facility, null, FUNCTIONS, values, errors, null)).build();
    }

    @GET
    @Path("facilities/{id}/roles/{roleId}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance editRole(@RestPath long id, @RestPath long roleId) {
        JobRoleView role = service.changeableRole(id, roleId);
        return Templates.role(service.changeable(id), role, FUNCTIONS, roleValues(role.code(), role.title(), role.jobFunction().name()),
                Map.of(), null);
    }

    @POST
    @Path("facilities/{id}/roles/{roleId}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateRole(@RestPath long id, @RestPath long roleId, @RestForm String title, @RestForm String jobFunction) {
        JobRoleView role = service.changeableRole(id, roleId);
        FacilityView facility = service.changeable(id);
        Map<String, String> values = roleValues(role.code(), title, jobFunction);
        Map<String, String> errors = new LinkedHashMap<>();
        NewJobRole input = roleInput(values, errors);
        if (errors.isEmpty()) {
            try {
                service.updateRole(id, roleId, input);
                return Response.seeOther(URI.create("/facilities/" + id + "#roles")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.role(facility, role, FUNCTIONS, values, FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.role(facility, role, FUNCTIONS, values, errors, null)).build();
    }

    private static Map<String, String> roleValues(String code, String title, String jobFunction) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", code == null ? "" : code);
        values.put("title", title == null ? "" : title);
        values.put("jobFunction", jobFunction == null ? "" : jobFunction);
        return values;
    }

    private NewJobRole roleInput(Map<String, String> values, Map<String, String> errors) {
        JobFunction function = Arrays.stream(JobFunction.values()).filter(f -> f.name().equals(values.get("jobFunction")))
                .findFirst().orElse(null);
        if (function == null) {
            errors.put("jobFunction", "choose what the people in this role mainly do");
        }
        var input = new NewJobRole(blankToNull(values.get("code")), blankToNull(values.get("title")), function);
        FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
        return input;
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String flag(boolean value) {
        return value ? "true" : "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
