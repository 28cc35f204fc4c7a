#!/usr/bin/env bash
# Peak memory and idle CPU of a real learner session: the release binary in tmux, driven by keys
# like a learner: English on the first screen, a new name, the first QR lesson's opening steps
# (a page read, the Camera app tapped, an answer chosen), back out, the first lesson of the scams
# topic, then back to the list of languages and on as a guest in Korean; then left alone for
# 10 s. So the session reads two languages' packs and catalogs. Needs tmux. BIG=1 also grows the
# window to 200x60 before measuring.
# Run from anywhere after `cargo build --release`: bash tools/session-figures.sh
set -u
cd "$(dirname "$0")/.."
HOME_DIR=$(mktemp -d)
T="tmux -L digitutor-figures"
$T kill-server 2>/dev/null
$T new-session -d -s b -x 80 -y 24 "DIGITUTOR_HOME=$HOME_DIR ./target/release/digitutor"
sleep 1
k() { $T send-keys -t b "$@"; sleep 0.25; }
k 4; k 1; k "Bat-Erdene" Enter; k 2; k 1; k Enter; k Right Right Right Enter; k Enter; k 1; k Enter; k s Enter
k Escape; k Escape; k 7; k 1; k Enter; k 1; k Escape; k Escape; k Escape; k 3; k 2
[ -n "${BIG:-}" ] && { $T resize-window -t b -x 200 -y 60; sleep 0.5; }
# This session's own process (other digitutor processes may be running on the computer).
PID=$($T list-panes -t b -F '#{pane_pid}')
[ "$(cat /proc/$PID/comm)" = digitutor ] || PID=$(pgrep -P "$PID" -x digitutor)
grep VmHWM /proc/$PID/status
a=$(awk '{print $14+$15}' /proc/$PID/stat); sleep 10; b=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "CPU ticks used while idle for 10 s: $((b-a)) (1 tick = 1/$(getconf CLK_TCK) s)"
k q; $T kill-server 2>/dev/null; rm -rf "$HOME_DIR"
