/**
 * Teams: the departments conversations are routed to (support, product, HR, sales, communication…) and when they
 * work. Today it holds the business-hours arithmetic response-time targets will count in
 * ({@link org.comptoir.team.BusinessHours}: working time between two instants, the deadline after a working
 * duration, across week-ends, holidays, time zones and clock changes). Teams with members, routing rules and
 * targets are not built yet (docs/inbox.md, "Not done yet"). Publishes no event.
 */
package org.comptoir.team;
