package org.clinicportal.tenancy;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two requests on the same data at once, in the order that makes them collide: the first does its work and keeps its
 * transaction open ({@link #holdOpen()}) until the second has read the same rows and waits for the database.
 */
public final class AtOnce {

    private final CountDownLatch firstDone = new CountDownLatch(1);
    private final CountDownLatch commit = new CountDownLatch(1);

    /** Called by the first request inside its transaction, after its work. */
    public void holdOpen() throws InterruptedException {
        firstDone.countDown();
        if (!commit.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The second request never came");
        }
    }

    /**
     * Runs both, lets the first commit, and answers what the second answered.
     *
     * @throws Exception what the second threw, as its caller would see it
     */
    public <T> T run(TenancyProbe probe, Callable<?> first, Callable<T> second) throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = requests.submit(first);
            if (!firstDone.await(30, TimeUnit.SECONDS)) {
                one.get(1, TimeUnit.SECONDS);
                throw new IllegalStateException("The first request did not call holdOpen");
            }
            Future<T> two = requests.submit(second);
            for (int i = 0; i < 100 && !two.isDone() && !probe.someoneWaitsForALock(); i++) {
                Thread.sleep(100);
            }
            commit.countDown();
            one.get(30, TimeUnit.SECONDS);
            try {
                return two.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception thrown ? thrown : e;
            }
        } finally {
            commit.countDown();
            requests.shutdownNow();
        }
    }
}
