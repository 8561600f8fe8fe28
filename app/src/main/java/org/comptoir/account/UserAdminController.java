package org.comptoir.account;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/users}: global administrators add and remove users and set their passwords; roles are given per workspace. */
@Controller
class UserAdminController {
    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        Caller.requireAdmin();
        model.addAttribute("users", accounts.list());
        model.addAttribute("rolesOf", (java.util.function.Function<String, java.util.Map<String, Role>>) accounts::roles);
        return "account/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam String name, @RequestParam String password, @RequestParam(defaultValue = "false") boolean admin,
               RedirectAttributes flash) {
        Caller.requireAdmin();
        return redirect(flash, () -> accounts.add(name.strip(), password, admin), "user_added");
    }

    @PostMapping("/admin/users/password")
    String password(@RequestParam String name, @RequestParam String password, RedirectAttributes flash) {
        Caller.requireAdmin();
        return redirect(flash, () -> accounts.changePassword(name, password), "password_changed");
    }

    @PostMapping("/admin/users/remove")
    String remove(@RequestParam String name, RedirectAttributes flash) {
        Caller.requireAdmin();
        return redirect(flash, () -> accounts.remove(name), "user_removed");
    }

    private static String redirect(RedirectAttributes flash, Runnable change, String done) {
        try {
            change.run();
            flash.addFlashAttribute("done", done);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
