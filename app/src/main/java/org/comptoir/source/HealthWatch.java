package org.comptoir.source;

import java.time.Instant;
import org.comptoir.events.Events;

/**
 * Turns a poll's change of health into events, once per episode: {@link SourceFailing} when a source becomes
 * failing, {@link SourceRecovered} when a failing source succeeds again, {@link SourceCredentialsExpiring} when its
 * credentials' expiry comes within 7 days. Episodes are read from the stored health before and after the poll, so a
 * restart does not raise them again.
 */
final class HealthWatch {
    private final Events events;

    HealthWatch(Events events) {
        this.events = events;
    }

    void observe(Source source, SourceHealthRepository.Row before, SourceHealthRepository.Row after, Instant now) {
        boolean wasFailing = SourceHealth.failing(before);
        boolean isFailing = SourceHealth.failing(after);
        if (isFailing && !wasFailing) {
            events.publish(new SourceFailing(source.workspace(), source.id(), source.name(), source.type(), after.lastError(), now));
        } else if (wasFailing && !isFailing) {
            events.publish(new SourceRecovered(source.workspace(), source.id(), source.name(), source.type(), now));
        }
        if (SourceHealth.expiresSoon(source, now) && (before.lastAttempt() == null || !SourceHealth.expiresSoon(source, before.lastAttempt()))) {
            events.publish(new SourceCredentialsExpiring(source.workspace(), source.id(), source.name(), source.type(),
                    source.settings().path("credentials_expire_at").asString(), now));
        }
    }
}
