package org.comptoir.contact;

import java.time.Instant;
import java.util.List;

/**
 * A person in the CRM of one workspace.
 *
 * @param name  the name the team gives them (untrusted text when taken from a profile)
 * @param notes free text kept by the team
 */
public record Contact(long id, String workspace, String name, String notes, List<String> tags, List<Identity> identities,
                      Instant createdAt, Instant updatedAt) {
    public Contact {
        tags = tags == null ? List.of() : List.copyOf(tags);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }
}
