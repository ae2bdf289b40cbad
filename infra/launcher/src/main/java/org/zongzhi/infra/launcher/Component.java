package org.zongzhi.infra.launcher;

/** One process of the local platform: a backing service or one of ours. */
interface Component {

    String name();

    /** Where it answers, as shown to the user. */
    String address();

    /** Unpacks what it needs and spawns it, unless a reachable server is used instead. */
    void start(Processes processes);

    boolean healthy();

    /** True when a server this launcher did not start answers at the configured address and is used as is. */
    default boolean external() {
        return false;
    }

    /** True when the running process no longer matches what it was started from (rebuilt jar, new realm file). */
    default boolean outdated(ProcessHandle running) {
        return false;
    }

    /** What to do once it is healthy, e.g. create databases. */
    default void afterStart() {}

    default String stopSignal() {
        return "TERM";
    }
}
