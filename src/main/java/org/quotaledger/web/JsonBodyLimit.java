package org.quotaledger.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Optional;

/**
 * JSON documents are small (a quota description is a few kilobytes); refusing a huge one before Jackson
 * reads it keeps a careless or hostile client from filling the heap. File uploads have their own limits.
 * A body sent without a Content-Length (chunked) is counted as it is read and refused at the same limit.
 */
public class JsonBodyLimit {

    // A provider: filters are built at start-up before runtime configuration exists.
    @Inject
    Provider<HttpConfig> config;

    @ServerRequestFilter
    public Optional<Response> refuseHugeJson(ContainerRequestContext request, SimpleResourceInfo resource) {
        MediaType type = request.getMediaType();
        long limit = config.get().maxJsonBytes();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || readsItsOwnStream(resource)) {
            return Optional.empty();
        }
        if (request.getLength() < 0) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
            return Optional.empty();
        }
        if (request.getLength() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(413, "Request too large", "JSON bodies are limited to " + (config.get().maxJsonBytes() / 1024) + " KiB.")
                        .withInstance(request.getUriInfo().getPath()))
                .build());
    }

    /** Batch uploads (work speed records) take the body as a stream and read it with their own limit ({@link Uploads}). */
    private static boolean readsItsOwnStream(SimpleResourceInfo resource) {
        return resource != null && java.util.Arrays.asList(resource.parameterTypes()).contains(java.io.InputStream.class);
    }

    /** Refuses a body past {@code limit} bytes while it is read. */
    static final class Bounded extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        Bounded(java.io.InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }
    }
}
