#!/usr/bin/env bash
# Starts Keycloak in production mode with the clinic-portal realm imported at its first start. Refuses to start
# while a value the realm file reads from the environment is missing: the realm has no built-in secret or address.
# Further options (database, hostname, proxy) follow on the command line; see docker/compose.yml.
set -euo pipefail
missing=()
for variable in PORTAL_BASE_URL PORTAL_OIDC_CLIENT_SECRET PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET PORTAL_SMTP_HOST PORTAL_SMTP_FROM; do
  [ -n "${!variable:-}" ] || missing+=("$variable")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Keycloak will not start: set ${missing[*]} (see the README, \"Production\")." >&2
  exit 1
fi
exec "${KEYCLOAK_HOME:-/opt/keycloak}/bin/kc.sh" start --import-realm "$@"
