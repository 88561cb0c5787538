#!/usr/bin/env bash
# Builds the layering probes: the control must compile, and a view or a model
# that includes platformclient.h must fail because the header is not found.
set -uo pipefail
cmake=$1
build=$2
status=0
if ! out=$("$cmake" --build "$build" --target layering_view_includes_records 2>&1); then
  echo "FAIL: the control probe (a view including the records) does not build:"; echo "$out" | tail -20
  exit 1
fi
echo "ok: a view can include records.h and requests.h"
for probe in layering_view_includes_client layering_model_includes_client; do
  if out=$("$cmake" --build "$build" --target "$probe" 2>&1); then
    echo "FAIL: $probe built: the client's header is visible to that layer"; status=1
  elif grep -q 'platformclient.h: No such file' <<<"$out"; then
    echo "ok: $probe fails: platformclient.h is not on its include path"
  else
    echo "FAIL: $probe failed for another reason:"; echo "$out" | tail -20; status=1
  fi
done
exit $status
