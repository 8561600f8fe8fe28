package org.comptoir.alert;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Where an objective stands: its value over the last 30 days, the same measure 7, 14 and 21 days earlier
 * ({@code trend}, oldest first), the value projected on the due date by a least-squares line through those four
 * points, and {@code status}: {@code met} (the value reaches the target), {@code on-track} (the projection does),
 * {@code at-risk} (neither), {@code missed} (the date passed without reaching it).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ObjectiveProgress(Objective objective, double value, List<Point> trend, double projected, String status) {

    /** The metric over the 30 days ending on {@code day} (exclusive). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Point(LocalDate day, double value) {
    }
}
