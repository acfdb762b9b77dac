#!/usr/bin/env bash
# Gets a PostgreSQL server running on 127.0.0.1 for the broker's tests and prints its connection string.
#
#   export CONTRACTTESTING_POSTGRES="$(tools/postgres/start.sh)"
#
# Works on Debian with the `postgresql` package installed (apt-get install -y postgresql), as root and without
# systemd: it creates a cluster when there is none, starts it with pg_ctlcluster, and makes a login role with a
# password. Safe to run again: a running server is left as it is. Only the connection string goes to stdout.
# Environment: CONTRACTTESTING_POSTGRES_PORT (default 5432), CONTRACTTESTING_POSTGRES_USER and
# CONTRACTTESTING_POSTGRES_PASSWORD (default contracttesting / contracttesting).
set -euo pipefail

port="${CONTRACTTESTING_POSTGRES_PORT:-5432}"
user="${CONTRACTTESTING_POSTGRES_USER:-contracttesting}"
password="${CONTRACTTESTING_POSTGRES_PASSWORD:-contracttesting}"
log() { echo "tools/postgres/start.sh: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "PostgreSQL is not installed; run: apt-get update && apt-get install -y postgresql"
  exit 1
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if [ -z "$version" ]; then
  log "no PostgreSQL server binaries under /usr/lib/postgresql"
  exit 1
fi

# The cluster on the wanted port, else the first cluster of this version, else a new one.
cluster="$(pg_lsclusters --no-header | awk -v v="$version" -v p="$port" '$1 == v && $3 == p { print $2; exit }')"
if [ -z "$cluster" ]; then
  cluster="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v { print $2; exit }')"
fi
if [ -z "$cluster" ]; then
  cluster=main
  log "creating cluster $version/$cluster on port $port"
  pg_createcluster --port "$port" "$version" "$cluster" >&2
fi

cluster_port="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3; exit }')"
if [ "$cluster_port" != "$port" ]; then
  log "cluster $version/$cluster uses port $cluster_port; using that"
  port="$cluster_port"
fi

status="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4; exit }')"
if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster"
  # Without systemd the cluster is started directly; the socket folder may be missing after a reboot.
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then
    break
  fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  log "the server on 127.0.0.1:$port did not become ready"
  exit 1
fi

# A role that may create and drop the per-test databases, reachable by password over TCP.
sql_password="${password//\'/\'\'}"
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE "$user" LOGIN CREATEDB PASSWORD '$sql_password';
  ELSE
    ALTER ROLE "$user" LOGIN CREATEDB PASSWORD '$sql_password';
  END IF;
END
\$\$;
SQL

echo "Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=postgres"
