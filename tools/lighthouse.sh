#!/usr/bin/env bash
# Lighthouse (mobile, default simulated slow 4G) performance of a practice page with a
# cover and a gallery, on the demo served as in production: gunicorn, DEBUG off, static
# files collected and served by whitenoise, uploads beside them (tools/lighthouse_wsgi.py).
# `SERVER=runserver` measures `make run` instead (runserver with DEBUG, files uncompressed).
#
#   tools/lighthouse.sh                  # 3 runs; prints score, FCP, LCP, CLS, TBT, SI
#   RUNS=5 PAGE=/en/ tools/lighthouse.sh
#
# Needs Node with npm and Chromium (CHROME_PATH, /usr/bin/chromium by default). Lighthouse
# is installed into $LH_DIR, never into the project's package.json. The demo is seeded
# afresh into $DEMO_DIR (SQLite, uploads, static files): nothing under var/ is touched.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
PORT=${PORT:-8714}
RUNS=${RUNS:-3}
SERVER=${SERVER:-gunicorn}
PAGE=${PAGE:-/en/practices/aula-de-bienvenida-alumnado-recien-llegado/}
LH_DIR=${LH_DIR:-/tmp/lh}
DEMO_DIR=${DEMO_DIR:-/tmp/lhdemo}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

BIN=$(dirname "$PYTHON")
LIGHTHOUSE=$LH_DIR/node_modules/.bin/lighthouse
if [ ! -x "$LIGHTHOUSE" ]; then
  npm install --prefix "$LH_DIR" lighthouse@12 --no-audit --no-fund --silent
fi

export DATABASE_URL=sqlite:///$DEMO_DIR/db.sqlite3
export MEDIA_ROOT=$DEMO_DIR/media
export STATIC_ROOT=$DEMO_DIR/static
export MACHINE_TRANSLATION_ENGINES=
export SITE_URL=http://127.0.0.1:$PORT
# Only what this script makes there goes, whatever DEMO_DIR names.
rm -rf "$DEMO_DIR/db.sqlite3" "$DEMO_DIR/media" "$DEMO_DIR/static"
mkdir -p "$DEMO_DIR"
# seed_demo refuses to run with DEBUG off (its passwords are public): seed with DEBUG on.
DJANGO_DEBUG=true "$PYTHON" manage.py migrate --noinput -v 0
DJANGO_DEBUG=true "$PYTHON" manage.py seed_demo >"$DEMO_DIR/seed.log" 2>&1

if [ "$SERVER" = runserver ]; then
  DJANGO_DEBUG=true "$PYTHON" manage.py runserver "127.0.0.1:$PORT" --noreload \
    >"$DEMO_DIR/server.log" 2>&1 &
else
  "$PYTHON" manage.py collectstatic --noinput -v 0
  # Production settings, but plain HTTP on the loopback: no TLS to redirect to.
  DJANGO_DEBUG=false DJANGO_SECURE_SSL_REDIRECT=false \
    "$BIN/gunicorn" tools.lighthouse_wsgi --workers 2 --bind "127.0.0.1:$PORT" \
    >"$DEMO_DIR/server.log" 2>&1 &
fi
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE" && break
  sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE"

echo "Lighthouse mobile, $SERVER, http://127.0.0.1:$PORT$PAGE"
for run in $(seq "$RUNS"); do
  report=$LH_DIR/report-$SERVER-$run.json
  # Lighthouse now and then fails to record a trace (NO_NAVSTART): try such a run again.
  for attempt in 1 2 3; do
    rm -f "$report"
    "$LIGHTHOUSE" "http://127.0.0.1:$PORT$PAGE" --only-categories=performance \
      --form-factor=mobile --screenEmulation.mobile \
      --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --output=json --output-path="$report" --quiet && break
    echo "run $run, attempt $attempt: Lighthouse failed" >&2
  done
  "$PYTHON" - "$report" "$run" <<'PY'
import json
import sys

report = json.load(open(sys.argv[1]))
audits = report["audits"]
figures = [
    f"{label} {audits[key]['displayValue']}"
    for label, key in (
        ("FCP", "first-contentful-paint"),
        ("LCP", "largest-contentful-paint"),
        ("CLS", "cumulative-layout-shift"),
        ("TBT", "total-blocking-time"),
        ("SI", "speed-index"),
    )
]
score = round(report["categories"]["performance"]["score"] * 100)
print(f"run {sys.argv[2]}: performance {score} · " + " · ".join(figures))
PY
done
