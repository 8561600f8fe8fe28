package org.comptoir.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.comptoir.team.BusinessHours;

/**
 * A response-target clock that stops while a conversation is snoozed: it counts working time from the opening, except
 * during its pauses, until the target is used up. A pause still running at {@code now} stops the clock at {@code now},
 * so the deadline is then what is left of the target counted from {@code now}. Pure arithmetic over {@link BusinessHours}.
 */
final class PausedClock {
    private PausedClock() {
    }

    /** A stretch of time the clocks do not count: from {@code from} until {@code to}, or still running when {@code to} is null. */
    record Pause(Instant from, Instant to) {
    }

    /** When {@code target} working time, counted in {@code hours} from {@code start} except during {@code pauses}, is used up. */
    static Instant due(BusinessHours hours, Instant start, Duration target, List<Pause> pauses, Instant now) {
        Duration left = target;
        Instant cursor = start;
        for (Pause pause : pauses.stream().sorted(Comparator.comparing(Pause::from)).toList()) {
            Instant end = pause.to() == null || pause.to().isAfter(now) ? now : pause.to();
            if (!end.isAfter(cursor)) {
                continue;
            }
            if (pause.from().isAfter(cursor)) {
                Duration worked = hours.between(cursor, pause.from());
                if (worked.compareTo(left) >= 0) {
                    return hours.plus(cursor, left);
                }
                left = left.minus(worked);
            }
            cursor = end;
        }
        return hours.plus(cursor, left);
    }
}
