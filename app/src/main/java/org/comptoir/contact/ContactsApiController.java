package org.comptoir.contact;

import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/contacts}: list, create from authors, show with posts and conversations, change, delete, merge, suggestions, export. */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactsApiController {
    private final Contacts contacts;

    ContactsApiController(Contacts contacts) {
        this.contacts = contacts;
    }

    /** Body of POST and PATCH; {@code identities} are {@code NETWORK:HANDLE} strings (PATCH adds them). */
    record ContactRequest(String name, String notes, List<String> tags, List<String> identities) {
        List<Identity> accounts() {
            return identities == null ? List.of() : identities.stream().map(Identity::parse).toList();
        }
    }

    record MergeRequest(Long other) {
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) {
        List<Contact> all = contacts.list(workspace.name());
        return Map.of("total", all.size(), "contacts", all.stream().map(ContactViews::contact).toList());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.AGENT) WorkspaceRef workspace, @RequestBody ContactRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ContactViews.contact(contacts.create(workspace.name(), request.name(),
                request.notes(), request.tags(), request.accounts())));
    }

    @GetMapping("/suggestions")
    Map<String, Object> suggestions(WorkspaceRef workspace, @RequestParam(defaultValue = "50") int limit) {
        return Map.of("suggestions", contacts.suggestions(workspace.name(), limit).stream().map(ContactViews::suggestion).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable long id) {
        return ContactViews.profile(contacts.profile(workspace.name(), id));
    }

    @PatchMapping("/{id}")
    Map<String, Object> update(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestBody ContactRequest request) {
        return ContactViews.contact(contacts.update(workspace.name(), id, request.name(), request.notes(), request.tags(), request.accounts()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id) {
        contacts.delete(workspace.name(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/merge")
    Map<String, Object> merge(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestBody MergeRequest request) {
        if (request.other() == null) {
            throw new IllegalArgumentException("'other' (the contact to merge into this one) is required");
        }
        return ContactViews.contact(contacts.merge(workspace.name(), id, request.other()));
    }

    /** GDPR: everything about the contact (a manager's act: it gathers personal data in one file). */
    @GetMapping("/{id}/export")
    ResponseEntity<Map<String, Object>> export(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"contact-" + id + ".json\"")
                .body(contacts.export(workspace.name(), id));
    }
}
