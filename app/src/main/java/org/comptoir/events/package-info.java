/**
 * How features talk without knowing each other: past-tense event records published through
 * {@link org.comptoir.events.Events}, and the {@link org.comptoir.events.Actor} who caused them.
 * Depends on no feature.
 */
package org.comptoir.events;
