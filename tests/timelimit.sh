#!/bin/sh
# Runs one test under a time limit, so a test that hangs fails on its own
# (with a line saying so) instead of eating the whole CI budget, and
# records how long each test took in its .log.
limit=${BB_TEST_TIME_LIMIT:-600}
start=$(date +%s)
timeout -k 20 "$limit" "$@"
rc=$?
elapsed=$(( $(date +%s) - start ))
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
	echo "timed out after ${limit} s: $*"
	rc=1
fi
echo "elapsed: ${elapsed} s"
exit "$rc"
