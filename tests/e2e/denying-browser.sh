#!/usr/bin/env bash
# A "browser" whose user presses Deny: it sends the authorization server's
# error redirect (RFC 6749 §4.1.2.1) straight to the redirect_uri of the
# authorization URL it was given, and records what the console answered:
# curl's exit code on the first line of $DENY_RESULT_FILE, then the page.
# (curl exits 52 on "empty reply from server".)
set -u
url=$1
target=$(python3 - "$url" <<'PY'
import sys, urllib.parse
q = urllib.parse.parse_qs(urllib.parse.urlsplit(sys.argv[1]).query)
back = q["redirect_uri"][0]
params = urllib.parse.urlencode({
    "error": "access_denied",
    "error_description": "The user said <no> & meant it",
    "state": q["state"][0],
})
print(back + ("&" if "?" in back else "?") + params)
PY
)
body=$(curl -s --max-time 20 "$target")
code=$?
{ echo "$code"; echo "$body"; } > "${DENY_RESULT_FILE:-/dev/null}"
