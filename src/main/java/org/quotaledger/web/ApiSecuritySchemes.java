package org.quotaledger.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;

/**
 * The API document names both ways an integration signs in: HTTP Basic (Quarkus' generated {@value #BASIC} scheme) and
 * {@code Authorization: Bearer} (an API token; with single sign-on configured, also the provider's access token). Each
 * secured operation lists them as alternatives with the same roles, so generated clients offer the token, which is the
 * fast path (docs/benchmarks.md).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiSecuritySchemes implements OASFilter {

    static final String BASIC = "SecurityScheme";

    static final String BEARER = "BearerToken";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(BASIC)) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().get(BASIC)
                .description("HTTP Basic with a Quota Ledger account: checks the password on every call (slow; for trying the API by hand).");
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token (ql_...) made on the API tokens page or POST /api/v1/tokens; where single sign-on is"
                        + " configured, also an access token from the identity provider."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::offerBearer));
    }

    private void offerBearer(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null) {
            return;
        }
        List<SecurityRequirement> withBearer = new ArrayList<>(requirements);
        for (SecurityRequirement requirement : requirements) {
            if (requirement.hasScheme(BASIC) && requirements.stream().noneMatch(r -> r.hasScheme(BEARER))) {
                withBearer.add(OASFactory.createSecurityRequirement().addScheme(BEARER, requirement.getScheme(BASIC)));
            }
        }
        operation.setSecurity(withBearer);
    }
}
