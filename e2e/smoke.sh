#!/usr/bin/env bash
# Smoke run of the production binary: a real window under Xvfb, with demo data, must stay up and draw the
# dashboard; its screenshot is kept. Usage: smoke.sh BINARY SCREENSHOT.png
set -euo pipefail
bin=$(realpath "$1"); shot=$2
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$bin" --data "$data" demo --clients 60 --invoices 600 >/dev/null
# A mailbox set up (to a closed local port: nothing leaves), so that the window opens on the dashboard rather
# than on the first-run guide.
"$bin" --data "$data" config set mail.from compta@atelier-demo.example
"$bin" --data "$data" config set mail.smtp.host 127.0.0.1
"$bin" --data "$data" config set mail.smtp.port 9
"$bin" --data "$data" config set mail.smtp.security none
"$bin" --data "$data" config set mail.smtp.auth none
export SMOKE_BIN=$bin SMOKE_DATA=$data SMOKE_SHOT=$(realpath -m "$shot")
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$SMOKE_BIN" --data "$SMOKE_DATA" >"$SMOKE_DATA/out.log" 2>&1 &
  pid=$!
  # Wait for the window to be mapped, then for the page to render.
  for i in $(seq 1 60); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"Relance\"" && break
    kill -0 $pid 2>/dev/null || { echo "le binaire s est arrêté :"; cat "$SMOKE_DATA/out.log"; exit 1; }
    sleep 0.5
  done
  sleep 6
  kill -0 $pid 2>/dev/null || { echo "le binaire s est arrêté :"; cat "$SMOKE_DATA/out.log"; exit 1; }
  import -window root "$SMOKE_SHOT"
  kill $pid; wait $pid 2>/dev/null || true
'
colours=$(convert "$shot" -format %k info:)
echo "capture $shot : $colours couleurs"
# A blank or failed page has a handful of colours; the dashboard has text, cards and icons.
[ "$colours" -gt 50 ] || { echo "la fenêtre semble vide"; exit 1; }
