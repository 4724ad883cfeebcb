#!/usr/bin/env bash
# Checks systemd/rasd.service: `systemd-analyze verify` (inside a scratch root holding the
# binary the unit starts) and `systemd-analyze security --offline` (exposure must be ≤ 2.0).
# Usage: systemd/verify.sh [path/to/rasd]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-$(swift build --show-bin-path)/rasd}
root=$(mktemp -d /tmp/rasd-unit-XXXXXX)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/local/bin" "$root/etc/systemd/system" "$root/bin" "$root/usr/lib/systemd"
cp "$bin" "$root/usr/local/bin/rasd"
cp /bin/kill "$root/bin/kill"
cp -r /usr/lib/systemd/system "$root/usr/lib/systemd/"
cp systemd/rasd.service "$root/etc/systemd/system/rasd.service"
systemd-analyze verify --root="$root" /etc/systemd/system/rasd.service
echo "verify: clean"
score=$(systemd-analyze security --offline=yes systemd/rasd.service | sed -n 's/.*Overall exposure level for rasd.service: \([0-9.]*\).*/\1/p')
echo "security exposure: $score (goal ≤ 2.0)"
awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }'
