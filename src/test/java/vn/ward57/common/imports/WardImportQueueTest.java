package vn.ward57.common.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The queue runs an import in the language of the request that started it, after that request has been
 * answered: a request's locale context reads the request, which the server recycles (found by trying it
 * in the running app, where every import failed; MockMvc never recycles a request).
 */
class WardImportQueueTest {

    @Test
    void anImportKeepsTheLanguageOfItsRequestAfterTheRequestIsRecycled() throws Exception {
        WardImportQueue queue = new WardImportQueue();
        AtomicBoolean recycled = new AtomicBoolean();
        CountDownLatch answered = new CountDownLatch(1);
        CompletableFuture<Locale> seen = new CompletableFuture<>();
        LocaleContextHolder.setLocaleContext(() -> {
            if (recycled.get()) {
                throw new IllegalStateException("The request object has been recycled");
            }
            return Locale.ENGLISH;
        });
        try {
            queue.submit(1, () -> {
                try {
                    answered.await(10, TimeUnit.SECONDS);
                    seen.complete(LocaleContextHolder.getLocale());
                } catch (RuntimeException | InterruptedException e) {
                    seen.completeExceptionally(e);
                }
            });
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        recycled.set(true);
        answered.countDown();
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(Locale.ENGLISH);
        queue.stop();
    }
}
