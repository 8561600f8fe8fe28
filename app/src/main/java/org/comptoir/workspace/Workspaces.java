package org.comptoir.workspace;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.comptoir.events.Events;

/** The workspaces of a data directory. Created only by an explicit action, never as a side effect of reading. */
public final class Workspaces {
    private final WorkspaceRepository repository;
    private final Events events;
    private final Clock clock;

    public Workspaces(WorkspaceRepository repository, Events events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public Workspace create(String name, String label, String description) {
        return create(name, label, description, null);
    }

    /** Creates a workspace counting its days in {@code zone} (an IANA name; null: {@link Workspace#DEFAULT_ZONE}). */
    public Workspace create(String name, String label, String description, String zone) {
        Workspace.checkName(name);
        java.time.ZoneId zoneId;
        try {
            zoneId = zone == null || zone.isBlank() ? Workspace.DEFAULT_ZONE : java.time.ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (use an IANA name such as Europe/Paris)");
        }
        String shown = label == null || label.isBlank() ? name : label.strip();
        if (shown.length() > 200) {
            throw new IllegalArgumentException("a workspace label has at most 200 characters");
        }
        Workspace workspace = new Workspace(name, shown, description, clock.instant(), zoneId);
        if (!repository.insert(workspace)) {
            throw new IllegalArgumentException("a workspace named '" + name + "' already exists");
        }
        events.publish(new WorkspaceCreated(name, shown));
        return workspace;
    }

    /** Creates the workspace unless it exists (the demo loader); returns it either way. */
    public Workspace createIfAbsent(String name, String label, String description) {
        return find(name).orElseGet(() -> create(name, label, description));
    }

    public List<Workspace> list() {
        return repository.list();
    }

    public Optional<Workspace> find(String name) {
        return repository.find(name);
    }

    public boolean exists(String name) {
        return find(name).isPresent();
    }
}
