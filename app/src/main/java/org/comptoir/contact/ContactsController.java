package org.comptoir.contact;

import java.util.Arrays;
import java.util.List;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages {@code /contacts} (list, suggestions, create) and {@code /contacts/{id}} (profile, edit, merge, export, erase). */
@Controller
class ContactsController {
    private final Contacts contacts;
    private final Erasure erasure;

    ContactsController(Contacts contacts, Erasure erasure) {
        this.contacts = contacts;
        this.erasure = erasure;
    }

    @GetMapping("/contacts")
    String list(WorkspaceRef workspace, @RequestParam(required = false) String author, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("contacts", contacts.list(workspace.name()));
        model.addAttribute("suggestions", contacts.suggestions(workspace.name(), 20));
        model.addAttribute("author", author);
        model.addAttribute("canEdit", workspace.allows(Role.AGENT));
        return "contacts/index";
    }

    /** From a conversation: the contact holding the author, or the list with the author ready to become one. */
    @GetMapping("/contacts/author")
    String author(WorkspaceRef workspace, @RequestParam String network, @RequestParam String handle) {
        Identity account = new Identity(network, handle, null);
        return contacts.holding(workspace.name(), account).map(id -> "redirect:/contacts/" + id + "?workspace=" + workspace.name())
                .orElseGet(() -> "redirect:/contacts?workspace=" + workspace.name() + "&author="
                        + java.net.URLEncoder.encode(account.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/contacts")
    String create(@Needs(Role.AGENT) WorkspaceRef workspace, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String identities, RedirectAttributes flash) {
        try {
            List<Identity> accounts = lines(identities).stream().map(Identity::parse).toList();
            long id = contacts.create(workspace.name(), name, "", List.of(), accounts).id();
            return "redirect:/contacts/" + id + "?workspace=" + workspace.name();
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/contacts?workspace=" + workspace.name();
        }
    }

    @GetMapping("/contacts/{id}")
    String contact(WorkspaceRef workspace, @PathVariable long id, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("p", contacts.profile(workspace.name(), id));
        model.addAttribute("canEdit", workspace.allows(Role.AGENT));
        model.addAttribute("canExport", workspace.allows(Role.MANAGER));
        model.addAttribute("canErase", workspace.allows(Role.ADMIN));
        return "contacts/contact";
    }

    @PostMapping("/contacts/{id}/update")
    String update(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String notes, @RequestParam(required = false) String tags,
                  @RequestParam(defaultValue = "") String identities, RedirectAttributes flash) {
        try {
            contacts.update(workspace.name(), id, name, notes, tags == null ? null : Arrays.asList(tags.split(",")),
                    lines(identities).stream().map(Identity::parse).toList());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/contacts/" + id + "?workspace=" + workspace.name();
    }

    @PostMapping("/contacts/{id}/merge")
    String merge(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestParam long other, RedirectAttributes flash) {
        try {
            contacts.merge(workspace.name(), id, other);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/contacts/" + id + "?workspace=" + workspace.name();
    }

    @PostMapping("/contacts/{id}/erase")
    String erase(@Needs(Role.ADMIN) WorkspaceRef workspace, @PathVariable long id, RedirectAttributes flash) {
        Erasure.Report report = erasure.eraseContact(workspace.name(), id);
        flash.addFlashAttribute("erased", report.records());
        return "redirect:/contacts?workspace=" + workspace.name();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
