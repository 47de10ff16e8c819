#!/usr/bin/env bash
# Runs the production caching proxy (deploy/nginx.conf, as docker-compose.yml uses it) on this
# machine, in front of an app already listening on APP_PORT, so `npm run bench` can measure the
# production topology without Docker: `npm run bench -- http://127.0.0.1:$LISTEN_PORT`.
# It also serves one page saved to disk at /static-copy.html, the "nginx static" yardstick of
# DESIGN.md §7. Needs Debian's nginx (`apt-get install nginx`); Ctrl-C stops it.
#   APP_PORT=3000 LISTEN_PORT=8080 scripts/dev/nginx-in-front.sh
set -euo pipefail
app_port=${APP_PORT:-3000}
listen_port=${LISTEN_PORT:-8080}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/nginx-in-front.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cache" "$work/proxy" "$work/client_body" "$work/static" "$work/logs"
# Started as root, nginx's workers run as nobody: they must reach the page and write the cache.
chmod 755 "$work" "$work/static" && chmod 1777 "$work/cache" "$work/proxy" "$work/client_body"
curl -fsS "http://127.0.0.1:$app_port/en" > "$work/static/static-copy.html"

# The same server block, pointed at this machine's app and paths instead of the compose ones.
sed -e "s#server app:3000;#server 127.0.0.1:$app_port;#" \
    -e "s#listen 80;#listen $listen_port;\n    location = /static-copy.html { root $work/static; }#" \
    -e "s#/var/cache/nginx/portal#$work/cache#" \
    "$root/deploy/nginx.conf" > "$work/portal.conf"

cat > "$work/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    include $work/portal.conf;
}
EOF
echo "nginx on http://127.0.0.1:$listen_port in front of the app on port $app_port"
nginx -c "$work/nginx.conf" -e "$work/logs/error.log"
