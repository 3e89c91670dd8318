#!/usr/bin/env bash
# After Keycloak first imported the clinic-portal realm, as Keycloak's administrator:
#  1. gives the portal's account service (client clinic-portal-admin) exactly what the portal does with it:
#     create and manage the members of the clinic-users group, and grant them the clinic roles (clinic-admin,
#     therapist, patient), never platform-admin and never a Keycloak administration role; accounts with a
#     clinic role that are not in the group yet join it;
#  2. with --platform-admin, creates the first platform admin and emails them a link to choose a password.
# Running it again changes nothing that is already in place.
#
#   KEYCLOAK_URL=https://auth.example.org KEYCLOAK_ADMIN_USER=admin KEYCLOAK_ADMIN_PASSWORD=... \
#   PORTAL_BASE_URL=https://portal.example.org \
#   docker/keycloak/bootstrap.sh [--platform-admin USERNAME EMAIL GIVEN-NAME FAMILY-NAME]
#
# Keycloak's own command-line client does the work: KEYCLOAK_HOME names the Keycloak installation
# (/opt/keycloak in its container image).
set -euo pipefail

realm=clinic-portal
missing=()
for variable in KEYCLOAK_URL KEYCLOAK_ADMIN_USER KEYCLOAK_ADMIN_PASSWORD; do
  [ -n "${!variable:-}" ] || missing+=("$variable")
done
if [ "${1:-}" = "--platform-admin" ]; then
  [ $# -eq 5 ] || { echo "Usage: $0 [--platform-admin USERNAME EMAIL GIVEN-NAME FAMILY-NAME]" >&2; exit 2; }
  [ -n "${PORTAL_BASE_URL:-}" ] || missing+=(PORTAL_BASE_URL)
elif [ $# -ne 0 ]; then
  echo "Usage: $0 [--platform-admin USERNAME EMAIL GIVEN-NAME FAMILY-NAME]" >&2
  exit 2
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Set ${missing[*]} (see the README, \"Production\")." >&2
  exit 2
fi

kcadm="${KEYCLOAK_HOME:-/opt/keycloak}/bin/kcadm.sh"
# Only bash and Keycloak's own tools: Keycloak's container image has little else.
config="${TMPDIR:-/tmp}/kcadm-$$.config"
trap 'rm -f "$config"' EXIT
kc() { "$kcadm" "$@" --config "$config"; }
id_of() {
  local id
  read -r id < <(kc get "$@" -r "$realm" --fields id --format csv --noquotes) || true
  echo "${id:-}"
}

kc config credentials --server "$KEYCLOAK_URL" --realm master --user "$KEYCLOAK_ADMIN_USER" \
  --password "$KEYCLOAK_ADMIN_PASSWORD" >/dev/null

permissions=$(id_of clients -q clientId=admin-permissions)
if [ -z "$permissions" ]; then
  echo "Keycloak has no admin permissions in realm $realm: was the realm imported from docker/keycloak/clinic-portal-realm.json?" >&2
  exit 1
fi
server="clients/$permissions/authz/resource-server"
existing=$(kc get "$server/policy" -r "$realm" --fields name --format csv --noquotes)
group=$(id_of groups -q search=clinic-users -q exact=true)
roles=$(for role in clinic-admin therapist patient; do printf '"%s",' "$(id_of "roles/$role")"; done)
policies='["the account service", "the account service client"]'

ensure() {
  local kind=$1 name=$2 body=$3
  if [[ $'\n'"$existing"$'\n' != *$'\n'"$name"$'\n'* ]]; then
    kc create "$server/$kind" -r "$realm" -b "$body" >/dev/null
    echo "Created: $name"
  fi
}

ensure policy/user "the account service" \
  '{"name": "the account service", "description": "The portal'\''s service account", "users": ["'"$(id_of users -q username=service-account-clinic-portal-admin -q exact=true)"'"]}'
ensure policy/client "the account service client" \
  '{"name": "the account service client", "description": "Tokens of the clinic-portal-admin client", "clients": ["'"$(id_of clients -q clientId=clinic-portal-admin)"'"]}'
ensure permission/scope "manage clinic users" \
  '{"name": "manage clinic users", "description": "Create, change, disable and sign out the members of clinic-users, and add new accounts to it",
    "resourceType": "Groups", "resources": ["'"$group"'"], "scopes": ["view-members", "manage-members", "manage-membership"],
    "policies": '"$policies"', "decisionStrategy": "AFFIRMATIVE"}'
ensure permission/scope "map roles of users" \
  '{"name": "map roles of users", "description": "Role mapping as such; which roles, the next permission says",
    "resourceType": "Users", "scopes": ["map-roles"], "policies": '"$policies"', "decisionStrategy": "AFFIRMATIVE"}'
ensure permission/scope "grant clinic roles" \
  '{"name": "grant clinic roles", "description": "Clinic admin, therapist and patient: never platform-admin, never a Keycloak administration role",
    "resourceType": "Roles", "resources": ['"${roles%,}"'], "scopes": ["map-role"], "policies": '"$policies"', "decisionStrategy": "AFFIRMATIVE"}'
echo "The account service may manage clinic users and grant clinic roles, nothing else."

# Accounts made before the group existed (an installation older than it) join it, platform admins never.
ids_of() { kc get "$1" -r "$realm" -q first=0 -q max=1000000 --fields id --format csv --noquotes; }
members=$'\n'$(ids_of "groups/$group/members")$'\n'
platform_admins=$'\n'$(ids_of roles/platform-admin/users)$'\n'
joined=0
for role in clinic-admin therapist patient; do
  while read -r account; do
    if [ -n "$account" ] && [[ $members != *$'\n'"$account"$'\n'* && $platform_admins != *$'\n'"$account"$'\n'* ]]; then
      kc update "users/$account/groups/$group" -r "$realm" -n
      members+="$account"$'\n'
      joined=$((joined + 1))
    fi
  done < <(ids_of "roles/$role/users")
done
[ "$joined" -eq 0 ] || echo "Joined clinic-users: $joined account(s) with a clinic role."

if [ "${1:-}" = "--platform-admin" ]; then
  username=$2 email=$3 given=$4 family=$5
  if [ -n "$(id_of users -q username="$username" -q exact=true)" ]; then
    echo "Keycloak already has a user $username: nothing created." >&2
    exit 1
  fi
  kc create users -r "$realm" -s username="$username" -s email="$email" -s firstName="$given" -s lastName="$family" \
    -s enabled=true -s 'requiredActions=["UPDATE_PASSWORD"]' >/dev/null
  user=$(id_of users -q username="$username" -q exact=true)
  kc add-roles -r "$realm" --uid "$user" --rolename platform-admin
  kc update "users/$user/execute-actions-email" -r "$realm" -q client_id=clinic-portal -q redirect_uri="$PORTAL_BASE_URL/home" \
    -q lifespan=259200 -b '["UPDATE_PASSWORD"]'
  echo "Platform admin $username created; $email has a link to choose a password (valid for 3 days)."
fi
