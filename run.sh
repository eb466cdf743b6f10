#!/usr/bin/env bash
# Starts the whole system with demo data; see README.md.
exec "$(dirname "$0")/deploy/local/run.sh" "$@"
