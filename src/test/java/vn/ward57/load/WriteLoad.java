package vn.ward57.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One ward's small writes under wrk: an indicator's value for one of its periods, entered again and again
 * over many (indicator, period) pairs in turn, so that the writers seldom wait for each other's row. Two
 * ways: the API's PUT with HTTP Basic (each request checks the password), or the report form's post of a
 * signed-in officer (the session's cookie and CSRF token, as htmx sends it). Each connection is one user; with a
 * think time a user pauses between saves as a person does (wrk's delay(), not counted in the latency), without
 * one the users write flat out, which measures the most the server can take. An answer counts as an error
 * when it is not 2xx or, for the form, does not say the value was saved.
 */
final class WriteLoad {

    /** How the writes sign in. */
    enum Auth { BASIC, SESSION }

    /** One value that may be entered: its indicator, the indicator's lead unit and a period of its kind. */
    record Target(String indicator, String unit, String period) {
    }

    // request lines: method, path, body ({n} replaced by a number), then headers "Name: value", tab-separated
    private static final String SCRIPT = """
            local lines = {}
            for line in io.lines(os.getenv("WARD57_REQUESTS")) do
              local f = {}
              for part in (line .. "\\t"):gmatch("([^\\t]*)\\t") do f[#f + 1] = part end
              lines[#lines + 1] = f
            end
            local expect = os.getenv("WARD57_EXPECT") or ""
            -- a person's pause between two saves (ms, 0: none), drawn between half and one and a half of it
            local think = tonumber(os.getenv("WARD57_THINK_MS") or "0")
            function delay()
              if think <= 0 then return 0 end
              return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
            end
            local threads = {}
            local nxt, n = 0, 0
            function setup(thread) table.insert(threads, thread) end
            function init(args) bad = 0; first = ""; codes = {} end
            function request()
              nxt = nxt % #lines + 1
              n = n + 1
              local f = lines[nxt]
              local headers = {}
              for i = 4, #f do
                local k, v = f[i]:match("^([^:]+): (.*)$")
                headers[k] = v
              end
              return wrk.format(f[1], f[2], headers, (f[3]:gsub("{n}", tostring(n % 90 + 1))))
            end
            function response(status, headers, body)
              codes[status] = (codes[status] or 0) + 1
              if status < 200 or status > 299 or (expect ~= "" and not body:find(expect, 1, true)) then
                bad = bad + 1
                if first == "" then first = status .. " " .. (body:sub(1, 300):gsub("%s+", " ")) end
              end
            end
            function done(summary, latency, requests)
              local total, seen, example = 0, {}, ""
              for _, t in ipairs(threads) do
                total = total + t:get("bad")
                for code, count in pairs(t:get("codes")) do seen[#seen + 1] = code .. ": " .. count end
                if example == "" then example = t:get("first") end
              end
              io.write("ward57 bad answers: " .. total .. "\\n")
              io.write("ward57 answers by status: " .. table.concat(seen, ", ") .. "\\n")
              if example ~= "" then io.write("ward57 first bad answer: " .. example .. "\\n") end
            end
            """;

    private WriteLoad() {
    }

    /** The values the ward's indicators take by entry, in 2025: several periods each. */
    static List<Target> candidates(JdbcClient jdbc, String ward) {
        record Entered(String code, String unit, String periodType) {
        }
        List<Target> all = new ArrayList<>();
        for (Entered e : jdbc.sql("""
                select i.code, u.code as unit, i.period_type from indicator i join unit u on u.id = i.lead_unit_id
                join ward w on w.id = i.ward_id where w.code = ? and i.source = 'ENTERED' order by i.code
                """).param(ward).query(Entered.class).list()) {
            List<String> periods = switch (e.periodType()) {
                case "MONTH" -> List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
                case "QUARTER" -> List.of("2025Q1", "2025Q2", "2025Q3", "2025Q4");
                case "HALF_YEAR" -> List.of("2025S1", "2025S2");
                default -> List.of("2025");
            };
            periods.forEach(p -> all.add(new Target(e.code(), e.unit(), p)));
        }
        return all;
    }

    /** Up to {@code most} of the candidates that the signed-in officer can enter now, tried once each. */
    static List<Target> enterable(HttpClient session, String base, String ward, String csrf, List<Target> candidates,
                                  int most) throws Exception {
        List<Target> fine = new ArrayList<>();
        for (Target t : candidates) {
            if (fine.size() == most) {
                break;
            }
            HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(base + formPath(ward, t)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                    .POST(HttpRequest.BodyPublishers.ofString("value=1&_csrf=" + enc(csrf))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("class=\"alert ok\"")) {
                fine.add(t);
            }
        }
        return fine;
    }

    /**
     * wrk writing the targets of one ward in turn, as the user: with {@code auth} BASIC through the API with
     * the user's password, SESSION through the report form with the sessions' cookies and their tokens.
     */
    static WrkLoad wrk(Auth auth, String ward, List<Target> targets, String user, List<String> cookies,
                       List<String> csrfTokens, int thinkMs) throws Exception {
        List<String> lines = new ArrayList<>();
        int n = Math.max(targets.size(), auth == Auth.SESSION ? cookies.size() : 1);
        for (int i = 0; i < n; i++) {
            Target t = targets.get(i % targets.size());
            if (auth == Auth.BASIC) {
                lines.add(String.join("\t", "PUT", "/api/v1/wards/" + ward + "/indicator-values/" + t.indicator()
                        + "/" + t.period(), "{\"value\": {n}}", "Authorization: " + AppClient.basic(user),
                        "Content-Type: application/json"));
            } else {
                int s = i % cookies.size();
                lines.add(String.join("\t", "POST", formPath(ward, t), "value={n}&_csrf=" + enc(csrfTokens.get(s)),
                        "Cookie: " + cookies.get(s), "Content-Type: application/x-www-form-urlencoded",
                        "HX-Request: true"));
            }
        }
        Path file = Files.createTempFile("ward57-writes", ".tsv");
        file.toFile().deleteOnExit();
        Files.write(file, lines, StandardCharsets.UTF_8);
        WrkLoad wrk = WrkLoad.ifInstalled(SCRIPT, Map.of("WARD57_REQUESTS", file.toString(),
                "WARD57_EXPECT", auth == Auth.SESSION ? "class=\"alert ok\"" : "",
                "WARD57_THINK_MS", Integer.toString(thinkMs)));
        if (wrk == null) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
        return wrk;
    }

    private static String formPath(String ward, Target t) {
        return "/wards/" + ward + "/forms/" + t.unit() + "/" + t.period() + "/values/" + t.indicator();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
