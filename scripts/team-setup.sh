#!/usr/bin/env bash
# Sets up a Quotemark team project on a CouchDB 3 server: the database, who may read it, and
# the design document whose rules the server enforces on every write (scripts/team/).
# Safe to run again. See README.md, "Teams".
#
#   scripts/team-setup.sh https://couch.example.org admin:PASSWORD [DATABASE]
set -euo pipefail
exec node "$(dirname "${BASH_SOURCE[0]}")/team/setup.mjs" "$@"
