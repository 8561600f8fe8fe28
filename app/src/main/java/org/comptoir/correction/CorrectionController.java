package org.comptoir.correction;

import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The correction form under each post of the search page: saves, then goes back to the same results. */
@Controller
class CorrectionController {
    private final Corrections corrections;

    CorrectionController(Corrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/corrections")
    String correct(@Needs(Role.AGENT) WorkspaceRef workspace, @RequestParam String id,
                   @RequestParam(required = false) String sentiment, @RequestParam(required = false) String intent,
                   @RequestParam(defaultValue = "/search") String back) {
        corrections.correct(workspace.name(), id,
                CorrectionApiController.sentiment(sentiment), CorrectionApiController.intent(intent));
        // only a local path is followed, never another site
        String target = back.startsWith("/") && !back.startsWith("//") ? back : "/search?workspace=" + workspace;
        return "redirect:" + target;
    }
}
