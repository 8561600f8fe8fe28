package org.comptoir.inbox.presence;

import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.events.Actor;
import org.comptoir.inbox.Inbox;
import org.comptoir.web.Forbidden;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /api/v1/conversations/{id}/presence}: {@code GET} is the conversation's live stream (server-sent events),
 * {@code POST {"state": "viewing|typing|left"}} says what the caller does there and answers who else is there.
 * Reading the conversation is enough to stream and to be seen viewing; typing a reply needs the agent role.
 */
@RestController
@RequestMapping("/api/v1/conversations/{id}/presence")
class PresenceApiController {
    private final Inbox inbox;
    private final PresenceStreams streams;

    PresenceApiController(Inbox inbox, PresenceStreams streams) {
        this.inbox = inbox;
        this.streams = streams;
    }

    record StateRequest(String state) {
    }

    @GetMapping
    SseEmitter stream(WorkspaceRef workspace, @PathVariable long id) {
        inbox.conversation(workspace.name(), id);
        return streams.open(workspace.name(), id, Actor.current().name());
    }

    @PostMapping
    Map<String, Object> beat(WorkspaceRef workspace, @PathVariable long id, @RequestBody StateRequest request) {
        inbox.conversation(workspace.name(), id);
        String user = Actor.current().name();
        Presence presence = inbox.presence();
        if (request == null || request.state() == null || "left".equalsIgnoreCase(request.state().strip())) {
            presence.leave(workspace.name(), id, user);
        } else {
            Presence.State state = Presence.State.fromLabel(request.state());
            if (state == Presence.State.TYPING && !workspace.allows(Role.AGENT)) {
                throw new Forbidden("your role in workspace '" + workspace.name() + "' is " + workspace.role().label()
                        + "; typing a reply needs agent or above");
            }
            presence.beat(workspace.name(), id, user, state);
        }
        return Map.of("others", presence.others(workspace.name(), id, user).stream()
                .map(p -> Map.of("user", p.user(), "state", p.state().label())).toList());
    }
}
