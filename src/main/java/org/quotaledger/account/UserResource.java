package org.quotaledger.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
}
