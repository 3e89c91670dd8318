package org.clinicportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The heap an active therapist session holds: {@code -Dusers} therapists sign in and open, once each, the patient
 * page (with the progress section it loads after itself), the intake editor and the program editor, and stay signed
 * in; the portal node's live heap after a full collection, before and after, divided by the sessions.
 */
public class SessionHeapSimulation extends Simulation {

    private static final List<Map<String, Object>> THERAPISTS = PortalSimulation.ACCOUNTS.stream()
            .filter(account -> account.get("role").equals("therapist"))
            .toList();

    private final ScenarioBuilder therapists = scenario("therapist sessions")
            .feed(therapists())
            .exec(PortalSimulation.SIGN_IN)
            .exec(PortalSimulation.THERAPIST);

    private long heapBefore;

    private static Iterator<Map<String, Object>> therapists() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> THERAPISTS.get(next.getAndIncrement() % THERAPISTS.size()))
                .iterator();
    }

    @Override
    public void before() {
        DemoStaffCodes.reusable(PortalSimulation.KEYCLOAK, true);
        heapBefore = heap();
    }

    @Override
    public void after() {
        DemoStaffCodes.reusable(PortalSimulation.KEYCLOAK, false);
        long heapAfter = heap();
        System.out.printf(
                "Live heap of the portal: %d KB before, %d KB after %d therapist sessions: %d KB per session%n",
                heapBefore, heapAfter, PortalSimulation.USERS, (heapAfter - heapBefore) / PortalSimulation.USERS);
    }

    private static long heap() {
        try {
            return PortalHeap.liveKilobytes(PortalSimulation.BASE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the portal's heap: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    {
        setUp(therapists.injectOpen(rampUsers(PortalSimulation.USERS).during(PortalSimulation.RAMP)))
                .protocols(PortalSimulation.PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
