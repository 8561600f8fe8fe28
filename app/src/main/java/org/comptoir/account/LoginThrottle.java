package org.comptoir.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #PER_ACCOUNT} failed sign-ins on one user name, or
 * {@value #PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are refused
 * until the oldest failure leaves the window. Unknown names count like real ones, so the answer never
 * tells whether an account exists. Kept in memory: a restart forgets it (docs/security.md).
 */
public final class LoginThrottle {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int SWEEP_ABOVE = 10_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or {@link Duration#ZERO} when an attempt is allowed. */
    public Duration waitBeforeAttempt(String user, String address) {
        Instant now = clock.instant();
        Duration account = wait(key("user", user), PER_ACCOUNT, now);
        Duration network = wait(key("address", address), PER_ADDRESS, now);
        return account.compareTo(network) >= 0 ? account : network;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        record(key("user", user), now);
        record(key("address", address), now);
    }

    /** A successful sign-in clears the account's failures (not the address's: one good password must not unlock guessing others). */
    public void succeeded(String user) {
        failures.remove(key("user", user));
    }

    private Duration wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    private void record(String key, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > PER_ADDRESS) {
                times.removeFirst();
            }
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }
}
