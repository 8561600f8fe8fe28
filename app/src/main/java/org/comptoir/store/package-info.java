/**
 * Keeping posts searchable. {@link org.comptoir.store.StoredPost} is a post as read back from an
 * index with the topics it matched. The Lucene backend (analysis, document mapping, query
 * translation) lives in {@code org.comptoir.store.lucene}.
 */
package org.comptoir.store;
