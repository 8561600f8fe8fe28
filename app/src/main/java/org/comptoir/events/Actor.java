package org.comptoir.events;

import java.util.function.Supplier;

/**
 * Who is acting on the current thread: a signed-in user, a token's owner, the local CLI or the system.
 * Set by the web layer for each request and by the CLI for its process; read by the audit log when
 * it records an event, so use cases need no extra parameter to say who called them.
 */
public record Actor(String name, String address) {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();
    public static final Actor SYSTEM = new Actor("system", null);

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? SYSTEM : actor;
    }

    /** The local command line, named after the operating-system account running it. */
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), "local");
    }

    /** Runs {@code work} as this actor, restoring the previous one afterwards. */
    public <T> T run(Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Sets this actor for the rest of the thread's work (the CLI process); prefer {@link #run}. */
    public void becomeCurrent() {
        CURRENT.set(this);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
