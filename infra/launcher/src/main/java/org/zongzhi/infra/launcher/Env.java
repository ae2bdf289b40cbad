package org.zongzhi.infra.launcher;

/** Settings from the environment, with the defaults of a local platform. */
final class Env {

    private Env() {}

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }
}
