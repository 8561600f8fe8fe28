package org.comptoir.team;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.comptoir.account.Accounts;
import org.comptoir.account.Role;
import org.comptoir.events.Events;

/**
 * The workspace's teams: created, changed and deleted by managers; members must be agents (or above) of the
 * workspace, so routing can assign them conversations. Publishes {@link TeamSaved} and {@link TeamRemoved}.
 */
public final class Teams {
    private final TeamRepository repository;
    private final Accounts accounts;
    private final Events events;
    private final Clock clock;

    public Teams(TeamRepository repository, Accounts accounts, Events events, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public List<Team> list(String workspace) {
        return repository.list(workspace);
    }

    public Optional<Team> find(String workspace, String name) {
        return name == null ? Optional.empty() : repository.find(workspace, name);
    }

    /** Creates or replaces the team; returns it as stored. */
    public Team save(Team team) {
        for (String member : team.members()) {
            if (!accounts.roleIn(member, team.workspace()).map(r -> r.includes(Role.AGENT)).orElse(false)) {
                throw new IllegalArgumentException("'" + member + "' is not an agent (or above) of workspace '" + team.workspace() + "'");
            }
        }
        boolean created = repository.save(team, clock.instant());
        events.publish(new TeamSaved(team.workspace(), team.name(), created, team.hours() + " " + team.zone().getId()
                + " members: " + String.join(", ", team.members())));
        return repository.find(team.workspace(), team.name()).orElseThrow();
    }

    public boolean delete(String workspace, String name) {
        boolean deleted = repository.delete(workspace, name);
        if (deleted) {
            events.publish(new TeamRemoved(workspace, name));
        }
        return deleted;
    }

    /** The team's members who may be assigned conversations now (agents or above of the workspace), by name. */
    public List<String> assignable(String workspace, String team) {
        return find(workspace, team).map(Team::members).orElse(List.of()).stream()
                .filter(m -> accounts.roleIn(m, workspace).map(r -> r.includes(Role.AGENT)).orElse(false)).toList();
    }
}
