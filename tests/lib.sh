# Shared by the shell tests: checks that count, and a summary line.
# Each check prints "ok - what" or "not ok - what"; the last line is
# "N passed, N failed" and the exit status is 1 if anything failed.
passed=0
failed=0
T=$(mktemp -d "${TMPDIR:-/tmp}/bbtest.XXXXXX")
trap 'rm -rf "$T"' EXIT

pass() { passed=$((passed + 1)); echo "ok - $*"; }
fail() { failed=$((failed + 1)); echo "not ok - $*"; }

# check "what" command...: passes when the command exits 0
check() {
	what=$1; shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}

# run CMD...: runs it, keeping stdout in $T/out, stderr in $T/err, status in $rc
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
}

# expect_rc N "what": the last run exited with N
expect_rc() {
	if [ "$rc" -eq "$1" ]; then pass "$2 (exit $1)"
	else fail "$2: exit $rc, expected $1; stderr: $(head -c 400 "$T/err")"; fi
}

# expect_line FILE TEXT "what": FILE has a line exactly TEXT
expect_line() {
	if grep -qxF -- "$2" "$1"; then pass "$3"
	else fail "$3: no line '$2' in $(basename "$1"): $(head -c 400 "$1")"; fi
}

# expect_grep FILE PATTERN "what": FILE matches the basic regex PATTERN
expect_grep() {
	if grep -q -- "$2" "$1"; then pass "$3"
	else fail "$3: '$2' not in $(basename "$1"): $(head -c 400 "$1")"; fi
}

expect_empty() {
	if [ ! -s "$1" ]; then pass "$2"; else fail "$2: not empty: $(head -c 200 "$1")"; fi
}

finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

# aimed DEST RECORD: the path of a copy of his-xml RECORD whose receiver
# (the one the patient consented to) is destination DEST and nothing else
# (no other receiver's name or AGB). A referral only leaves for the
# receiver its consent names.
aimed() {
	mkdir -p "$T/aimed"
	aimed_out="$T/aimed/$1-$(basename "$2")"
	sed -e "/<ontvanger>/,/<\/ontvanger>/ { /<ontvanger>/!d }" \
	    -e "s|<ontvanger>|<ontvanger><id>$1</id></ontvanger>|" "$2" >"$aimed_out"
	echo "$aimed_out"
}
