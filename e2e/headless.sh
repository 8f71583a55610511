#!/usr/bin/env bash
# `make run` on a machine without a screen: starts Xvfb on a free virtual display (from :99 up), opens BINARY on it,
# says which display once the window is there and how to stop, and stops Xvfb when the app ends (Ctrl+C included).
# Usage: headless.sh BINARY [ARGS…]
set -euo pipefail
bin=$1; shift
n=99
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
stop() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'echo; echo "Arrêt demandé : fermeture de Relance et de l’écran virtuel :'"$n"'."; exit 130' INT TERM
for _ in $(seq 1 50); do xdpyinfo -display ":$n" >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo -display ":$n" >/dev/null 2>&1 || { echo "Impossible de démarrer l'écran virtuel Xvfb :$n"; exit 1; }
echo "Pas d'écran : écran virtuel Xvfb :$n démarré (1280×800), Relance s'y ouvre…"
DISPLAY=":$n" "$bin" "$@" &
app=$!
shown=
for _ in $(seq 1 120); do
  if DISPLAY=":$n" xwininfo -root -tree 2>/dev/null | grep -q '"Relance"'; then
    shown=1
    echo "Fenêtre ouverte sur l'écran virtuel :$n (invisible ici ; une capture : import -display :$n -window root capture.png)."
    echo "Arrêtez avec Ctrl+C (ou : kill $app)."
    break
  fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$shown" ] && kill -0 "$app" 2>/dev/null; then
  echo "La fenêtre n'est pas encore apparue après 60 s sur l'écran virtuel :$n. Arrêtez avec Ctrl+C (ou : kill $app)."
fi
status=0
wait "$app" || status=$?
app=
exit "$status"
