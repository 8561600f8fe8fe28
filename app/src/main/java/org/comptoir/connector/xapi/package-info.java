/**
 * X (Twitter) API v2 sources, with the user's own bearer token: {@link org.comptoir.connector.xapi.XSearchConnector}
 * reads recent search with {@code since_id} and {@code next_token} ({@link org.comptoir.connector.xapi.XSearchSettings});
 * {@link org.comptoir.connector.xapi.XStreamConnector} syncs the filtered stream's rules and holds the stream open
 * ({@link org.comptoir.connector.xapi.XStreamSettings}); {@link org.comptoir.connector.xapi.XRules} derives the rules from
 * the workspace's topics, or says why a topic has none. Publishes no events.
 */
package org.comptoir.connector.xapi;
