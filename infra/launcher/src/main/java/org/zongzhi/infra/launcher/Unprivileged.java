package org.zongzhi.infra.launcher;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL and Elasticsearch refuse to run as root. When the launcher is root (CI, containers), they run
 * as {@code nobody} (uid 65534) through {@code setpriv}, and the files they write are handed to that user.
 */
final class Unprivileged {

    static final String UID = "65534";

    private Unprivileged() {}

    static boolean needed() {
        return new UnixSystem().getUid() == 0;
    }

    static List<String> wrap(List<String> command) {
        if (!needed()) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + UID, "--regid=" + UID, "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    static void own(Path... paths) {
        if (!needed()) {
            return;
        }
        for (Path path : paths) {
            Processes.runToCompletion(List.of("chown", "-R", UID + ":" + UID, path.toString()), null, null);
        }
    }
}
