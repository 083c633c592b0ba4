#!/usr/bin/env bash
# Serves dist/ with Debian's nginx and deploy/nginx.conf on loopback, for the tests and for anyone
# trying the deploy. Nothing outside PREFIX is written; nothing listens beyond 127.0.0.1.
#
#   deploy/serve-local.sh          in the foreground until Ctrl-C / SIGTERM / SIGQUIT (nginx itself)
#   deploy/serve-local.sh start    in the background; returns once it answers
#   deploy/serve-local.sh stop     graceful stop of the one started with the same PREFIX
#   deploy/serve-local.sh config   writes the configuration, checks it with `nginx -t`, exits
#
# Environment: DIST (default: dist/ of this repository), PORT (default 8080), PREFIX (nginx's
# working folder: configuration, pid file, logs, temp; default /tmp/compute-atlas-nginx-PORT),
# NGINX (default: nginx on PATH, then /usr/sbin/nginx), BROTLI=0 to leave brotli out even where the
# module exists.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
action="${1:-run}"
PORT="${PORT:-8080}"
DIST="${DIST:-$repo/dist}"
PREFIX="${PREFIX:-${TMPDIR:-/tmp}/compute-atlas-nginx-$PORT}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

say() { echo "[serve-local] $*" >&2; }

if [ ! -x "$NGINX" ]; then
  say "nginx not found (apt-get install nginx)"
  exit 127
fi
case "$PORT" in '' | *[!0-9]*)
  say "PORT must be a number, got '$PORT'"
  exit 2
  ;;
esac

conf="$PREFIX/nginx.conf"
pidfile="$PREFIX/nginx.pid"

if [ "$action" = stop ]; then
  if [ ! -s "$pidfile" ]; then
    say "not running (no $pidfile)"
    exit 0
  fi
  pid="$(cat "$pidfile")"
  "$NGINX" -p "$PREFIX/" -c "$conf" -e "$PREFIX/logs/error.log" -s quit
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || {
      say "stopped (pid $pid)"
      exit 0
    }
    sleep 0.1
  done
  say "nginx $pid did not stop within 10 s"
  exit 1
fi

if [ ! -f "$DIST/index.html" ]; then
  say "no $DIST/index.html: run npm run build first (or set DIST)"
  exit 2
fi
DIST="$(cd "$DIST" && pwd)"
mkdir -p "$PREFIX/logs" "$PREFIX/tmp"
rm -f "$PREFIX"/atlas-brotli*.conf

# Brotli where Debian's module is installed (libnginx-mod-http-brotli-filter), and only then.
modules="$("$NGINX" -V 2>&1 | sed -n 's/.*--modules-path=\([^ ]*\).*/\1/p')"
brotli_so="${modules:-/usr/lib/nginx/modules}/ngx_http_brotli_filter_module.so"
load_brotli=""
brotli=off
if [ "${BROTLI:-1}" != 0 ] && [ -f "$brotli_so" ]; then
  load_brotli="load_module $brotli_so;"
  cp "$here/brotli.conf" "$PREFIX/atlas-brotli.conf"
  brotli=on
fi

# As root, workers drop to nobody when it can read DIST (the sandbox may only allow root).
user_line=""
if [ "$(id -u)" = 0 ]; then
  if runuser -u nobody -- test -r "$DIST/index.html" 2>/dev/null; then
    user_line="user nobody nogroup;"
  else
    user_line="user root root;"
  fi
fi

mime="$(dirname "$("$NGINX" -V 2>&1 | sed -n 's/.*--conf-path=\([^ ]*\).*/\1/p')")/mime.types"
[ -f "$mime" ] || mime=/etc/nginx/mime.types

# The site file is deploy/nginx.conf itself, with only its listen address and root replaced.
sed -e "s|^\(    listen \)127\.0\.0\.1:8080;|\1127.0.0.1:$PORT;|" \
  -e "s|^\(    root \)/var/www/atlas;|\1$DIST;|" "$here/nginx.conf" >"$PREFIX/atlas.conf"
grep -q "listen 127.0.0.1:$PORT;" "$PREFIX/atlas.conf" || {
  say "could not set the port in $PREFIX/atlas.conf"
  exit 1
}

daemon=off
[ "$action" = start ] && daemon=on
cat >"$conf" <<EOF
# Written by deploy/serve-local.sh: loopback only, everything under $PREFIX.
$load_brotli
$user_line
daemon $daemon;
worker_processes 1;
pid $pidfile;
error_log $PREFIX/logs/error.log warn;
events { worker_connections 1024; }
http {
    include $mime;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 30;
    access_log off;
    client_body_temp_path $PREFIX/tmp/body;
    proxy_temp_path $PREFIX/tmp/proxy;
    fastcgi_temp_path $PREFIX/tmp/fastcgi;
    uwsgi_temp_path $PREFIX/tmp/uwsgi;
    scgi_temp_path $PREFIX/tmp/scgi;
    include atlas.conf;
}
EOF

run() { "$NGINX" -p "$PREFIX/" -c "$conf" -e "$PREFIX/logs/error.log" "$@"; }
run -t -q || {
  say "configuration rejected: see above"
  exit 1
}
[ "$action" = config ] && {
  say "configuration OK in $PREFIX"
  exit 0
}

say "http://127.0.0.1:$PORT/ serves $DIST (brotli $brotli, prefix $PREFIX)"
if [ "$action" = start ]; then
  run
  for _ in $(seq 1 100); do
    if [ -s "$pidfile" ] && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
      say "started (pid $(cat "$pidfile")); stop with: PREFIX=$PREFIX PORT=$PORT $0 stop"
      exit 0
    fi
    sleep 0.1
  done
  say "nginx did not answer within 10 s: $PREFIX/logs/error.log"
  exit 1
fi
# Foreground: this process becomes nginx's master; SIGQUIT stops it gracefully, SIGTERM at once.
exec "$NGINX" -p "$PREFIX/" -c "$conf" -e "$PREFIX/logs/error.log"
