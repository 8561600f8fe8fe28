/**
 * Teams: the departments conversations are routed to (support, product, HR, sales, communication…), their members
 * (agents of the workspace) and when they work: {@link org.comptoir.team.BusinessHours} (working time between two
 * instants, the deadline after a working duration, across week-ends, holidays, time zones and clock changes) written
 * as {@link org.comptoir.team.HoursSpec} ({@code "mon-fri 09:00-18:00"}). Use cases in {@link org.comptoir.team.Teams};
 * API {@code /api/v1/teams}, page {@code /teams}. Publishes {@link org.comptoir.team.TeamSaved} and
 * {@link org.comptoir.team.TeamRemoved}. Knows nothing of the inbox, which reads teams.
 */
package org.comptoir.team;
