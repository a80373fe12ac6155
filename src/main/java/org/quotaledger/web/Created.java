package org.quotaledger.web;

import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** 201 with the new record's address in Location, the answer to every create. */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(URI location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(entity).build();
    }
}
