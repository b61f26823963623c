package vn.ward57.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One import posted again and again, each time as soon as the last has ended, until stopped: so that an
 * import of its kind is running through the whole of a load test, however long a single one takes.
 */
final class ImportLoop {

    /** One import: when it was posted and ended (System.nanoTime), its last status and its message. */
    record Run(int n, long from, long to, int posted, String status, String message) {

        String line(String kind) {
            return String.format(java.util.Locale.forLanguageTag("vi"), "  %s #%d: %s sau %,.1f s — %s", kind, n,
                    status, (to - from) / 1e9, message);
        }
    }

    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    private ImportLoop(AppClient app, String path, String fileName, Path file) {
        thread = Thread.ofPlatform().daemon().name("import-loop-" + fileName).start(() -> {
            for (int n = 1; !stopped; n++) {
                long from = System.nanoTime();
                try {
                    AppClient.Answer posted = app.postFile(path, fileName, file);
                    AppClient.Answer last = posted.status() == 202
                            ? app.await(posted.location(), Duration.ofMinutes(30)) : posted;
                    runs.add(new Run(n, from, System.nanoTime(), posted.status(),
                            posted.status() == 202 ? last.json("$.status") : "HTTP " + posted.status(),
                            posted.status() == 202 ? outcome(last) : last.body()));
                } catch (Exception e) {
                    runs.add(new Run(n, from, System.nanoTime(), 0, "LỖI", e.toString()));
                    return;
                }
            }
        });
    }

    /** The import's message, or (a dossier import that succeeded has none) its counts. */
    private static String outcome(AppClient.Answer last) {
        String message = last.json("$.message");
        return message != null ? message : String.format(java.util.Locale.forLanguageTag("vi"),
                "đọc %,d dòng, thêm %,d, sửa %,d", Long.parseLong(last.json("$.rowsRead")),
                Long.parseLong(last.json("$.rowsInserted")), Long.parseLong(last.json("$.rowsUpdated")));
    }

    /** Posts the file to path (as the client's user) until {@link #close}. */
    static ImportLoop start(AppClient app, String path, String fileName, Path file) {
        return new ImportLoop(app, path, fileName, file);
    }

    /** Stops posting and waits for the import under way to end. */
    void close() throws InterruptedException {
        stopped = true;
        thread.join();
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }

    /** The seconds of [from, to] during which one of its imports was running. */
    double covered(long from, long to) {
        return runs.stream().mapToLong(r -> Math.max(0, Math.min(to, r.to()) - Math.max(from, r.from()))).sum() / 1e9;
    }
}
