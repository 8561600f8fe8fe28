package org.comptoir.search;

import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.SearchPage;
import org.comptoir.topic.Topic;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.Workspace;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a query box, filters and the matching posts, newest first. Post text is always escaped. */
@Controller
class SearchController {
    private static final int PAGE = 25;
    private final Comptoir comptoir;

    SearchController(Comptoir comptoir) {
        this.comptoir = comptoir;
    }

    @GetMapping("/")
    String home() {
        boolean demo = comptoir.hasWorkspace(Workspace.DEMO);
        return "redirect:/search?workspace=" + (demo ? Workspace.DEMO : Workspace.DEFAULT);
    }

    @GetMapping("/help/query")
    String queryHelp(@RequestParam(defaultValue = "default") String workspace, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("workspaces", comptoir.listWorkspaces());
        model.addAttribute("q", "");
        return "search/help";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "default") String workspace,
                  @RequestParam(required = false) String q,
                  @RequestParam(required = false) String topic,
                  @RequestParam(required = false) String lang,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String cursor,
                  jakarta.servlet.http.HttpServletRequest http,
                  Model model) {
        String ws = comptoir.useWorkspace(workspace);
        List<Topic> topics = comptoir.topics().list(ws);
        model.addAttribute("workspace", ws);
        model.addAttribute("workspaces", comptoir.listWorkspaces());
        model.addAttribute("topics", topics);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("lang", lang == null ? "" : lang);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("back", http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString()));
        try {
            PostSearch.Request request = new PostSearch.Request(q, topic, TimeParams.parse("from", from),
                    TimeParams.parse("to", to), lang, PAGE, cursor);
            SearchPage page = comptoir.search().search(ws, request);
            model.addAttribute("page", page);
        } catch (QuerySyntaxException e) {
            model.addAttribute("queryError", e.getMessage());
            model.addAttribute("queryErrorColumn", e.column());
        } catch (IllegalArgumentException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return "search/index";
    }
}
