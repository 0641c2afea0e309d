#!/bin/sh
# The packages as an administrator meets them (issue 18), run by `make
# check-packages` (scripts/test runs it after distcheck; root only, it
# installs packages):
#
#  1. packaging/build-deb builds libbeweegbrug0, libbeweegbrug-dev and
#     beweegbrug from the release tarball with dpkg-buildpackage -us -uc;
#     lintian finds no error; no .la file, no RUNPATH, hardened binaries;
#     the symbols file matches the library.
#  2. The same tree is packaged again with a lower version (0.1.0-0~pkgtest1).
#  3. In a throwaway system booted with systemd (systemd-nspawn over an
#     overlay of this machine's root, so nothing here changes), or on this
#     machine itself when systemd cannot run (the parts that need it are
#     then skipped with the reason): the lower version is installed with
#     apt-get install ./*.deb; the default configuration passes config
#     check and nothing runs or listens; a referral is queued while its
#     receiver is down and the delivery service runs; the packages are
#     upgraded to this version; the referral is still there and is
#     delivered once the receiver is up; --version, a convert and the
#     whole loop (referral, feedback back to beweegbrug-serve, journal)
#     run against the installed files; reload, journald priorities,
#     systemd-analyze verify and security; then remove keeps the state and
#     purge removes it.
#  4. packaging/rpm/beweegbrug.spec: rpmspec parses it, rpmbuild makes the
#     source package and the binary packages (with Debian's libraries).
#
# Usage: tests/packages.sh TARBALL WORKDIR   (make check-packages passes them)
. "$(dirname "$0")/lib.sh"
SRC=$(cd "$(dirname "$0")/.." && pwd)
TARBALL=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
W=$2
t0=$(date +%s)
step() { echo "== $* (at $(( $(date +%s) - t0 )) s)"; }

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: the package test installs packages and needs root"
	exit 77
fi
for tool in dpkg-buildpackage lintian dh apt-get openssl curl; do
	command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool is not installed (scripts/install-deps)"; exit 77; }
done
S=$W/share                 # seen as /bbtest inside the test system
VERSION=$(basename "$TARBALL" .tar.gz | sed 's/^beweegbrug-//')
ARCH=$(dpkg --print-architecture)
# BB_PKGTEST_REUSE=1 (by hand, while working on this script): keep the
# packages an earlier run built in WORKDIR and go straight to installing them
if [ -n "${BB_PKGTEST_REUSE:-}" ] && [ -d "$S/old" ] && [ -d "$S/new" ]; then
	echo "# BB_PKGTEST_REUSE: the packages of the earlier run in $W"
	# the tree's changelog says the lower version now (step 2): ask the package
	DEBVER=$(dpkg-deb -f "$S"/new/beweegbrug_*_"$ARCH".deb Version)
	rm -rf "$S/coach" "$W/ov"
	reuse=1
else
	rm -rf "$W"
	reuse=
fi
mkdir -p "$S"
if [ -z "$reuse" ]; then
# ---- 1. build and inspect ---------------------------------------------------
step "dpkg-buildpackage -us -uc (tests in the package build: DEB_BUILD_OPTIONS=$DEB_BUILD_OPTIONS)"
"$SRC/packaging/build-deb" "$TARBALL" "$W/deb" >"$W/build.log" 2>&1
rc=$?
expect_rc 0 "packaging/build-deb: dpkg-buildpackage -us -uc"
[ $rc -eq 0 ] || { tail -n 40 "$W/build.log"; finish; exit 1; }
DEBVER=$(cd "$W/deb/beweegbrug-$VERSION" && dpkg-parsechangelog -SVersion)
for p in libbeweegbrug0 libbeweegbrug-dev beweegbrug; do
	check "$p ${DEBVER} built" test -f "$W/deb/${p}_${DEBVER}_$(dpkg --print-architecture).deb"
done
check "a source package was built too" test -f "$W/deb/beweegbrug_${DEBVER}.dsc"
mkdir -p "$S/new" "$S/old"
for p in libbeweegbrug0 libbeweegbrug-dev beweegbrug; do cp "$W/deb/${p}_${DEBVER}_$ARCH.deb" "$S/new/"; done

step "lintian"
lintian --fail-on error --display-info "$W/deb/beweegbrug_${DEBVER}_$(dpkg --print-architecture).changes" \
	>"$W/lintian.out" 2>&1
rc=$?
expect_rc 0 "lintian finds no error"
echo "lintian: $(grep -c '^E:' "$W/lintian.out") errors, $(grep -c '^W:' "$W/lintian.out") warnings, $(grep -c '^I:' "$W/lintian.out") notes"
grep -E '^(E|W):' "$W/lintian.out" | head -n 20

mkdir -p "$W/x"
for d in "$S"/new/*.deb; do dpkg-deb -x "$d" "$W/x"; done
check "no .la file in any package" test -z "$(find "$W/x" -name '*.la')"
elfs=$(find "$W/x" -type f \( -name '*.so*' -o -path '*/bin/*' \))
runpath=
for f in $elfs; do readelf -d "$f" | grep -qE 'RUNPATH|RPATH' && runpath="$runpath $f"; done
check "no RPATH or RUNPATH in the program, the library or a plugin ($(echo $elfs | wc -w) files)" test -z "$runpath"
prog=$W/x/usr/bin/beweegbrug
check "the program is PIE" sh -c "readelf -h '$prog' | grep -q 'Type:.*DYN'"
check "full RELRO (GNU_RELRO and BIND_NOW)" sh -c "readelf -l '$prog' | grep -q GNU_RELRO && readelf -d '$prog' | grep -q 'BIND_NOW'"
check "stack protector" sh -c "nm -D '$prog' | grep -q ' U __stack_chk_fail'"
check "fortified functions (_FORTIFY_SOURCE)" sh -c "nm -D '$W'/x/usr/lib/*/libbeweegbrug.so.0.* | grep -q ' U __[a-z]*_chk@'"
check "the symbols file is in the library package" \
	sh -c "dpkg-deb --ctrl-tarfile '$S'/new/libbeweegbrug0_*.deb | tar -t | grep -q symbols"
check "the build log says the symbols file matches the library" sh -c "! grep -q 'dpkg-gensymbols: warning: some new symbols\|dpkg-gensymbols: .*symbols.*disappeared' '$W/build.log'"

# ---- 2. a lower version from the same tree --------------------------------------
step "the same tree as version ${VERSION}-0~pkgtest1"
(
	cd "$W/deb/beweegbrug-$VERSION" &&
	{ printf 'beweegbrug (%s-0~pkgtest1) unstable; urgency=medium\n\n  * A lower version, for the upgrade test.\n\n -- Beweegbrug maintainers <maintainers@beweegbrug.example.org>  %s\n\n' \
		"$VERSION" "$(dpkg-parsechangelog -SDate)"; cat debian/changelog; } >"$W/changelog" &&
	cp "$W/changelog" debian/changelog &&
	dpkg-buildpackage -us -uc -b -nc
) >"$W/build-old.log" 2>&1
rc=$?
expect_rc 0 "dpkg-buildpackage -b of ${VERSION}-0~pkgtest1"
for p in libbeweegbrug0 libbeweegbrug-dev beweegbrug; do
	cp "$W/deb/${p}_$VERSION-0~pkgtest1_$ARCH.deb" "$S/old/" 2>/dev/null
done
check "three lower-version packages" test "$(ls "$S"/old/*.deb 2>/dev/null | wc -l)" -eq 3

fi # not reusing

# ---- test data: a PKI, the GP's and the coach's configuration -------------------
step "test PKI and configurations"
(
	cd "$S" && umask 022 &&
	openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 -sha256 \
		-subj "/O=Beweegbrug pkgtest/CN=pkgtest CA" -addext "basicConstraints=critical,CA:TRUE" \
		-addext "keyUsage=critical,keyCertSign,cRLSign" &&
	for n in server:serverAuth:DNS:localhost,IP:127.0.0.1 gp:clientAuth: coach:clientAuth:; do
		cn=${n%%:*}; rest=${n#*:}; eku=${rest%%:*}; san=${rest#*:}
		openssl req -newkey rsa:2048 -nodes -keyout "$cn.key" -out "$cn.csr" -subj "/O=Beweegbrug pkgtest/CN=$cn" &&
		{ echo "basicConstraints=critical,CA:FALSE"; echo "extendedKeyUsage=$eku"
		  [ -z "$san" ] || echo "subjectAltName=$san"; } >"$cn.ext" &&
		openssl x509 -req -in "$cn.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -sha256 \
			-extfile "$cn.ext" -out "$cn.crt" || exit 1
	done
) >"$W/pki.log" 2>&1
check "test PKI made" test -s "$S/coach.crt"
rec=$S/rec.xml
sed -e "/<ontvanger>/,/<\/ontvanger>/ { /<ontvanger>/!d }" -e "s|<ontvanger>|<ontvanger><id>coach</id></ontvanger>|" \
	"$SRC/schemas/samples/his-xml/beweegcoach-diabetes.xml" >"$rec"
R=$(sed -n 's/.*<verwijzing[^>]* id="\([^"]*\)".*/\1/p' "$rec")
# two more, queued while the coach is down when the services are reloaded
for n in 2:regulier-wandelgroep 3:gli-obesitas; do
	sed -e "/<ontvanger>/,/<\/ontvanger>/ { /<ontvanger>/!d }" -e "s|<ontvanger>|<ontvanger><id>coach</id></ontvanger>|" \
		"$SRC/schemas/samples/his-xml/${n#*:}.xml" >"$S/rec${n%%:*}.xml"
done
R2=$(sed -n 's/.*<verwijzing[^>]* id="\([^"]*\)".*/\1/p' "$S/rec2.xml")
R3=$(sed -n 's/.*<verwijzing[^>]* id="\([^"]*\)".*/\1/p' "$S/rec3.xml")
BSN=$(sed -n 's/.*<bsn>\([0-9]*\)<.*/\1/p' "$rec" | head -n 1)
mkdir -p "$S/coach"
head -c 32 /dev/urandom >"$S/coach/outbox.key"
chmod 600 "$S/coach/outbox.key"
GP_PORT=8443
COACH_PORT=9443
cat >"$S/coach.conf.in" <<CONF
[connector]
sender_endpoint = https://localhost:$COACH_PORT/fhir
outbox = @BBT@/coach/outbox.db
outbox_key = @BBT@/coach/outbox.key
retry_delay = 1
breaker_cooldown = 1
[destination "gp"]
adapter = fhir-message
endpoint = https://localhost:$GP_PORT/fhir
receiver_kind = platform
client_cert = @BBT@/coach.crt
client_key = @BBT@/coach.key
ca_file = @BBT@/ca.crt
[server]
listen = 127.0.0.1:$COACH_PORT
certificate = @BBT@/server.crt
key = @BBT@/server.key
ca_file = @BBT@/ca.crt
[sender "gp"]
subject = CN=gp,O=Beweegbrug pkgtest
role = referrer
# the practices whose referrals the GP installation sends (the samples' practices)
agb = 01000002, 01000004, 01000008
reply_to = gp
CONF
# What the GP's administrator adds to the installed default configuration.
cat >"$S/gp-extra.conf" <<CONF
[destination "coach"]
adapter = fhir-message
endpoint = https://localhost:$COACH_PORT/fhir
receiver_kind = beweegcoach
client_cert = /etc/beweegbrug/tls/gp.crt
client_key = /etc/beweegbrug/keys/gp.key
ca_file = /etc/beweegbrug/tls/ca.crt
[server]
listen = 127.0.0.1:$GP_PORT
certificate = /etc/beweegbrug/tls/server.crt
key = /etc/beweegbrug/keys/server.key
ca_file = /etc/beweegbrug/tls/ca.crt
[sender "coach"]
subject = CN=coach,O=Beweegbrug pkgtest
role = provider
CONF

# ---- 3. the test systems ------------------------------------------------------
# Twice: once booted with systemd (the units), once without systemd at all
# (PID 1 is not systemd: the way README.Debian says to run the services
# on such a machine, in the foreground as the service user, SIGHUP to
# reload, SIGTERM to stop).
IN=
leader=
nspawn=
mode=
trap 'stop_container; rm -rf "$T"' EXIT
stop_container() {
	if [ -n "$nspawn" ]; then
		kill "$nspawn" 2>/dev/null
		i=0; while kill -0 "$nspawn" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
		kill -9 "$nspawn" 2>/dev/null
		nspawn=
	fi
	umount "$W/ov/root" 2>/dev/null
	umount "$W/ov" 2>/dev/null
	leader=
}
# overlay_root: a throwaway copy of this machine's / in $W/ov/root, with
# nothing of an earlier install that could shadow the packages
overlay_root() {
	mkdir -p "$W/ov"
	mount -t tmpfs tmpfs "$W/ov" && mkdir -p "$W/ov/upper" "$W/ov/work" "$W/ov/root" &&
	mount -t overlay overlay -o "lowerdir=/,upperdir=$W/ov/upper,workdir=$W/ov/work" "$W/ov/root" || return 1
	ROOT=$W/ov/root
	# quickstart installs into /usr/local: gone in the throwaway system only
	rm -f "$ROOT"/usr/local/bin/beweegbrug "$ROOT"/usr/local/lib/libbeweegbrug*
	rm -rf "$ROOT"/usr/local/lib/beweegbrug "$ROOT"/etc/beweegbrug "$ROOT"/var/lib/beweegbrug
	rm -f "$ROOT/etc/machine-id"
	# a Docker-style policy-rc.d (exit 101) would keep every service
	# from starting; a Debian system has none
	rm -f "$ROOT/usr/sbin/policy-rc.d"
}
# find_leader COMM: the container's process named COMM, a descendant of nspawn
find_leader() {
	i=0
	while [ -z "$leader" ] && [ $i -lt 150 ] && kill -0 "$nspawn" 2>/dev/null; do
		sleep 0.2; i=$((i + 1))
		for p in $(pgrep -P "$nspawn"); do
			for q in $p $(pgrep -P "$p"); do
				[ "$(cat /proc/$q/comm 2>/dev/null)" = "$1" ] && leader=$q
			done
		done
	done
	[ -n "$leader" ]
}

# The services without systemd: started in the background as USER, with a
# pid file in the test system's /run, stopped with SIGTERM.
bg_start() { # NAME USER COMMAND...
	bg_name=$1; bg_user=$2; shift 2
	$IN env -u NOTIFY_SOCKET -u JOURNAL_STREAM sh -c 'echo $$ >"$0"; u=$1; shift; exec setpriv --reuid="$u" --regid="$u" --init-groups -- "$@"' \
		"/run/bbtest-$bg_name.pid" "$bg_user" "$@" >>"$W/$mode-$bg_name.log" 2>&1 &
	wait_for 10 $IN test -s "/run/bbtest-$bg_name.pid"
}
bg_pid() { $IN cat "/run/bbtest-$1.pid" 2>/dev/null; }
bg_stop() { # NAME
	bg_p=$(bg_pid "$1")
	[ -n "$bg_p" ] || return 0
	$IN kill -TERM "$bg_p" 2>/dev/null
	wait_for 20 sh -c "! $IN kill -0 $bg_p 2>/dev/null"
	$IN rm -f "/run/bbtest-$1.pid"
}
wait_for() { limit=$(($1 * 5)); shift; i=0; until "$@"; do i=$((i + 1)); [ $i -ge $limit ] && return 1; sleep 0.2; done; }

system_test() { # systemd | plain
IN=
mode=host
why_no_systemd=
rm -rf "$S/coach/outbox.db"*
if [ "$1" = plain ]; then
	if ! command -v systemd-nspawn >/dev/null 2>&1; then
		echo "SKIP (a system without systemd): systemd-nspawn is not installed (package systemd-container)"
		return 0
	fi
	step "a throwaway system without systemd (nspawn over an overlay of /, PID 1 not systemd)"
	if ! overlay_root; then
		echo "SKIP (a system without systemd): cannot mount an overlay of / (not root in the initial namespace?)"
		stop_container; return 0
	fi
	systemd-nspawn -D "$ROOT" --register=no --link-journal=no --keep-unit --private-network \
		--bind="$S:/bbtest" --machine="bbtestplain$$" --as-pid2 sleep infinity >"$W/nspawn-plain.log" 2>&1 </dev/null &
	nspawn=$!
	if ! find_leader sleep; then
		echo "SKIP (a system without systemd): systemd-nspawn did not start: $(tail -n 3 "$W/nspawn-plain.log" | tr '\n' ' ')"
		stop_container; return 0
	fi
	IN="nsenter -t $leader -m -u -i -n -p --"
	mode=plain
	# A system without systemd may have no systemd-tmpfiles either (the
	# package needs only systemd-sysusers): the postinst makes the state
	# directory itself.
	rm -f "$ROOT/usr/bin/systemd-tmpfiles" "$ROOT/bin/systemd-tmpfiles"
elif [ -n "${BB_PKGTEST_NO_SYSTEMD:-}" ]; then
	why_no_systemd="BB_PKGTEST_NO_SYSTEMD is set"
elif ! command -v systemd-nspawn >/dev/null 2>&1; then
	why_no_systemd="systemd-nspawn is not installed (package systemd-container)"
fi
if [ "$1" = systemd ] && [ -z "$why_no_systemd" ]; then
	step "boot a throwaway system with systemd (nspawn over an overlay of /)"
	if overlay_root; then
		# the throwaway system has no network (--private-network): nothing
		# to wait for before network-online.target, which the units want
		mkdir -p "$ROOT/etc/systemd/system"
		ln -sf /dev/null "$ROOT/etc/systemd/system/systemd-networkd-wait-online.service"
		systemd-nspawn -D "$ROOT" --register=no --link-journal=no --keep-unit --private-network \
			--bind="$S:/bbtest" --machine="bbtest$$" -b >"$W/nspawn.log" 2>&1 </dev/null &
		nspawn=$!
		if find_leader systemd; then
			IN="nsenter -t $leader -m -u -i -n -p --"
			# ask until the boot is over (systemctl needs the manager's socket,
			# which comes a moment after PID 1 starts); a busy machine may
			# take a while
			i=0; state=
			while [ $i -lt 300 ] && kill -0 "$nspawn" 2>/dev/null; do
				state=$($IN systemctl is-system-running 2>&1)
				case $state in running|degraded) mode=systemd; break ;; esac
				sleep 0.5; i=$((i + 1))
			done
			[ "$mode" = systemd ] ||
				why_no_systemd="the throwaway system did not finish booting in 150 s (systemctl is-system-running: $state)"
		else
			why_no_systemd="systemd-nspawn did not start systemd: $(tail -n 3 "$W/nspawn.log" | tr '\n' ' ')"
		fi
	else
		why_no_systemd="cannot mount an overlay of / (not root in the initial namespace?)"
	fi
	if [ "$mode" != systemd ]; then stop_container; IN=; fi
fi
if [ "$mode" = systemd ]; then
	BBT=/bbtest
	echo "test system: systemd $($IN systemctl --version | head -n 1 | cut -d' ' -f2) as PID 1 in a container, state $state"
elif [ "$mode" = plain ]; then
	BBT=/bbtest
	echo "test system: no systemd, PID 1 is $($IN cat /proc/1/comm) in a container; the services run by hand as README.Debian says"
	check "systemd does not run in the test system (no /run/systemd/system)" sh -c "! $IN test -e /run/systemd/system"
	check "there is no systemd-tmpfiles in it" sh -c "! $IN sh -c 'command -v systemd-tmpfiles'"
else
	BBT=$S
	echo "SKIP (starting the units under systemd): $why_no_systemd; the packages are installed on this machine and the services run by hand"
	if [ -e /usr/local/lib/libbeweegbrug.so.0 ]; then
		echo "SKIP: /usr/local holds another beweegbrug (quickstart), which would shadow the packages here"
		finish; exit $?
	fi
fi
sed "s|@BBT@|$BBT|g" "$S/coach.conf.in" >"$S/coach.conf"
# in the test system, as root / as the service user
inside() { $IN env DEBIAN_FRONTEND=noninteractive PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
as_bb() { inside runuser -u beweegbrug -- "$@"; }
CONF=/etc/beweegbrug/beweegbrug.conf
APT="apt-get install -y -q -o Dpkg::Options::=--force-confold"

step "install ${VERSION}-0~pkgtest1 with apt-get install ./*.deb"
inside sh -c "cd $BBT/old && $APT ./*.deb" >"$W/apt-old.log" 2>&1
rc=$?
expect_rc 0 "apt-get install ./*.deb (the lower version)"
[ $rc -eq 0 ] || { tail -n 30 "$W/apt-old.log"; finish; exit 1; }
check "the system user exists" inside getent passwd beweegbrug
check "it cannot log in" sh -c "$IN getent passwd beweegbrug | grep -q nologin"
for k in outbox audit; do
	run inside stat -c '%a %U' /etc/beweegbrug/keys/$k.key
	expect_line "$T/out" "600 beweegbrug" "$k.key made at installation, 0600, owned by beweegbrug"
done
run inside stat -c '%a %U' /etc/beweegbrug/keys
expect_line "$T/out" "700 beweegbrug" "/etc/beweegbrug/keys is the service user's alone"
run inside stat -c '%a %U' /var/lib/beweegbrug
expect_line "$T/out" "750 beweegbrug" "/var/lib/beweegbrug made at installation, 0750, the service user's"
run as_bb /usr/bin/beweegbrug config check $CONF
expect_rc 0 "the default configuration passes config check (as the service user)"
expect_grep "$T/out" "outbox:      /var/lib/beweegbrug/outbox.db" "it names the outbox in /var/lib/beweegbrug"
check "the default configuration has no [destination] or [server]" \
	sh -c "! $IN grep -qE '^\[(destination|server)' $CONF"
check "nothing logrotates the audit trail" sh -c "! $IN grep -rqs beweegbrug /etc/logrotate.d"
if [ "$mode" = systemd ]; then
	for u in beweegbrug-serve beweegbrug-deliver; do
		run inside systemctl is-enabled $u
		expect_line "$T/out" disabled "$u is installed disabled"
		run inside systemctl is-active $u
		expect_line "$T/out" inactive "$u is not running after installation"
	done
	check "nothing listens after installation" sh -c "! $IN ss -ltnp | grep -q beweegbrug"
fi

step "configure the GP side and queue a referral while the coach is down"
inside mkdir -p /etc/beweegbrug/tls
inside cp $BBT/ca.crt $BBT/server.crt $BBT/gp.crt /etc/beweegbrug/tls/
inside install -m 600 -o beweegbrug -g beweegbrug $BBT/server.key $BBT/gp.key /etc/beweegbrug/keys/
# retries every second, not after 30 s, doubling: the test waits for them
inside sh -c "sed -i -e 's/^log_level = warn/log_level = info/' \
	-e 's|^\[connector\]\$|[connector]\nsender_endpoint = https://localhost:$GP_PORT/fhir\nretry_delay = 1\nbreaker_cooldown = 1|' $CONF &&
	cat $BBT/gp-extra.conf >>$CONF"
run as_bb /usr/bin/beweegbrug config check $CONF
expect_rc 0 "the GP's configuration passes config check"
run as_bb /usr/bin/beweegbrug send --config $CONF --to coach $BBT/rec.xml
expect_rc 0 "a referral queued (as the service user)"
ID=$(cut -d' ' -f1 "$T/out")
start_deliver() {
	if [ "$mode" = systemd ]; then
		inside systemctl enable --now beweegbrug-deliver >/dev/null 2>&1
	else
		bg_start deliver beweegbrug /usr/bin/beweegbrug deliver --config $CONF
	fi
}
start_deliver
if [ "$mode" = systemd ]; then
	run inside systemctl is-active beweegbrug-deliver
	expect_line "$T/out" active "beweegbrug-deliver runs (Type=notify: started means ready)"
	before=$($IN systemctl show -p MainPID --value beweegbrug-deliver)
fi
pending() { as_bb /usr/bin/beweegbrug outbox list --config $CONF --state pending 2>/dev/null | grep -q "^$ID	"; }
tried() { as_bb /usr/bin/beweegbrug outbox list --config $CONF --state pending 2>/dev/null | grep -q "^$ID	pending	coach	$R	[1-9]"; }
check "the referral waits: the delivery service tried and will retry" wait_for 30 tried

step "upgrade to $DEBVER"
inside sh -c "cd $BBT/new && $APT ./*.deb" >"$W/apt-new.log" 2>&1
rc=$?
expect_rc 0 "apt-get install ./*.deb upgrades to $DEBVER"
run inside dpkg-query -W -f '${Version}' beweegbrug
expect_line "$T/out" "$DEBVER" "beweegbrug $DEBVER is installed"
check "the referral queued before the upgrade is still there" pending
run inside grep -c '^\[destination "coach"\]' $CONF
expect_line "$T/out" 1 "the administrator's configuration survived the upgrade"
if [ "$mode" = systemd ]; then
	after=$($IN systemctl show -p MainPID --value beweegbrug-deliver)
	check "the running delivery service was restarted by the upgrade (pid $before -> $after)" \
		test -n "$after" -a "$after" != 0 -a "$after" != "$before"
else
	bg_stop deliver
	start_deliver
fi

step "the installed program"
run inside /usr/bin/beweegbrug --version
expect_line "$T/out" "beweegbrug $VERSION (library $VERSION)" "beweegbrug --version"
MA=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo "$ARCH-linux-gnu")
check "the program uses the packaged library (/usr/lib/$MA, or /lib/$MA: the same with merged /usr)" \
	sh -c "$IN ldd /usr/bin/beweegbrug | grep -Eq 'libbeweegbrug.so.0 => /(usr/)?lib/$MA/libbeweegbrug.so.0 '"
run inside /usr/bin/beweegbrug plugins
expect_grep "$T/out" "^his-xml .* /usr/lib/[^ ]*/beweegbrug/plugins/his-xml.so$" "the plugins are found where the package put them"
run inside /usr/bin/beweegbrug convert --his xml /usr/share/beweegbrug/samples/his-xml/gli-obesitas.xml
expect_rc 0 "convert of an installed sample"
expect_grep "$T/out" '"resourceType": *"Bundle"' "it is a FHIR Bundle"
for page in beweegbrug beweegbrug.conf libbeweegbrug; do
	check "man page $page is installed" inside man -w "$page"
done
# the installed manual page is what the installed program's --help says
SOURCE_DATE_EPOCH=$(cd "$W/deb/beweegbrug-$VERSION" && dpkg-parsechangelog -STimestamp) $IN \
	sh "$SRC/docs/man/mkman" cli /usr/bin/beweegbrug "$VERSION" >"$W/beweegbrug.1"
inside zcat /usr/share/man/man1/beweegbrug.1.gz >"$W/installed.1"
check "beweegbrug(1) as installed is exactly what the installed --help makes" cmp -s "$W/beweegbrug.1" "$W/installed.1"

step "the loop against the installed files"
if [ "$mode" = systemd ]; then
	inside systemd-run --quiet --unit=bbtest-coach /usr/bin/beweegbrug serve --config $BBT/coach.conf
else
	bg_start coach root /usr/bin/beweegbrug serve --config $BBT/coach.conf
fi
delivered() { as_bb /usr/bin/beweegbrug outbox list --config $CONF --state delivered 2>/dev/null | grep -q "^$ID	"; }
check "the referral queued before the upgrade is delivered once the coach is up" wait_for 60 delivered
run inside /usr/bin/beweegbrug inbox list --config $BBT/coach.conf
expect_grep "$T/out" "	referral	gp	$R	" "the coach has it"
if [ "$mode" = systemd ]; then
	inside systemctl start beweegbrug-serve
	rc=$?
	expect_rc 0 "systemctl start beweegbrug-serve"
	code=$($IN curl -s -o /dev/null -w '%{http_code}' --cacert $BBT/ca.crt --cert $BBT/coach.crt \
		--key $BBT/coach.key "https://localhost:$GP_PORT/fhir/metadata")
	check "it answers the moment systemctl start returns (Type=notify; HTTP $code)" test "$code" != 000
	gp_pid=$($IN systemctl show -p MainPID --value beweegbrug-serve)
else
	bg_start serve beweegbrug /usr/bin/beweegbrug serve --config $CONF
	wait_for 10 sh -c "$IN curl -s -o /dev/null --cacert $BBT/ca.crt https://localhost:$GP_PORT/ ; [ \$? -ne 7 ]"
fi
run inside /usr/bin/beweegbrug feedback --config $BBT/coach.conf "$R" --accept --author "J. Jansen"
expect_rc 0 "the coach accepts"
got_feedback() { as_bb /usr/bin/beweegbrug inbox list --config $CONF 2>/dev/null | grep -q "	feedback	coach	$R	.*	accepted	"; }
check "beweegbrug-serve received the coach's feedback" wait_for 60 got_feedback
inside install -d -o beweegbrug -g beweegbrug /var/lib/beweegbrug/journal
run as_bb /usr/bin/beweegbrug inbox apply --config $CONF --journal-dir /var/lib/beweegbrug/journal
expect_rc 0 "inbox apply writes the GP's journal"
check "the journal holds the accepted feedback" sh -c "$IN ls /var/lib/beweegbrug/journal | grep -q -- '-$R-accepted\\.'"
run as_bb /usr/bin/beweegbrug audit verify --config $CONF
expect_rc 0 "the audit trail in /var/lib/beweegbrug is intact"

step "reload with referrals queued while the coach is down"
# Both services deliver from the outbox. A reload (systemctl reload, or
# SIGHUP without systemd) keeps the same processes and everything queued:
# each referral goes once the coach is up, and only once.
if [ "$mode" = systemd ]; then
	inside systemctl stop bbtest-coach
	svc_pids() { for u in beweegbrug-serve beweegbrug-deliver; do $IN systemctl show -p MainPID --value $u; done | tr '\n' ' '; }
	svc_log() { $IN journalctl -u beweegbrug-serve -u beweegbrug-deliver -o cat; }
else
	bg_stop coach
	svc_pids() { echo "$(bg_pid serve) $(bg_pid deliver) "; }
	svc_log() { cat "$W/$mode-serve.log" "$W/$mode-deliver.log"; }
fi
IDS=
for n in 2 3; do
	run as_bb /usr/bin/beweegbrug send --config $CONF --to coach $BBT/rec$n.xml
	expect_rc 0 "referral $n queued for the coach, which is down"
	IDS="$IDS $(cut -d' ' -f1 "$T/out")"
done
set -- $IDS
ID2=$1; ID3=$2
check "two new referrals, two messages (positive control: $R2 $R3)" \
	test -n "$R2" -a -n "$R3" -a "$R2" != "$R3" -a "$R2" != "$R" -a "$R3" != "$R" -a -n "$ID3" -a "$ID2" != "$ID3"
tried_both() {
	as_bb /usr/bin/beweegbrug outbox list --config $CONF --state pending >"$W/pending" 2>/dev/null &&
	grep -q "^$ID2	pending	coach	$R2	[1-9]" "$W/pending" && grep -q "^$ID3	pending	coach	$R3	[1-9]" "$W/pending"
}
check "both were tried and wait for a retry" wait_for 30 tried_both
pids=$(svc_pids)
reloads=$(svc_log | grep -c 'connector.reloaded')
if [ "$mode" = systemd ]; then
	run inside systemctl reload beweegbrug-serve beweegbrug-deliver
	expect_rc 0 "systemctl reload beweegbrug-serve beweegbrug-deliver"
else
	run inside kill -HUP $pids
	expect_rc 0 "kill -HUP the serve and deliver processes ($pids)"
fi
reloaded_both() { test "$(svc_log | grep -c 'connector.reloaded problems=0')" -ge $((reloads + 2)); }
check "both services logged their reload" wait_for 20 reloaded_both
check "the same processes after the reload ($pids)" test "$(svc_pids)" = "$pids"
check "no process is 0 or empty ($pids)" sh -c "echo '$pids' | grep -Eq '^[1-9][0-9]* [1-9][0-9]* \$'"
once_pending() {
	as_bb /usr/bin/beweegbrug outbox list --config $CONF --state pending >"$W/pending" 2>/dev/null &&
	test "$(grep -c "^$ID2	pending	coach	$R2	" "$W/pending")" -eq 1 &&
	test "$(grep -c "^$ID3	pending	coach	$R3	" "$W/pending")" -eq 1
}
check "after the reload both referrals still wait in the outbox, once each" once_pending
if [ "$mode" = systemd ]; then
	inside systemd-run --quiet --unit=bbtest-coach2 /usr/bin/beweegbrug serve --config $BBT/coach.conf
else
	bg_start coach root /usr/bin/beweegbrug serve --config $BBT/coach.conf
fi
delivered_both() {
	as_bb /usr/bin/beweegbrug outbox list --config $CONF --state delivered >"$W/delivered" 2>/dev/null &&
	grep -q "^$ID2	" "$W/delivered" && grep -q "^$ID3	" "$W/delivered"
}
check "both are delivered once the coach is up" wait_for 60 delivered_both
sleep 2 # a second delivery of either would have had its turn
svc_log >"$W/$mode-services.txt"
run inside /usr/bin/beweegbrug inbox list --config $BBT/coach.conf
for n in 2 3; do
	eval "id=\$ID$n r=\$R$n"
	c=$(grep -c "message.delivered message=$id destination=coach referral=$r\$" "$W/$mode-services.txt")
	check "$r delivered once by the two services, not twice ($c)" test "$c" -eq 1
	c=$(grep -c "	referral	gp	$r	" "$T/out")
	check "the coach received $r once ($c)" test "$c" -eq 1
done
if [ "$mode" = systemd ]; then
	inside systemctl stop bbtest-coach2
	inside systemd-run --quiet --unit=bbtest-coach /usr/bin/beweegbrug serve --config $BBT/coach.conf
fi

if [ "$mode" = systemd ]; then
	step "the services under systemd"
	run inside systemctl reload beweegbrug-serve
	expect_rc 0 "systemctl reload beweegbrug-serve"
	reloaded() { $IN journalctl -u beweegbrug-serve -o cat | grep -q "server.reloaded"; }
	check "the reload is in the journal" wait_for 10 reloaded
	check "same process after the reload" test "$($IN systemctl show -p MainPID --value beweegbrug-serve)" = "$gp_pid"
	run inside systemctl is-active beweegbrug-serve
	expect_line "$T/out" active "beweegbrug-serve still runs"
	# priorities: journald's PRIORITY field for a retry (warning) and a delivery (info)
	inside journalctl -u beweegbrug-deliver -o json >"$W/deliver.json"
	check "a retry is in the journal at priority 4 (warning)" \
		sh -c "grep 'message.retry message=$ID destination=coach referral=$R' '$W/deliver.json' | grep -q '\"PRIORITY\" *: *\"4\"'"
	check "the delivery is in the journal at priority 6 (info)" \
		sh -c "grep 'message.delivered message=$ID destination=coach referral=$R' '$W/deliver.json' | grep -q '\"PRIORITY\" *: *\"6\"'"
	run inside journalctl -u beweegbrug-deliver -u beweegbrug-serve -p warning -o cat
	expect_grep "$T/out" "^warn: message.retry " "journalctl -p warning shows the retries"
	inside journalctl -u beweegbrug-deliver -u beweegbrug-serve -o cat >"$W/journal.txt"
	check "the journal holds no BSN of the referral (positive control: it is known)" test -n "$BSN"
	check "no BSN in the services' journal" sh -c "! grep -q '$BSN' '$W/journal.txt'"
	# what the processes really have
	serve_status=$($IN cat /proc/"$gp_pid"/status)
	deliver_status=$($IN cat /proc/"$($IN systemctl show -p MainPID --value beweegbrug-deliver)"/status)
	check "serve runs as beweegbrug" sh -c "$IN ps -o user= -p $gp_pid | grep -qx beweegbrug"
	check "serve has only CAP_NET_BIND_SERVICE (CapEff 0x400)" sh -c "echo '$serve_status' | grep -q '^CapEff:.*0000000000000400$'"
	check "serve's bounding set is only CAP_NET_BIND_SERVICE" sh -c "echo '$serve_status' | grep -q '^CapBnd:.*0000000000000400$'"
	check "deliver has no capability at all" sh -c "echo '$deliver_status' | grep -q '^CapEff:.*0000000000000000$'"
	check "both have NoNewPrivs" sh -c "echo '$serve_status$deliver_status' | grep -c '^NoNewPrivs:.*1' | grep -qx 2"
fi

step "systemd-analyze"
for u in beweegbrug-serve beweegbrug-deliver; do
	run inside systemd-analyze verify /lib/systemd/system/$u.service
	expect_rc 0 "systemd-analyze verify $u.service"
	if [ "$mode" = systemd ]; then
		run inside systemd-analyze security --no-pager $u.service
	else
		run inside systemd-analyze security --no-pager --offline=yes /lib/systemd/system/$u.service
	fi
	score=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\) \(.*\)$/\1 \2/p' "$T/out")
	echo "systemd-analyze security $u.service: $score"
	check "$u: exposure below 2.0 ($score)" awk -v s="${score%% *}" 'BEGIN { exit !(s != "" && s < 2.0) }'
done

step "remove, then purge"
if [ "$mode" = systemd ]; then
	inside systemctl stop bbtest-coach
else
	bg_stop coach; bg_stop serve; bg_stop deliver
fi
inside apt-get remove -y -q beweegbrug libbeweegbrug-dev libbeweegbrug0 >"$W/apt-remove.log" 2>&1
rc=$?
expect_rc 0 "apt-get remove"
check "the program is gone" sh -c "! $IN test -e /usr/bin/beweegbrug"
if [ "$mode" = systemd ]; then
	check "the services stopped with it" sh -c "! $IN systemctl is-active -q beweegbrug-serve beweegbrug-deliver"
fi
for f in /var/lib/beweegbrug/outbox.db /var/lib/beweegbrug/audit.log /etc/beweegbrug/keys/outbox.key /etc/beweegbrug/keys/audit.key $CONF; do
	check "remove keeps $f" inside test -e $f
done
# what remove left behind: a package with configuration files or state
# stays known to dpkg ("rc"); one without (libbeweegbrug-dev) is gone, and
# apt-get cannot name a local package it no longer has
left=$($IN dpkg-query -W -f '${binary:Package} ${db:Status-Abbrev}\n' beweegbrug libbeweegbrug0 libbeweegbrug-dev 2>/dev/null | awk '$2 == "rc" { print $1 }' | tr '\n' ' ')
check "after remove, beweegbrug is left with its configuration ($left)" sh -c "echo '$left' | grep -qw beweegbrug"
inside apt-get purge -y -q $left >"$W/apt-purge.log" 2>&1
rc=$?
expect_rc 0 "apt-get purge"
for f in /var/lib/beweegbrug /etc/beweegbrug/keys/outbox.key /etc/beweegbrug/keys/audit.key $CONF; do
	check "purge removes $f" sh -c "! $IN test -e $f"
done
check "purge leaves the administrator's own files (/etc/beweegbrug/tls)" inside test -e /etc/beweegbrug/tls/ca.crt
run inside dpkg-query -W -f '${db:Status-Abbrev}' beweegbrug
check "dpkg forgot the package" sh -c "! grep -q '^[ir]' '$T/out'"
stop_container
if [ "$mode" = host ]; then
	rm -rf /etc/beweegbrug/tls
	rmdir /etc/beweegbrug 2>/dev/null
fi
} # system_test

system_test systemd
system_test plain

# ---- 4. RPM -------------------------------------------------------------------
if command -v rpmbuild >/dev/null 2>&1; then
	step "rpmbuild"
	spec=$SRC/packaging/rpm/beweegbrug.spec
	run rpmspec -P "$spec"
	expect_rc 0 "rpmspec parses packaging/rpm/beweegbrug.spec"
	check "the spec's Version is the release's" sh -c "rpmspec -q --srpm --qf '%{version}' '$spec' 2>/dev/null | grep -qx '$VERSION'"
	mkdir -p "$W/rpm/SOURCES"
	cp "$TARBALL" "$W/rpm/SOURCES/"
	run rpmbuild --define "_topdir $W/rpm" -bs "$spec"
	expect_rc 0 "rpmbuild -bs: the source package"
	# Debian's libraries stand in for the BuildRequires (--nodeps)
	rpmbuild --define "_topdir $W/rpm" --nodeps --without check -bb "$spec" >"$W/rpmbuild.log" 2>&1
	rc=$?
	expect_rc 0 "rpmbuild -bb: the binary packages (every installed file packaged)"
	[ $rc -eq 0 ] || tail -n 30 "$W/rpmbuild.log"
	for p in beweegbrug beweegbrug-libs beweegbrug-devel; do
		check "$p rpm built" sh -c "ls '$W'/rpm/RPMS/*/$p-$VERSION-1*.rpm >/dev/null 2>&1"
	done
	rpm -qlp "$W"/rpm/RPMS/*/*.rpm >"$W/rpm-files" 2>/dev/null
	check "the rpms have the units, the sysusers file and the configuration" \
		sh -c "grep -q beweegbrug-serve.service '$W/rpm-files' && grep -q sysusers.d/beweegbrug.conf '$W/rpm-files' && grep -q /etc/beweegbrug/beweegbrug.conf '$W/rpm-files'"
	check "no .la in the rpms" sh -c "! grep -q '\\.la$' '$W/rpm-files'"
else
	echo "SKIP: rpmbuild is not installed (Debian package rpm)"
fi
echo "package test: $(( $(date +%s) - t0 )) s"
finish
