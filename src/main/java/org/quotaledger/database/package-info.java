/**
 * How the app reaches PostgreSQL: the configured server in production, or an embedded real
 * PostgreSQL server (data kept in {@code ./data/postgres}) when no datasource URL is given, so a
 * newcomer needs only a JDK. The schema is owned by the Flyway migrations in {@code migrations/}.
 * {@code Launcher} starts the app on one or the other; it is called by {@code cli.Main}. {@code SqlRead} reads lists
 * in plain SQL, several in one round trip, for the pages read most. The package calls no feature: it depends on
 * Quarkus, Hibernate's session, the JDBC driver and zonky's embedded server only.
 */
package org.quotaledger.database;
