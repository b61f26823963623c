package vn.ward57.load;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The JSON API over real HTTP as one user (HTTP Basic), for the benchmarks that run the app on a port. */
final class AppClient {

    /** An answer: its status, Location (null if none) and body. */
    record Answer(int status, String location, String body) {

        String json(String path) {
            Object value = JsonPath.read(body, path);
            return value == null ? null : value.toString();
        }
    }

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AppClient(String base, String username) {
        this.base = base;
        this.authorization = basic(username);
    }

    /** The Authorization header of the user, password ward57-demo. */
    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":ward57-demo")
                .getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart post of the file in the field "file", streamed from disk (never held in this JVM's heap). */
    Answer postFile(String path, String fileName, Path file) throws Exception {
        String boundary = "ward57-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail))));
    }

    /** Follows an accepted import (202) at its Location until it is no longer QUEUED or RUNNING. */
    Answer await(String location, Duration atMost) throws Exception {
        long end = System.nanoTime() + atMost.toNanos();
        while (true) {
            Answer now = get(location);
            String status = now.status() == 200 ? now.json("$.status") : null;
            if (status != null && !status.equals("QUEUED") && !status.equals("RUNNING")) {
                return now;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(location + " has not ended after " + atMost + ": " + now);
            }
            Thread.sleep(250);
        }
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = http.send(request.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.headers().firstValue("Location").orElse(null), answer.body());
    }
}
