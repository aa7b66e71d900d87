#!/usr/bin/env bash
# Static file: a 1 MB file streamed by bench/static_server.js (fs.createReadStream(f).pipe(res))
# under nodec, node 24 and bun (when on PATH), and served by nginx (sendfile) as the baseline, in
# one run. wrk -t1 -c20 (CONNS, DURATION override) on 127.0.0.1 after a 1 s warm-up per server.
# Prints req/s, MB/s of body, the server's CPU time per request (user+sys from /proc, steadier on a
# busy machine) and each server's req/s ratio to nginx (issue target: nodec >= 0.8x nginx).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
BUN=${BUN:-$(command -v bun || true)}
NGINX=${NGINX:-/usr/sbin/nginx}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-20}
bash "$(dirname "$0")/../scripts/deps.sh" --bench

source bench/common.sh
file=$dir/file.bin
head -c 1048576 /dev/urandom > "$file"
size=$(stat -c %s "$file")

wait_port() { # port pid errfile
  for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "static.sh: server (pid $2) died before listening:" >&2; cat "$3" >&2; return 1; }
    sleep 0.1
  done
  echo "static.sh: nothing listening on port $1 after 10 s" >&2; return 1
}

bench() { # name port pid errfile -> "name rps body_MB_per_s cpu_us_per_req"
  local name=$1 port=$2 pid=$3 out rps reqs t0 t1
  wait_port "$port" "$pid" "$4"
  # every server must return exactly the file's bytes before it is timed
  if ! curl -sf "http://127.0.0.1:$port/file.bin" | cmp -s - "$file"; then
    echo "static.sh: $name did not return the file's exact bytes" >&2; return 1
  fi
  wrk -t1 -c"$CONNS" -d1s "http://127.0.0.1:$port/file.bin" >/dev/null  # warm-up
  t0=$(awk '{print $14+$15}' "/proc/$pid/stat")
  out=$(wrk -t1 -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$port/file.bin")
  t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
  if echo "$out" | grep -q 'Non-2xx\|Socket errors'; then echo "$out" | grep 'Non-2xx\|Socket errors' | sed "s/^/static.sh: $name: /" >&2; fi
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  reqs=$(echo "$out" | awk '/requests in/{print $1}')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name $rps $(python3 -c "print($rps*$size/1e6, ($t1-$t0)*1e6/$(getconf CLK_TCK)/$reqs)")"
}

run_js() { # name runtime
  local port; port=$(free_port)
  "$2" bench/static_server.js "$file" "$port" >/dev/null 2>"$dir/$1.err" &
  pids+=($!)
  bench "$1" "$port" "$!" "$dir/$1.err"
}

run_nginx() {
  local port; port=$(free_port)
  mkdir -p "$dir/nginx"
  cat > "$dir/nginx/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $dir/nginx/client_body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  server {
    listen 127.0.0.1:$port;
    root $dir;
  }
}
CONF
  "$NGINX" -p "$dir/nginx" -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf" >/dev/null 2>&1 &
  pids+=($!)
  bench nginx "$port" "$!" "$dir/nginx/error.log"
}

results=$(run_nginx; run_js nodec "$NODEC"; run_js node "$NODE"; if [ -n "$BUN" ]; then run_js bun "$BUN"; fi)
python3 - "$results" "$size" "$CONNS" "$DURATION" <<'PY'
import sys
rows = [l.split() for l in sys.argv[1].strip().splitlines()]
print(f"{int(sys.argv[2])} byte file, wrk -t1 -c{sys.argv[3]} -d{sys.argv[4]}")
res = {r[0]: (float(r[1]), float(r[2]), float(r[3])) for r in rows}
ng = res['nginx'][0]
print(f"{'server':8s} {'req/s':>10s} {'MB/s':>10s} {'cpu us/req':>11s} {'ratio to nginx':>15s}")
for name, (rps, mbs, cpu) in res.items():
    print(f"{name:8s} {rps:10.0f} {mbs:10.0f} {cpu:11.0f} {rps / ng:14.2f}x")
print(f"nodec/nginx = {res['nodec'][0] / ng:.2f}x   (target >= 0.80)")
PY
