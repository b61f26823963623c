package vn.ward57.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** wrk asking for a page as browsers that have it do: each user's session cookie with its own ETag. */
final class Revalidation {

    private static final String SCRIPT = """
            local users = {}
            for line in io.lines(os.getenv("WARD57_PAGES")) do
              local cookie, etag = line:match("^(.-)\\t(.*)$")
              users[#users + 1] = { cookie, etag }
            end
            local next = 0
            request = function()
              next = next % #users + 1
              return wrk.format("GET", nil, { ["Cookie"] = users[next][1], ["If-None-Match"] = users[next][2] })
            end
            """;

    private Revalidation() {
    }

    /** wrk for the page at {@code url}, each user sending the ETag of its first answer (none if it has none). */
    static WrkLoad wrk(List<HttpClient> users, String url) throws Exception {
        List<String> lines = new ArrayList<>();
        for (HttpClient user : users) {
            HttpResponse<Void> page = user.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            lines.add(Sessions.cookie(user) + "\t" + page.headers().firstValue("ETag").orElse(""));
        }
        Path pages = Files.createTempFile("ward57-pages", ".txt");
        Files.write(pages, lines, StandardCharsets.UTF_8);
        pages.toFile().deleteOnExit();
        return WrkLoad.ifInstalled(SCRIPT, Map.of("WARD57_PAGES", pages.toString()));
    }
}
