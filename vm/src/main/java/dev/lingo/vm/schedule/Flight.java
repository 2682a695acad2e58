package dev.lingo.vm.schedule;

/**
 * One request at an endpoint, from admission to release: its admission number and the most
 * requests that were out at once while it was (itself included). Guarded by {@link AdmissionControl}'s lock.
 */
final class Flight {

    final long admission;
    int peak;

    Flight(long admission) {
        this.admission = admission;
    }
}
