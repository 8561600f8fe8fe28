package org.comptoir.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; on loopback it names the demo users so a newcomer is in the demo workspace in one click. */
@Controller
class LoginController {
    private final OneClickSignIn oneClick;

    LoginController(OneClickSignIn oneClick) {
        this.oneClick = oneClick;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttledMinutes", throttled == null ? null : minutes(throttled));
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("oneClick", oneClick.entries());
        return "account/login";
    }

    private static Integer minutes(String value) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(value), 60));
        } catch (NumberFormatException e) {
            return 15;
        }
    }
}
