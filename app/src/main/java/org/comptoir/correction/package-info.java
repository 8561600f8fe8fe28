/**
 * Corrections: a person sets the sentiment or intent of a post. The post in the index is updated
 * (searchable, counted, shown as corrected) and the correction is kept in SQL so it can be exported
 * as training data ({@code label<TAB>text<TAB>lang}) for {@code comptoir train … --corrections FILE}.
 *
 * <ul>
 *   <li>{@link org.comptoir.correction.Corrections}: correct a post, list, export (use cases).</li>
 *   <li>{@link org.comptoir.correction.CorrectionRepository}: corrections in SQL.</li>
 * </ul>
 * Publishes {@link org.comptoir.correction.PostCorrected} (the audit log records it).
 */
package org.comptoir.correction;
