package org.comptoir.report;

import java.util.Locale;
import java.util.Map;
import org.comptoir.analytics.AnalyticsQuery;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/pdf?period=day|week|month}: the report of the period ending now (or at {@code to}) as a PDF
 * download, with the search filters ({@code q topic lang network tz}), in the reader's language ({@code lang} is the
 * posts' language filter; the report's own language follows the request's locale: the
 * {@code comptoir-locale} cookie, or {@code locale=fr|en}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {
    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(WorkspaceRef workspace, @RequestParam Map<String, String> params, Locale locale) throws QuerySyntaxException {
        Period period = Period.fromLabel(params.get("period"));
        byte[] pdf = reports.pdf(workspace.name(), period, AnalyticsQuery.selection(params), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"report-" + workspace.name() + "-" + period.label() + ".pdf\"")
                .body(pdf);
    }
}
