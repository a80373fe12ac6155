/**
 * How the app reaches PostgreSQL: the configured server in production, or an embedded real
 * PostgreSQL server (data kept in {@code ./data/postgres}) when no datasource URL is given, so a
 * newcomer needs only a JDK. The schema is owned by the Flyway migrations in {@code migrations/}.
 */
package org.quotaledger.database;
