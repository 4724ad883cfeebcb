# Sourced by run.sh and perf_stat.sh: the benchmark's nginx and rasd's feed list and config.
#
# start_nginx NGINX_DIR PORT ROOT ACCESS_LOG_DIRECTIVES
#   Writes NGINX_DIR/nginx.conf, starts nginx in the background, sets $nginx_pid and waits until
#   ROOT/f0000.xml is served. ACCESS_LOG_DIRECTIVES is put in the http block as written
#   (e.g. "access_log off;").
start_nginx() {
  local ng="$1" port="$2" root="$3" access="$4"
  mkdir -p "$ng/logs" "$ng/tmp"
  cat > "$ng/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 2;
pid $ng/nginx.pid;
error_log $ng/logs/error.log warn;
events { worker_connections 1024; }
http {
  $access
  client_body_temp_path $ng/tmp/body; proxy_temp_path $ng/tmp/proxy;
  fastcgi_temp_path $ng/tmp/fcgi; uwsgi_temp_path $ng/tmp/uwsgi; scgi_temp_path $ng/tmp/scgi;
  types { application/rss+xml xml; }
  default_type application/octet-stream;
  sendfile on; tcp_nopush on;
  keepalive_requests 100000; keepalive_timeout 60s;
  etag on;
  server { listen 127.0.0.1:$port; root $root; }
}
CONF
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody:nogroup "$ng"
    setpriv --reuid=nobody --regid=nogroup --clear-groups nginx -p "$ng" -c "$ng/nginx.conf" -e "$ng/logs/error.log" &
  else
    nginx -p "$ng" -c "$ng/nginx.conf" -e "$ng/logs/error.log" &
  fi
  nginx_pid=$!
  for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$port/f0000.xml" 2>/dev/null && break; sleep 0.1; done
}

# write_rasd_config RASD_DIR PORT URLS_FILE [N]: RASD_DIR/rasd.toml and RASD_DIR/feeds/bench.toml
# with the first N (all) feeds of URLS_FILE, pointed at 127.0.0.1:PORT, 16 fetches in flight
# (like newsboat's reload-threads 16).
write_rasd_config() {
  local dir="$1" port="$2" urls="$3" n="${4:-1000000}"
  mkdir -p "$dir/feeds"
  {
    echo "version = 1"
    local i=0 url
    while read -r url; do
      printf '\n[[feed]]\nid = "f%04d"\nurl = "http://127.0.0.1:%s/%s"\n' "$i" "$port" "${url##*/}"; i=$((i+1))
    done < <(head -n "$n" "$urls")
  } > "$dir/feeds/bench.toml"
  cat > "$dir/rasd.toml" <<CONF
version = 1
feeds = ["feeds"]
default_interval = "15m"
concurrency = 16
per_host_concurrency = 16
log_level = "info"
CONF
}
