package org.comptoir.contact;

import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/gdpr/erase}: a workspace administrator erases an author ({@code NETWORK:HANDLE}) or a contact everywhere. */
@RestController
class GdprApiController {
    private final Erasure erasure;

    GdprApiController(Erasure erasure) {
        this.erasure = erasure;
    }

    /** Exactly one of {@code author} ({@code NETWORK:HANDLE}) and {@code contact} (an id). */
    record EraseRequest(String author, Long contact) {
    }

    @PostMapping("/api/v1/gdpr/erase")
    Map<String, Object> erase(@Needs(Role.ADMIN) WorkspaceRef workspace, @RequestBody EraseRequest request) {
        if ((request.author() == null || request.author().isBlank()) == (request.contact() == null)) {
            throw new IllegalArgumentException("give exactly one of 'author' (NETWORK:HANDLE) and 'contact' (an id)");
        }
        Erasure.Report report = request.contact() != null ? erasure.eraseContact(workspace.name(), request.contact())
                : erasure.eraseAuthor(workspace.name(), Identity.parse(request.author().strip()));
        return ContactViews.erasure(report);
    }
}
