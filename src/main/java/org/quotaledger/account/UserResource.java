package org.quotaledger.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.quotaledger.account.UserViews.PasswordReset;
import org.quotaledger.account.UserViews.UserUpdate;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;
import org.quotaledger.account.UserViews.NewUser;
import org.quotaledger.account.UserViews.UserView;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService service;

    @GET
    @Path("me")
    @Authenticated
    public UserView me() {
        return service.me();
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN_ID)
    public List<UserView> users() {
        return service.list();
    }

    @POST
    @Path("users")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<UserView> create(@NotNull @Valid NewUser input, UriInfo uri) {
        UserView user = service.create(input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build(), user);
    }

    @GET
    @Path("users/{id}")
    @RolesAllowed(Role.ADMIN_ID)
    public UserView user(@RestPath long id) {
        return service.view(id);
    }

    @PUT
    @Path("users/{id}")
    @Operation(summary = "Change an account's name, e-mail, role and links (a manager's facilities; an employee's record, "
            + "by employeeId or by employeeFacilityId and employeeNumber). The username and password stay.")
    @RolesAllowed(Role.ADMIN_ID)
    public UserView update(@RestPath long id, @NotNull @Valid UserUpdate input) {
        return service.update(id, input);
    }

    @POST
    @Path("users/{id}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in, and its open sessions end. Not your own, nor the last administrator.")
    @RolesAllowed(Role.ADMIN_ID)
    public UserView disable(@RestPath long id) {
        return service.disable(id);
    }

    @POST
    @Path("users/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    @RolesAllowed(Role.ADMIN_ID)
    public UserView enable(@RestPath long id) {
        return service.enable(id);
    }

    @PUT
    @Path("users/{id}/password")
    @Operation(summary = "Set a new password for an account (audited; the password is never logged)")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<Void> resetPassword(@RestPath long id, @NotNull @Valid PasswordReset input) {
        service.resetPassword(id, input);
        return RestResponse.noContent();
    }
}
