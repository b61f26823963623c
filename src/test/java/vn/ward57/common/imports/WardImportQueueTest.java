package vn.ward57.common.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The queue runs each import in the language of whoever started it, after that person's request has ended. */
class WardImportQueueTest {

    private final WardImportQueue queue = new WardImportQueue();

    @AfterEach
    void stop() {
        queue.stop();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anImportSpeaksTheStartersLanguageAfterTheRequestIsRecycled() throws Exception {
        // as CookieLocaleResolver's context: it reads the request, which Tomcat recycles once answered
        AtomicBoolean answered = new AtomicBoolean();
        LocaleContextHolder.setLocaleContext(() -> {
            if (answered.get()) {
                throw new IllegalStateException("The request object has been recycled");
            }
            return Locale.ENGLISH;
        });
        CountDownLatch requestEnded = new CountDownLatch(1);
        CompletableFuture<Object> seen = new CompletableFuture<>();
        queue.submit(1, () -> {
            try {
                requestEnded.await();
                seen.complete(LocaleContextHolder.getLocale());
            } catch (Throwable e) {
                seen.complete(e);
            }
        });
        answered.set(true);
        LocaleContextHolder.resetLocaleContext();
        requestEnded.countDown();

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(Locale.ENGLISH);
    }
}
