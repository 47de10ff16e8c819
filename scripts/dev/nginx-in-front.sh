#!/usr/bin/env bash
# Runs the production caching proxy (deploy/nginx.conf, as docker-compose.yml uses it) on this
# machine, in front of an app already listening on APP_PORT, so `npm run bench` can measure the
# production topology without Docker: `npm run bench -- http://127.0.0.1:$LISTEN_PORT`.
# It also serves one page saved to disk at /static-copy.html, the "nginx static" yardstick of
# DESIGN.md §7. Needs Debian's nginx (`apt-get install nginx`); Ctrl-C stops it.
#   APP_PORT=3000 LISTEN_PORT=8080 scripts/dev/nginx-in-front.sh
# TLS_PORT=8443 also serves HTTPS with HTTP/2 there, under a throwaway self-signed certificate, as
# the TLS edge in front of any public site does (the app sends HSTS). Browsers speak HTTP/2 only
# over TLS, and Lighthouse's simulated phone loads a page over one multiplexed connection very
# differently from six HTTP/1.1 ones: `npm run bench:lighthouse -- https://localhost:8443`.
set -euo pipefail
app_port=${APP_PORT:-3000}
listen_port=${LISTEN_PORT:-8080}
tls_port=${TLS_PORT:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/nginx-in-front.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cache" "$work/proxy" "$work/client_body" "$work/static" "$work/logs"
# Started as root, nginx's workers run as nobody: they must reach the page and write the cache.
chmod 755 "$work" "$work/static" && chmod 1777 "$work/cache" "$work/proxy" "$work/client_body"
curl -fsS "http://127.0.0.1:$app_port/en" > "$work/static/static-copy.html"
tls=""
if [ -n "$tls_port" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj /CN=localhost \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  # `listen … http2` rather than `http2 on`, which Debian 12's nginx 1.22 does not know yet.
  tls="\n    listen $tls_port ssl http2;\n    ssl_certificate $work/cert.pem;\n    ssl_certificate_key $work/key.pem;"
fi

# The same server block, pointed at this machine's app and paths instead of the compose ones.
sed -e "s#server app:3000;#server 127.0.0.1:$app_port;#" \
    -e "s#listen 80;#listen $listen_port;$tls\n    location = /static-copy.html { root $work/static; }#" \
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
echo "nginx on http://127.0.0.1:$listen_port${tls_port:+ and https://localhost:$tls_port} in front of the app on port $app_port"
nginx -c "$work/nginx.conf" -e "$work/logs/error.log"
