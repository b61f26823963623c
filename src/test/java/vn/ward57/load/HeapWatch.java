package vn.ward57.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM (the app's, where it runs in the test's JVM) while something runs: the most used as
 * sampled every 2 ms, the sum of the heap pools' own peaks (the JVM's exact high-water marks, garbage
 * included), and the most still used after a collection (what was live).
 */
final class HeapWatch implements AutoCloseable {

    /** The figures, in bytes. */
    record Peak(long sampled, long poolPeaks, long afterGc, long max) {

        String line() {
            var vi = java.util.Locale.forLanguageTag("vi");
            return String.format(vi, "đỉnh heap: %,d MB (lấy mẫu), %,d MB (tổng đỉnh các vùng), %s; tối đa %,d MB",
                    sampled >> 20, poolPeaks >> 20, afterGc == 0 ? "không có lần GC nào"
                            : String.format(vi, "%,d MB còn dùng sau GC", afterGc >> 20), max >> 20);
        }
    }

    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread sampler;
    private final NotificationListener listener = this::collected;
    private volatile boolean running = true;

    private HeapWatch() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        sampler = Thread.ofPlatform().daemon().name("heap-watch").start(() -> {
            while (running) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    /** The figures so far. */
    Peak peak() {
        long pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Peak(sampled.get(), pools, afterGc.get(), Runtime.getRuntime().maxMemory());
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            used += pool.getType() == MemoryType.HEAP && after != null ? after.getUsed() : 0;
        }
        afterGc.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // not registered on this collector
            }
        }
    }
}
