#!/usr/bin/env bash
# How long the tutor takes to show its first screen: the release binary started in tmux at 80x24,
# the pane read every 2 ms until the first screen's words appear. Prints the median of 11 runs.
# Run from anywhere after `cargo build --release`: bash tools/first-frame.sh [BINARY] [WORDS]
set -u
cd "$(dirname "$0")/.."
BIN=${1:-./target/release/digitutor}
WORDS=${2:-Choose your language.}
T="tmux -L digitutor-first-frame"
times=()
for i in $(seq 11); do
  HOME_DIR=$(mktemp -d)
  $T kill-server 2>/dev/null
  start=$(date +%s%N)
  $T new-session -d -s f -x 80 -y 24 "DIGITUTOR_HOME=$HOME_DIR $BIN"
  until $T capture-pane -p -t f 2>/dev/null | grep -qF "$WORDS"; do sleep 0.002; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
  $T kill-server 2>/dev/null; rm -rf "$HOME_DIR"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "first screen: median %.1f ms of %d runs (min %.1f, max %.1f)\n", a[int((NR+1)/2)]/1000, NR, a[1]/1000, a[NR]/1000}'
