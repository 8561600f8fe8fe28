/**
 * Alerts: hearing trouble early. Rules ({@link org.comptoir.alert.AlertRule}: volume spike, negative spike, a
 * query that starts matching) are evaluated as posts arrive (on {@code pipeline.PostsIndexed}) against an
 * hour-of-week baseline robust to past spikes (median/MAD); each episode raises one
 * {@link org.comptoir.alert.Alert} with its {@link org.comptoir.alert.Explanation} and goes to the rule's notifiers
 * ({@code alert.notify}). {@link org.comptoir.alert.Alerts} is the feature's entry point (API, page, CLI replay);
 * {@link org.comptoir.alert.Objectives} keeps a team's objectives and measures their progress.
 * Method: docs/alerts.md. Publishes {@link org.comptoir.alert.AlertRaised}, {@link org.comptoir.alert.AlertRuleSaved},
 * {@link org.comptoir.alert.AlertRuleRemoved}. Hears {@code source.SourceFailing} and
 * {@code source.SourceCredentialsExpiring}: {@code SourceAlerts} sends "a source stops delivering" to every notifier
 * of the workspace, once per episode.
 */
package org.comptoir.alert;
