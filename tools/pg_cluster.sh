#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (PostgreSQL 15 from Debian's packages):
#   tools/pg_cluster.sh start DIR PORT   # initdb in DIR, start on 127.0.0.1:PORT, print the URL
#   tools/pg_cluster.sh stop DIR
# The cluster trusts local connections (user atalaya, database atalaya): for tests only.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail
command_name=${1:?start or stop}; dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql > /dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
case "$command_name" in
start)
  port=${3:?port}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "'$bin/initdb' -D '$dir/data' -U atalaya --auth=trust -E UTF8 --locale=C.UTF-8" > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off\" start" > /dev/null \
    || { cat "$dir/server.log"; exit 1; }
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U atalaya atalaya
  echo "postgres://atalaya@127.0.0.1:$port/atalaya"
  ;;
stop)
  as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop" > /dev/null || true
  rm -rf "$dir"
  ;;
esac
