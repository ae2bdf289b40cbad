package org.zongzhi.infra.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Waits for components to become healthy, telling the user what it waits for, and fails fast on a crash. */
final class Waiter {

    private final Processes processes;
    private final Duration timeout;

    Waiter(Processes processes, Duration timeout) {
        this.processes = processes;
        this.timeout = timeout;
    }

    void await(List<Component> components) {
        long start = System.nanoTime();
        long lastReport = 0;
        var pending = new ArrayList<>(components);
        while (!pending.isEmpty()) {
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            for (Component component : List.copyOf(pending)) {
                if (component.healthy()) {
                    pending.remove(component);
                    System.out.printf(
                            "  ✓ %-16s ready after %3ds  %s%n", component.name(), elapsed, component.address());
                } else if (!component.external()
                        && processes.running(component.name()).isEmpty()) {
                    throw new IllegalStateException(component.name() + " exited while starting; its last log lines:\n  "
                            + String.join("\n  ", processes.lastLogLines(component.name(), 30)));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (elapsed >= timeout.toSeconds()) {
                throw new IllegalStateException("timed out after " + elapsed + "s waiting for " + names(pending));
            }
            if (elapsed - lastReport >= 5) {
                lastReport = elapsed;
                System.out.printf("  … %3ds waiting for %s%n", elapsed, names(pending));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + names(pending), e);
            }
        }
    }

    private static String names(List<Component> components) {
        return components.stream().map(Component::name).collect(Collectors.joining(", "));
    }
}
