#!/usr/bin/env bash
# Smoke run of the production binary: a real window under Xvfb, with demo data, must stay up and draw the
# dashboard; its screenshot is kept (untracked: build/bin/screenshot.png from `make test-smoke`).
# Usage: smoke.sh BINARY SCREENSHOT.png
#
# No fixed sleep: once the window is mapped, the screen is captured every second, up to 60 s, until the page is
# painted (more than 50 colours: a blank or failed page has a handful) and two consecutive captures are alike (the
# page has settled). On failure the last capture is kept and the application's log printed.
set -euo pipefail
bin=$(realpath "$1"); shot=$(realpath -m "$2")
mkdir -p "$(dirname "$shot")"
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
export SMOKE_BIN=$bin SMOKE_DATA=$data SMOKE_SHOT=$shot
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -u
  "$SMOKE_BIN" --data "$SMOKE_DATA" >"$SMOKE_DATA/out.log" 2>&1 &
  pid=$!
  cur=$SMOKE_DATA/capture.png prev=$SMOKE_DATA/previous.png
  fail() {
    echo "smoke : $1"
    if [ -f "$cur" ]; then cp "$cur" "$SMOKE_SHOT"; echo "dernière capture gardée : $SMOKE_SHOT"; fi
    echo "--- journal de l application ---"; cat "$SMOKE_DATA/out.log"; echo "--- fin du journal ---"
    kill $pid 2>/dev/null; wait $pid 2>/dev/null
    exit 1
  }
  alive() { kill -0 $pid 2>/dev/null || fail "le binaire s est arrêté"; }
  mapped=
  for i in $(seq 1 120); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"Relance\"" && { mapped=$i; break; }
    alive
    sleep 0.5
  done
  [ -n "$mapped" ] || fail "la fenêtre « Relance » n est pas apparue en 60 s"
  painted=
  for i in $(seq 1 60); do
    sleep 1
    alive
    [ -f "$cur" ] && mv "$cur" "$prev"
    import -window root "$cur" || fail "capture impossible (import)"
    colours=$(convert "$cur" -format %k info:)
    # Pixels that differ from the previous capture (beyond 5 % per channel): under 1 % of the screen is « alike ».
    diff=-1
    [ -f "$prev" ] && diff=$(compare -metric AE -fuzz 5% "$prev" "$cur" null: 2>&1 >/dev/null | cut -d" " -f1 || true)
    # (compare may print large counts as 1.2e+06: awk reads them as numbers.)
    if [ "$colours" -gt 50 ] && awk -v d="$diff" "BEGIN { exit !(d >= 0 && d < 10240) }"; then
      painted=$i; break
    fi
  done
  [ -n "$painted" ] || fail "la page n est pas dessinée après 60 s ($colours couleurs, $diff pixels changés entre les deux dernières captures)"
  alive
  cp "$cur" "$SMOKE_SHOT"
  echo "page dessinée après ${painted} s ($colours couleurs)"
  kill $pid; wait $pid 2>/dev/null || true
'
colours=$(convert "$shot" -format %k info:)
echo "capture $shot : $colours couleurs"
# A blank or failed page has a handful of colours; the dashboard has text, cards and icons.
[ "$colours" -gt 50 ] || { echo "la fenêtre semble vide"; exit 1; }
