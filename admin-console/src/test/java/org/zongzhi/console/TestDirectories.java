package org.zongzhi.console;

import org.zongzhi.console.gateway.Gateway;

/** A {@link Directory} over a given gateway, for page tests in other packages. */
public final class TestDirectories {

    private TestDirectories() {}

    public static Directory of(Gateway gateway) {
        return new Directory(gateway);
    }
}
