package vn.ward57.common.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was computed from a ward's (or a province's) data, kept with the revision it was computed at
 * and served only while that revision is still the current one: never an old figure after a change.
 * One value per key, so the memo holds at most one entry per ward and viewer scope: what changes
 * without any write (the day, for what is overdue) is part of the revision, not of the key, or every
 * day would add entries that are never asked again. When many ask
 * for the same key at once, one computes and the others wait for its result instead of computing it
 * again (fifty leaders opening the dashboard after an import cost one computation, not fifty).
 *
 * @param <K> what the value is of (ward, viewer's scope)
 * @param <V> the computed value, immutable
 */
public final class RevisionMemo<K, V> {

    private record Entry<V>(Object revision, CompletableFuture<V> value) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * The value of {@code key} at {@code revision}, computed by {@code compute} unless it already was.
     * The caller reads the revision before this call; {@code compute} reads the data after it.
     */
    public V get(K key, Object revision, Supplier<V> compute) {
        Entry<V> mine = new Entry<>(revision, new CompletableFuture<>());
        Entry<V> current = entries.compute(key, (k, had) ->
                had != null && had.revision().equals(revision) && !had.value().isCompletedExceptionally() ? had : mine);
        if (current == mine) {
            try {
                mine.value().complete(compute.get());
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return current.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** How many values are kept (for tests). */
    public int size() {
        return entries.size();
    }
}
