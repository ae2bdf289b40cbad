package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Distributions come from Maven Central through the project's own Maven wrapper (so they land in the
 * usual local repository and are cached like any dependency) and are unpacked once into the cache.
 */
final class Artifacts {

    private final Instance instance;

    Artifacts(Instance instance) {
        this.instance = instance;
    }

    /** Unpacks {@code groupId:artifactId:version:zip} into {@code target} unless it is already there. */
    Path unpackedZip(String coordinates, Path target) {
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        Path downloads = Instance.mkdirs(instance.cache().resolve("downloads"));
        System.out.println("  fetching " + coordinates + " through Maven (first time only)…");
        Processes.runToCompletion(
                List.of(
                        instance.root().resolve("mvnw").toString(),
                        "-q",
                        "-B",
                        "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy",
                        "-Dartifact=" + coordinates,
                        "-DoutputDirectory=" + downloads,
                        "-Dmdep.stripVersion=false"),
                downloads,
                null);
        String[] parts = coordinates.split(":");
        Path zip = downloads.resolve(parts[1] + "-" + parts[2] + "." + parts[3]);
        System.out.println("  unpacking " + zip.getFileName() + "…");
        unzip(zip, target);
        try {
            Files.delete(zip);
            Files.writeString(done, coordinates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Unzips, dropping the archive's single top-level directory, and keeps scripts executable. */
    static void unzip(Path zip, Path target) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                String name = stripTopLevel(entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                Path out = safeResolve(target, name);
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.startsWith("bin/") || name.contains("/bin/") || name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(out, executable());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
    }

    /** Unpacks an xz-compressed tar from the class path (the PostgreSQL binaries), keeping modes and links. */
    static void untarXzResource(String resource, Path target) {
        try (InputStream raw = Artifacts.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is not on the launcher's class path");
            }
            try (var tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = safeResolve(target, entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.deleteIfExists(out);
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + resource, e);
        }
    }

    /** Copies a class path resource to a file once and makes it executable (the Redis server binary). */
    static Path executableResource(String resource, Path target) {
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = Artifacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the launcher's class path");
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(partial, executable());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripTopLevel(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1);
    }

    private static Path safeResolve(Path target, String name) {
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target)) {
            throw new IllegalStateException("archive entry escapes its directory: " + name);
        }
        return out;
    }

    private static Set<PosixFilePermission> executable() {
        return EnumSet.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_EXECUTE);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        var result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                result.add(order[i]);
            }
        }
        result.add(PosixFilePermission.OWNER_READ);
        return result;
    }
}
