package vn.ward57.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load from a second process: Debian's {@code wrk} (the load generator issue 9 names), one
 * connection per user, each request carrying the session cookie of the next signed-in user in turn.
 * In a browser the load comes from other machines; wrk in C takes far less of the two cores from the
 * server than the JDK's HTTP client in the server's own JVM, so its figures are closer to the server's.
 */
final class WrkLoad {

    // wrk sends its requests with the users' cookies in turn
    private static final String SCRIPT = """
            local cookies = {}
            for line in io.lines(os.getenv("WARD57_COOKIES")) do cookies[#cookies + 1] = line end
            local next = 0
            request = function()
              next = next % #cookies + 1
              return wrk.format("GET", nil, { ["Cookie"] = cookies[next] })
            end
            """;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern BYTES = Pattern.compile("requests in [0-9.]+\\w+, ([0-9.]+)(B|KB|MB|GB) read");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    /** What a script that judges the answers itself prints in its done(): its count replaces wrk's non-2xx. */
    private static final Pattern BAD = Pattern.compile("ward57 bad answers: (\\d+)");

    private final Path script;
    private final Map<String, String> env;
    private volatile String notes = "";

    private WrkLoad(Path script, Map<String, String> env) {
        this.script = script;
        this.env = env;
    }

    /** wrk, if this machine has it ({@code apt-get install wrk}); null if not. */
    static WrkLoad ifInstalled(List<String> sessionCookies) throws IOException {
        if (!installed()) {
            return null;
        }
        Path cookies = Files.createTempFile("ward57-cookies", ".txt");
        Files.write(cookies, sessionCookies, StandardCharsets.UTF_8);
        cookies.toFile().deleteOnExit();
        return withScript(SCRIPT, Map.of("WARD57_COOKIES", cookies.toString()));
    }

    /** wrk with a Lua script of the caller's and its environment; null if wrk is not installed. */
    static WrkLoad ifInstalled(String script, Map<String, String> env) throws IOException {
        return installed() ? withScript(script, env) : null;
    }

    private static WrkLoad withScript(String lua, Map<String, String> env) throws IOException {
        Path script = Files.createTempFile("ward57-wrk", ".lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        script.toFile().deleteOnExit();
        return new WrkLoad(script, env);
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The figures of one wrk run; its CPU per request is the JVM's alone (wrk's own is not counted). */
    DashboardLoadBenchmark.Result run(String url, int connections, int seconds) throws Exception {
        long cpuFrom = DashboardLoadBenchmark.processCpuNanos();
        // one wrk thread keeps fifty connections busy; a second would only take a core's share from the server
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "30s", "-s", script.toString(), url).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process wrk = pb.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        double cpuMs = (DashboardLoadBenchmark.processCpuNanos() - cpuFrom) / 1e6;
        notes = String.join("\n", out.lines().map(String::strip).filter(l -> l.startsWith("ward57 answers")
                || l.startsWith("ward57 first bad") || l.startsWith("Socket errors")).toList());
        int requests = Integer.parseInt(find(REQUESTS, out, url));
        int failures = 0;
        Matcher bad = BAD.matcher(out);
        boolean judged = bad.find();
        Matcher errors = (judged ? SOCKET_ERRORS : ERRORS).matcher(out);
        failures += judged ? Integer.parseInt(bad.group(1)) : 0;
        while (errors.find()) {
            for (int g = 1; g <= errors.groupCount(); g++) {
                failures += errors.group(g) == null ? 0 : Integer.parseInt(errors.group(g));
            }
        }
        Matcher bytes = BYTES.matcher(out);
        long bytesRead = bytes.find() ? (long) (Double.parseDouble(bytes.group(1)) * switch (bytes.group(2)) {
            case "KB" -> 1024;
            case "MB" -> 1024 * 1024;
            case "GB" -> 1024 * 1024 * 1024;
            default -> 1;
        }) : 0;
        return new DashboardLoadBenchmark.Result(Double.parseDouble(find(RPS, out, url)), failures,
                percentileMs("50%", out), percentileMs("99%", out), cpuMs / Math.max(1, requests),
                requests == 0 ? 0 : bytesRead / requests);
    }

    /** What the script of the last run said of its answers (statuses, the first bad one), if anything. */
    String notes() {
        return notes;
    }

    /** A line of wrk's latency distribution, such as {@code 99%  183.52ms}, in whole milliseconds. */
    private static long percentileMs(String which, String out) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + which + " in wrk's output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return Math.round(switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        });
    }

    private static String find(Pattern p, String out, String url) {
        Matcher m = p.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk's output on " + url + " has no " + p + ":\n" + out);
        }
        return m.group(1);
    }
}
