#!/bin/sh
# First start of the database container: the application's own role (it owns no table, so
# row-level security binds it) and Keycloak's database. The owner role is POSTGRES_USER.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_user="$PORTAL_DB_USER" -v app_password="$PORTAL_DB_PASSWORD" <<'EOSQL'
create role :"app_user" login nosuperuser nobypassrls password :'app_password';
create database keycloak;
EOSQL
