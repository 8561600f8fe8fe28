package org.comptoir.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's settings: their roles, their personal API tokens (created, shown once, revoked) and password. */
@Controller
class SettingsController {
    private final Accounts accounts;
    private final PersonalTokens tokens;

    SettingsController(Accounts accounts, PersonalTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        Caller me = Caller.require();
        model.addAttribute("userRoles", accounts.roles(me.name()));
        model.addAttribute("tokens", tokens.list(me.name()));
        model.addAttribute("now", java.time.Instant.now());
        return "account/settings";
    }

    @PostMapping("/settings/tokens")
    String createToken(@RequestParam(required = false) String name, @RequestParam(required = false) Integer expires,
                       RedirectAttributes flash) {
        try {
            PersonalToken.Issued issued = tokens.create(Caller.require().name(), name, expires);
            flash.addFlashAttribute("newToken", issued.value());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/revoke")
    String revokeToken(@RequestParam String id) {
        tokens.revoke(Caller.require().name(), id);
        return "redirect:/settings";
    }

    @PostMapping("/settings/password")
    String changePassword(@RequestParam String current, @RequestParam String password, RedirectAttributes flash,
                          jakarta.servlet.http.HttpSession session) {
        String me = Caller.require().name();
        String hash = accounts.passwordHash(me).orElse("");
        if (!accounts.encoder().matches(current, hash)) {
            flash.addFlashAttribute("error", "password.wrong");
            return "redirect:/settings";
        }
        try {
            accounts.changePassword(me, password);
            // this session stays signed in; the user's other sessions end (LiveAccountFilter)
            session.setAttribute(SignInHandlers.SIGNED_IN_AT, java.time.Instant.now());
            flash.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings";
    }
}
