package org.helpdesk.it;

import java.util.function.BooleanSupplier;

/** Waits for something the server does in the background (timers, the outbox). */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within " + seconds + " seconds");
            }
            Thread.sleep(250);
        }
    }
}
