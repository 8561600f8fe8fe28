/**
 * Reports (docs/reports.md, ADR 0021): a workspace's figures of one period (a day, a week or a month) against the period
 * before it, as one self-contained HTML page whose charts are drawn on the server (JFreeChart, PNG) and turned into a PDF
 * (openhtmltopdf). {@link org.comptoir.report.Reports} is the feature; it reads {@code analytics} and {@code alert}, which
 * never read it. {@link org.comptoir.report.ReportSchedules} keeps one schedule per workspace (ADR 0022) and mails the reports
 * that are due; {@link org.comptoir.report.ReportScheduler} asks it every minute under serve. Every untrusted text (author names, post text, topic and rule names) is escaped in the page.
 */
package org.comptoir.report;
