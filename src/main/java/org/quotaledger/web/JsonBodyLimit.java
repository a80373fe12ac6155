package org.quotaledger.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * JSON documents are small (a quota description is a few kilobytes); refusing a huge one before Jackson
 * reads it keeps a careless or hostile client from filling the heap. File uploads have their own limits.
 */
public class JsonBodyLimit {

    // A provider: filters are built at start-up before runtime configuration exists.
    @Inject
    Provider<HttpConfig> config;

    @ServerRequestFilter
    public Optional<Response> refuseHugeJson(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || request.getLength() <= config.get().maxJsonBytes()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(413, "Request too large", "JSON bodies are limited to " + (config.get().maxJsonBytes() / 1024) + " KiB.")
                        .withInstance(request.getUriInfo().getPath()))
                .build());
    }
}
