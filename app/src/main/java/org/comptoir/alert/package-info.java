/**
 * Alerts: hearing trouble early. Rules ({@link org.comptoir.alert.AlertRule}: volume spike, negative spike, negative
 * share, a query that starts matching, an advocate or top author turning negative, a source that stops delivering, an objective
 * at risk) are evaluated as posts arrive (on {@code pipeline.PostsIndexed}) against an
 * hour-of-week baseline robust to past spikes (median/MAD); each episode raises one
 * {@link org.comptoir.alert.Alert} with its {@link org.comptoir.alert.Explanation} and goes to the rule's notifiers
 * ({@code alert.notify}). {@link org.comptoir.alert.Alerts} is the feature's entry point (API, page, CLI replay);
 * {@link org.comptoir.alert.Objectives} keeps a team's objectives and measures their progress.
 * Method: docs/alerts.md. Publishes {@link org.comptoir.alert.AlertRaised}, {@link org.comptoir.alert.AlertRuleSaved},
 * {@link org.comptoir.alert.AlertRuleRemoved}. Hears {@code source.SourceFailing} and
 * {@code source.SourceCredentialsExpiring} and {@code source.SourceRecovered}: {@code SourceAlerts} turns each episode into
 * an alert of the workspace's {@code source-stopped} rules (or, without one, a notification to every notifier).
 * {@code ObjectiveAlerts} turns each objective's at-risk episode into an alert of the workspace's {@code objective-at-risk}
 * rules (checked at most hourly, after new posts and on a timer under {@code serve}, and on request). Notifications
 * carry absolute links ({@code comptoir.public-url}) and summaries in each notifier's language.
 */
package org.comptoir.alert;
