package org.comptoir.alert;

/** A rule heard a new episode: the alert was stored and its notifications handed to the notifiers. */
public record AlertRaised(String workspace, long alertId, String rule, String summary) {
}
