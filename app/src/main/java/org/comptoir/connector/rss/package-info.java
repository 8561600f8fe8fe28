/**
 * RSS/Atom sources: {@link org.comptoir.connector.rss.RssConnector} reads a feed and the WordPress comment feeds its
 * articles announce, with conditional requests; {@link org.comptoir.connector.rss.RssSettings}. Publishes no events.
 */
package org.comptoir.connector.rss;
