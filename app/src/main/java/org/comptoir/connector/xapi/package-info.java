/**
 * X (Twitter) API v2 sources, with the user's own bearer token: {@link org.comptoir.connector.xapi.XSearchConnector}
 * reads recent search with {@code since_id} and {@code next_token}; {@link org.comptoir.connector.xapi.XSearchSettings}.
 * Publishes no events.
 */
package org.comptoir.connector.xapi;
