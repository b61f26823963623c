package vn.ward57;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM (what spring-boot:run sends when Maven alone is interrupted) ends the app with exit code 0 after its
 * shutdown hooks, so that Maven reports no BUILD FAILURE; without the handler the JVM ends with 143.
 */
class StopSignalTest {

    /** The child JVM: the handler, a shutdown hook that says it ran, then it waits to be stopped. */
    public static void main(String[] args) throws InterruptedException {
        StopSignal.install();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hooks ran")));
        System.out.println("ready");
        Thread.sleep(60_000);
    }

    @Test
    void sigtermEndsWithExitCodeZeroAfterTheShutdownHooks() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StopSignalTest.class.getName()).redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        // as Process.destroy() (Maven's), without closing the output this test still reads
        new ProcessBuilder("kill", "-TERM", String.valueOf(child.pid())).start().waitFor();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.readLine()).isEqualTo("hooks ran");
        assertThat(child.exitValue()).isZero();
    }
}
