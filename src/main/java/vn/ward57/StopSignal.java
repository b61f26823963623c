package vn.ward57;

import sun.misc.Signal;

/**
 * A stop asked for with SIGTERM ends with exit code 0 once the shutdown hooks have run (the database stopped,
 * Tomcat closed), not the JVM's 143. spring-boot:run sends SIGTERM when Maven alone gets the interrupt (an
 * IDE's stop button, kill -INT of Maven): it waits 5 s for the app to end by itself, then kills it, and reads
 * any exit code but 0 and 130 as BUILD FAILURE. A service manager reads 0 as a clean stop too.
 */
final class StopSignal {

    private StopSignal() {
    }

    static void install() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
