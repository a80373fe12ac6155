#!/bin/sh
# Runs once, when the postgres container initialises an empty data directory: creates the role the app serves as.
# POSTGRES_USER owns the schema and runs the migrations; the serving role owns nothing, and the grants it gets
# (migrations/afterMigrate.sql) let it only read and append the evidence.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$QUOTALEDGER_APP_DB_PASSWORD" <<'SQL'
create role quotaledger_app login password :'app_password';
SQL
