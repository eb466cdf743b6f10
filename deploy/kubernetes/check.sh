#!/usr/bin/env bash
# Renders the base and every overlay with "kubectl kustomize" (no cluster needed) and fails on the first error.
# Optional: KUBECTL=/path/to/kubectl. The deploy module's JUnit test (deploy/src/test/java) checks the content.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
kubectl="${KUBECTL:-kubectl}"
if ! command -v "$kubectl" >/dev/null 2>&1; then
  echo "check.sh: kubectl not found (install kubectl >= 1.27, which includes kustomize)" >&2
  exit 2
fi
status=0
for dir in "$here/base" "$here"/overlays/*/; do
  dir="${dir%/}"
  name="${dir#"$here"/}"
  if out="$("$kubectl" kustomize "$dir" 2>&1)"; then
    printf 'ok    %-28s %3d objects\n' "$name" "$(grep -c '^kind:' <<<"$out")"
  else
    printf 'FAIL  %s\n%s\n' "$name" "$out" >&2
    status=1
  fi
done
exit "$status"
