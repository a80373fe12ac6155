package org.quotaledger.testing;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent by as many clients as there are requests, released together so the server sees them at once. */
public final class AtOnce {

    /** One request: a body of null sends none. */
    public record Call(String method, String path, String body, Map<String, String> headers) {
    }

    private AtOnce() {
    }

    /** The answers to {@code count} calls made by {@code who}, the i-th being {@code call.apply(i)}, in that order. */
    public static List<HttpResponse<String>> send(URL base, Fixtures.Credentials who, int count, IntFunction<Call> call)
            throws Exception {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(count); var client = HttpClient.newHttpClient()) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Call c = call.apply(i);
                var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + c.path()))
                        .header("Authorization", authorization)
                        .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(c.body()));
                c.headers().forEach(request::header);
                var built = request.build();
                sent.add(pool.submit(() -> {
                    start.await();
                    return client.send(built, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var f : sent) {
                answers.add(f.get());
            }
            return answers;
        }
    }
}
