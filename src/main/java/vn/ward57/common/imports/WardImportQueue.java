package vn.ward57.common.imports;

import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background, those of one ward one after the other, in the order they came: a
 * second import of a ward waits for the first to end (and then sees what it wrote) instead of racing it
 * for the same codes, and waits without holding a thread or a database connection. Two imports run at
 * a time over all wards. Each runs as the user who started it, in that user's language.
 */
@Component
public class WardImportQueue {

    private static final Logger log = LoggerFactory.getLogger(WardImportQueue.class);

    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("ward-import-", 1).factory());
    /** Per ward, the end of its last import queued; removed once that one has run. */
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Queues the job behind the ward's earlier ones. The job records its own outcome; whatever it
     * throws (an Error included) is logged here and never stops the ward's next import.
     */
    public void submit(long wardId, Runnable job) {
        // the language itself, not the request's context: that one reads the request, recycled once answered
        Locale locale = LocaleContextHolder.getLocale();
        Runnable asUser = new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                job.run();
            } catch (Throwable e) {
                log.error("Lần nhập dữ liệu của phường {} dừng vì lỗi", wardId, e);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
        CompletableFuture<Void> mine = tails.compute(wardId, (ward, before) ->
                (before == null ? CompletableFuture.<Void>completedFuture(null) : before)
                        .thenRunAsync(asUser, workers));
        mine.whenComplete((done, failed) -> tails.remove(wardId, mine));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
