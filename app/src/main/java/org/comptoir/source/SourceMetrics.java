package org.comptoir.source;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.comptoir.events.Events;

/**
 * Per-source gauges for the actuator's metrics (and Prometheus when its registry is on the classpath), tagged
 * {@code workspace}, {@code source}, {@code type}: {@code comptoir.source.up} (1 when ok or pending, else 0),
 * {@code comptoir.source.failures}, {@code comptoir.source.posts.last.hour}, {@code comptoir.source.lag.seconds},
 * {@code comptoir.source.gaps.missed} (gaps not bridged in the last 7 days, at most 10).
 * Gauges follow sources as they are added and removed.
 */
public final class SourceMetrics implements MeterBinder {
    private final Sources sources;
    private final Events events;
    private final Map<Long, List<Meter.Id>> registered = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    public SourceMetrics(Sources sources, Events events) {
        this.sources = sources;
        this.events = events;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        sources.all().forEach(this::register);
        events.subscribe(SourceSaved.class, e -> {
            unregister(e.source().id());
            register(e.source());
        });
        events.subscribe(SourceRemoved.class, e -> unregister(e.id()));
    }

    private void register(Source source) {
        MeterRegistry target = registry;
        if (target == null) {
            return;
        }
        Tags tags = Tags.of("workspace", source.workspace(), "source", source.name(), "type", source.type());
        long id = source.id();
        registered.put(id, List.of(
                gauge(target, "comptoir.source.up", "1 when the source is ok or pending", tags, id,
                        h -> h.state().equals("ok") || h.state().equals("pending") ? 1 : 0),
                gauge(target, "comptoir.source.failures", "failed polls in a row", tags, id, SourceHealth::failures),
                gauge(target, "comptoir.source.posts.last.hour", "posts stored in the last hour", tags, id, SourceHealth::postsLastHour),
                gauge(target, "comptoir.source.lag.seconds", "how far behind real time", tags, id,
                        h -> h.lag() == null ? Double.NaN : h.lag().toMillis() / 1000.0),
                gauge(target, "comptoir.source.gaps.missed", "gaps not bridged in the last 7 days (at most 10)", tags, id,
                        h -> h.gaps().stream().filter(gap -> !gap.bridged()).count())));
    }

    private Meter.Id gauge(MeterRegistry target, String name, String description, Tags tags, long id, ToDoubleFunction<SourceHealth> value) {
        return Gauge.builder(name, () -> sources.byId(id).map(sources::health).map(value::applyAsDouble).orElse(Double.NaN))
                .description(description).tags(tags).register(target).getId();
    }

    private void unregister(long id) {
        List<Meter.Id> ids = registered.remove(id);
        MeterRegistry target = registry;
        if (ids != null && target != null) {
            ids.forEach(target::remove);
        }
    }
}
