#!/usr/bin/env bash
# Prints the Debian mirror this machine's apt already uses, so that the project's own downloads (QXmpp's source,
# the clean Debian root of the package test) go where the machine's apt goes. Nothing is written anywhere.
set -euo pipefail
mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "no Debian mirror found in the machine's apt sources" >&2; exit 1; }
echo "$mirror"
