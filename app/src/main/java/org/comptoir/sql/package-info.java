/**
 * Workflow state in SQL: opening the database (H2 file by default, PostgreSQL when configured),
 * running the Flyway migrations of {@code db/migration}, and {@link org.comptoir.sql.Sql}, the small
 * JDBC helper the repositories of each feature use. Same JDBC code and migrations for both databases.
 */
package org.comptoir.sql;
