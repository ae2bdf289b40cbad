package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starting and stopping the child processes of one instance. Each runs in its own session ({@code setsid})
 * with output appended to its log, so it outlives the launcher; its pid and start time go to a pid file,
 * which is how {@code down} finds exactly what this instance started and nothing else.
 */
final class Processes {

    private final Instance instance;

    Processes(Instance instance) {
        this.instance = instance;
    }

    long spawn(String name, List<String> command, Map<String, String> env, Path workDir) {
        var full = new ArrayList<String>();
        full.add("setsid");
        full.addAll(command);
        var builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(instance.log(name).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        try {
            appendLog(name, "---- " + Instant.now() + " starting: " + String.join(" ", command));
            Process process = builder.start();
            Instant started = process.info().startInstant().orElse(Instant.now());
            Files.writeString(pidFile(name), process.pid() + " " + started.toEpochMilli());
            return process.pid();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The names of everything this instance has a pid file for. */
    List<String> startedNames() {
        try (var files = Files.list(instance.run())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process this instance started under that name, if any. */
    Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file).trim().split(" ");
            long pid = Long.parseLong(parts[0]);
            long startedMillis = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .startInstant()
                            .map(s -> Math.abs(s.toEpochMilli() - startedMillis) < 2000)
                            .orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops what this instance started under that name: the signal to the process and its descendants,
     * then a kill after the grace period.
     */
    boolean stop(String name, String signal, Duration grace) {
        Optional<ProcessHandle> process = running(name);
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (process.isEmpty()) {
            return false;
        }
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.get());
        process.get().descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            try {
                runToCompletion(List.of("kill", "-s", signal, Long.toString(p.pid())), null, null);
            } catch (IllegalStateException alreadyGone) {
                // it ended between listing and signalling: nothing left to stop
            }
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeout) {
                p.destroyForcibly();
            }
        }
        appendLog(name, "---- " + Instant.now() + " stopped");
        return true;
    }

    List<String> lastLogLines(String name, int count) {
        Path log = instance.log(name);
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
    }

    private Path pidFile(String name) {
        return instance.run().resolve(name + ".pid");
    }

    private void appendLog(String name, String line) {
        try {
            Files.writeString(
                    instance.log(name),
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a short command to its end; fails with its output when it fails. */
    static String runToCompletion(List<String> command, Path workDir, Map<String, String> env) {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        if (env != null) {
            builder.environment().putAll(env);
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed with exit code " + exit + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
