#!/bin/sh
# First start of the database container, as PostgreSQL's own superuser (POSTGRES_USER), which nothing else uses:
#  - the portal's owner role: owns the portal database (and so its public schema) and runs the migrations;
#    no superuser, no BYPASSRLS, cannot create roles or databases;
#  - the portal's application role: owns no table, so row-level security binds it; the migrations grant it
#    what it needs;
#  - Keycloak's own role, owner of Keycloak's own database, which the portal's roles cannot connect to.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_user="$PORTAL_DB_OWNER_USER" -v owner_password="$PORTAL_DB_OWNER_PASSWORD" \
     -v app_user="$PORTAL_DB_USER" -v app_password="$PORTAL_DB_PASSWORD" \
     -v keycloak_user="$KEYCLOAK_DB_USER" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'EOSQL'
create role :"owner_user" login nosuperuser nobypassrls nocreatedb nocreaterole password :'owner_password';
create role :"app_user" login nosuperuser nobypassrls nocreatedb nocreaterole password :'app_password';
create role :"keycloak_user" login nosuperuser nobypassrls nocreatedb nocreaterole password :'keycloak_password';
create database portal owner :"owner_user";
revoke all on database portal from public;
grant connect on database portal to :"app_user";
create database keycloak owner :"keycloak_user";
revoke all on database keycloak from public;
EOSQL
