package org.comptoir.search;

import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.SearchPage;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a query box, filters and the matching posts, newest first. Post text is always escaped. */
@Controller
class SearchController {
    private static final int PAGE = 25;
    private final PostSearch search;

    SearchController(PostSearch search) {
        this.search = search;
    }

    @GetMapping("/help/query")
    String queryHelp(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("q", "");
        return "search/help";
    }

    @GetMapping("/search")
    String search(WorkspaceRef workspace,
                  @RequestParam(required = false) String q,
                  @RequestParam(required = false) String topic,
                  @RequestParam(required = false) String lang,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String cursor,
                  jakarta.servlet.http.HttpServletRequest http,
                  Model model) {
        String ws = workspace.name();
        model.addAttribute("workspace", ws);
        model.addAttribute("canCorrect", workspace.allows(Role.AGENT));
        model.addAttribute("topics", search.topics(ws));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("lang", lang == null ? "" : lang);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("back", http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString()));
        try {
            PostSearch.Request request = new PostSearch.Request(q, topic, TimeParams.parse("from", from),
                    TimeParams.parse("to", to), lang, PAGE, cursor);
            SearchPage page = search.search(ws, request);
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
