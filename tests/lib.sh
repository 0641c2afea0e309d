# Shared by the shell tests: checks that count, and a summary line.
# Each check prints "ok - what" or "not ok - what"; the last line is
# "N passed, N failed" and the exit status is 1 if anything failed.
#
# The suites come in three tiers (Makefile.am, README.md "Testing"):
# `make check-unit` (cmocka, no server, no oracle, no network: seconds),
# `make check-integration` (the CLI and servers on loopback, real TLS) and
# `make check-oracle` (anything that asks a third-party oracle: validators,
# the FHIR server, HL7 v2 parsers); `make check` runs all three. A shell
# test takes its certificates from the build's test PKI (test_pki) and
# waits for the servers it starts with await_ready, never with a sleep loop.
passed=0
failed=0
T=$(mktemp -d "${TMPDIR:-/tmp}/bbtest.XXXXXX")
trap 'rm -rf "$T"' EXIT

pass() { passed=$((passed + 1)); echo "ok - $*"; }
fail() { failed=$((failed + 1)); echo "not ok - $*"; }

# check "what" command...: passes when the command exits 0
# jq_true FILTER FILE...: jq -e without its output, for `check "..." jq_true ...`
# (a `>/dev/null` after `check` would swallow the ok/not ok line too)
jq_true() { jq -e "$@" >/dev/null; }

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

# wait_for SECONDS COMMAND...: until COMMAND succeeds (status 0) or time is up
wait_for() {
	limit=$(($1 * 20)); shift
	i=0
	until "$@"; do
		i=$((i + 1))
		[ $i -ge $limit ] && return 1
		sleep 0.05
	done
}

# test_pki: $PKI is the build's test PKI, tests/pki in the build tree: the
# throwaway CA, server and client certificates (and wrong ones: a rogue CA,
# a wrong host name, expired) of ../shared's make-test-pki, made once per
# build by `make check` and remade when the maker changes or they run out.
# Tests only read it; one that needs a certificate of its own makes it in $T.
# One check: the server and client certificates verify against its CA.
test_pki() {
	PKI=${BB_TEST_PKI:-}
	if [ -n "$PKI" ] && [ -f "$PKI/.ready" ] &&
		openssl verify -CAfile "$PKI/ca.crt" "$PKI/server.crt" "$PKI/client1.crt" "$PKI/client2.crt" >/dev/null 2>&1; then
		pass "the build's test PKI ($PKI): its server and client certificates verify against its CA"
	else
		fail "no usable test PKI in '${PKI:-(BB_TEST_PKI not set)}': make check makes it (tests/pki/.ready)"
		return 1
	fi
}

# await_ready PID FILE [TEXT]: waits until the server PID, started in the
# background, says it listens: by writing FILE (its --port-file), or with
# TEXT a line containing TEXT to FILE (its log). Prints that line (the
# port). Nothing is polled: tests/await_ready blocks on FILE's folder and on
# the process, so a server that dies while starting ends the wait at once
# (status 1, with a line on standard error), as do 60 s without a sign (2).
await_ready() {
	"$BB_AWAIT_READY" --pid "$1" --timeout "${READY_TIMEOUT:-60}" "$2" ${3:+"$3"}
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

# fhir_valid WHAT FILE...: the FHIR files (messages or resources, JSON or
# XML) are valid for the third-party validator, and every Observation in
# them also conforms to the R4 core vital-signs profile its code calls for
# (39156-5 bmi, 29463-7 bodyweight, 8302-2 bodyheight, 85354-9 bp, 8867-4
# heartrate; any other vital sign: vitalsigns), checked one resource at a
# time against that profile: all of it in one run of the validator
# (validate_batch). Skipped (with a line saying so) without ../shared.
fhir_valid() {
	fv_what=$1; shift
	if [ -z "$BB_SHARED_DIR" ]; then
		echo "# skipped: no ../shared, so no validator for: $fv_what"
		return 0
	fi
	fv_dir=$T/fhir-valid.$$.$passed.$failed
	rm -rf "$fv_dir"; mkdir -p "$fv_dir/json"
	fv_n=0
	for fv_f in "$@"; do
		fv_n=$((fv_n + 1))
		case $(head -c 200 "$fv_f" | tr -d ' \t\r\n' | cut -c1) in
		'<') "$BB_CLI" reformat --format json "$fv_f" >"$fv_dir/json/$fv_n.json" 2>>"$fv_dir/err" ||
			echo "$fv_f: cannot reformat" >>"$fv_dir/err" ;;
		*) cp "$fv_f" "$fv_dir/json/$fv_n.json" ;;
		esac
	done
	# one file per Observation, in a folder per R4 core profile that applies
	jq -r --arg d "$fv_dir" '
	  input_filename as $f
	  | [(if .resourceType == "Bundle" then (.entry // [])[].resource else . end)
	     | select(.resourceType == "Observation")] | to_entries[]
	  | .value as $o
	  | ([$o.code.coding[]? | select(.system == "http://loinc.org") | .code][0]) as $c
	  | (if $c == "39156-5" then "bmi" elif $c == "29463-7" then "bodyweight"
	     elif $c == "8302-2" then "bodyheight" elif $c == "85354-9" then "bp"
	     elif $c == "8867-4" then "heartrate"
	     elif ([$o.category[]?.coding[]? | select(.code == "vital-signs")] | length) > 0 then "vitalsigns"
	     else empty end) as $p
	  | "\($p)\t\($f | split("/") | last)-\(.key)\t\($o | tojson)"' "$fv_dir"/json/*.json >"$fv_dir/obs.tsv" 2>>"$fv_dir/err"
	while IFS='	' read -r fv_p fv_id fv_json; do
		mkdir -p "$fv_dir/$fv_p"
		printf '%s\n' "$fv_json" >"$fv_dir/$fv_p/$fv_id"
	done <"$fv_dir/obs.tsv"
	# The files as they are, then each folder of Observations against its
	# profile: one run of the validator (tests/validate-batch.js), one check each.
	fv_n=$#
	for fv_p in bmi bodyweight bodyheight bp heartrate vitalsigns; do
		[ -d "$fv_dir/$fv_p" ] || continue
		fv_sd=$BB_SHARED_DIR/fhir-r4/profiles/$fv_p.json
		[ "$fv_p" = bp ] && fv_sd=$(bp_profile_for_medplum)
		set -- "$@" --profile "$fv_sd" "$fv_dir/$fv_p"/*
	done
	validate_batch --base "$@" >"$fv_dir/batch.json" 2>"$fv_dir/batch.err"
	jq '[.[] | select(.profile == null)]' "$fv_dir/batch.json" >"$fv_dir/report.json" 2>>"$fv_dir/batch.err"
	fhir_errors "$fv_dir/report.json" >"$fv_dir/out" 2>&1
	if [ ! -s "$fv_dir/out" ] && [ ! -s "$fv_dir/err" ]; then pass "$fv_what: $fv_n file(s) valid FHIR R4 (medplum, fhir.js, extra checks)"
	else fail "$fv_what: not valid FHIR R4: $(cat "$fv_dir/out" "$fv_dir/err" "$fv_dir/batch.err" | head -c 600)"; fi
	for fv_p in bmi bodyweight bodyheight bp heartrate vitalsigns; do
		[ -d "$fv_dir/$fv_p" ] || continue
		fv_sd=$BB_SHARED_DIR/fhir-r4/profiles/$fv_p.json
		[ "$fv_p" = bp ] && fv_sd=$(bp_profile_for_medplum)
		jq --arg sd "$fv_sd" '[.[] | select(.profile == $sd)]' "$fv_dir/batch.json" >"$fv_dir/$fv_p.json" 2>"$fv_dir/$fv_p.out"
		fhir_errors "$fv_dir/$fv_p.json" >>"$fv_dir/$fv_p.out" 2>&1
		fv_count=$(jq length "$fv_dir/$fv_p.json" 2>/dev/null)
		if [ ! -s "$fv_dir/$fv_p.out" ] && [ "$fv_count" = "$(ls "$fv_dir/$fv_p" | wc -l)" ]; then
			pass "$fv_what: $fv_count Observation(s) conform to the R4 core $fv_p profile"
		else fail "$fv_what: R4 core $fv_p profile ($fv_count checked): $(head -c 600 "$fv_dir/$fv_p.out")"; fi
	done
}

# validate_batch ARGS...: tests/validate-batch.js with the build's oracles:
# several groups of files, each against its own profile (or --base: none),
# in one run of the third-party validator; a JSON report on standard output.
validate_batch() {
	node "$abs_top_srcdir/tests/validate-batch.js" "$BB_ORACLES" "$@"
}

# fhir_errors REPORT: the errors in a `validate-fhir --json` report, one
# line each ("file: [source] path: message"); nothing when there are none.
fhir_errors() {
	jq -r '.[] | .file as $f | (.issues // [])[]
	  | select(.severity == "error" or .severity == "fatal")
	  | "\($f): [\(.source)] \(.path): \(.message)"' "$1"
	jq -e 'type == "array"' "$1" >/dev/null 2>&1 || echo "$1: not a validate-fhir report"
}

# bp_profile_for_medplum: the path of the R4 core bp profile as Medplum can
# apply it (medplum_loadable).
bp_profile_for_medplum() {
	if [ ! -s "$T/bp-for-medplum.json" ]; then
		medplum_loadable "$BB_SHARED_DIR/fhir-r4/profiles/bp.json" >"$T/bp-for-medplum.json"
	fi
	echo "$T/bp-for-medplum.json"
}

# medplum_loadable SD: the StructureDefinition (with snapshot) on standard
# output as Medplum, the validator behind `validate-fhir --profile`, can
# load and apply it; everything else is the profile unchanged.
# - Blood pressure components: Medplum cannot evaluate the component slices'
#   discriminator (code.coding.code and code.coding.system, through a
#   repeating element) nor slices nested in a slice: a correct panel fails
#   with "found 0". The same slices by pattern on code (how the later
#   vital-signs profiles say it) can be evaluated.
# - Slicing by profile (nl-core's telecom: telephone numbers and e-mail
#   addresses): Medplum refuses to load a profile with a `profile`
#   discriminator, so those slices are left out (the telecom elements are
#   still checked as R4 ContactPoints).
medplum_loadable() {
	jq '(.snapshot.element[] | select(.id == "Observation.component" and .slicing) | .slicing.discriminator) =
			[{"type": "pattern", "path": "code"}]
	  | (.snapshot.element[] | select(.id == "Observation.component:SystolicBP.code")
		| .patternCodeableConcept) = {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}
	  | (.snapshot.element[] | select(.id == "Observation.component:DiastolicBP.code")
		| .patternCodeableConcept) = {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}
	  | .snapshot.element |= map(select(.id | test("^Observation.component:(SystolicBP|DiastolicBP).code.coding:") | not))
	  | (.snapshot.element[] | select(.id | test("^Observation.component:(SystolicBP|DiastolicBP).code.coding$")))
		|= del(.slicing)
	  | [.snapshot.element[] | select(any(.slicing.discriminator[]?; .type == "profile")) | .id] as $byprofile
	  | .snapshot.element |= map(select(.id as $id | any($byprofile[] as $b | $id | startswith($b + ":"); .) | not)
		| if (.id as $id | any($byprofile[]; . == $id)) then del(.slicing) else . end)' "$1"
}
