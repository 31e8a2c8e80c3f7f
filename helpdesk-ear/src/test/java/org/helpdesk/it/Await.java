package org.helpdesk.it;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/** Waits for something the server does in the background (timers, the outbox). */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(250);

    private Await() {
    }

    public static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        until(null, condition, seconds);
    }

    /** As {@link #until(BooleanSupplier, int)}; should it not come, the failure names {@code what} was awaited. */
    public static void until(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        until(what, condition, seconds, POLL);
    }

    /** As {@link #until(String, BooleanSupplier, int)}, looking again {@code every} so often (to act as soon as it holds). */
    public static void until(String what, BooleanSupplier condition, int seconds, Duration every) throws InterruptedException {
        long deadline = deadline(seconds);
        while (!condition.getAsBoolean()) {
            pause(deadline, what, seconds, every);
        }
    }

    /** The first value {@code poll} finds (an empty result: none yet), within {@code seconds}. */
    public static <T> T result(String what, Callable<Optional<T>> poll, int seconds) throws Exception {
        long deadline = deadline(seconds);
        for (Optional<T> found = poll.call();; found = poll.call()) {
            if (found.isPresent()) {
                return found.get();
            }
            pause(deadline, what, seconds, POLL);
        }
    }

    private static long deadline(int seconds) {
        return System.currentTimeMillis() + seconds * 1000L;
    }

    private static void pause(long deadline, String what, int seconds, Duration every) throws InterruptedException {
        if (System.currentTimeMillis() > deadline) {
            throw new AssertionError((what == null ? "" : what + ": ") + "not within " + seconds + " seconds");
        }
        Thread.sleep(every.toMillis());
    }
}
