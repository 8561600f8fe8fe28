package org.comptoir.alert;

import java.util.List;
import org.comptoir.analytics.Figures;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Why an alert fired, in words a person can check: the peak hour's observed and expected posts and how far
 * above (ratio and noise units), the significant terms and hashtags of the episode against the 7 days
 * before it, the authors who drive it with their pyramid level over the 30 days before its end, a few
 * verbatims, and links to the dashboard and search filtered to the episode. An alert of kind {@code objective-at-risk} carries
 * instead the objective's {@link ObjectiveProgress} when it turned at risk (target, date, value, trend, projection); null for
 * the other kinds.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Explanation(String summary, long observed, double expected, double spread, double ratio, double score,
                          String baseline, long posts, List<Figures.Term> terms, List<Driver> drivers,
                          List<Figures.Verbatim> verbatims, String dashboardLink, String searchLink,
                          ObjectiveProgress objective) {

    /** An author who wrote in the episode, with their level in the engagement pyramid. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Driver(String handle, String name, String network, long posts, String level, boolean employee) {
    }
}
