/*
 * Running as a system service. Two small protocols of systemd's, spoken
 * directly rather than through libsystemd: both are documented as stable
 * interfaces (sd_notify(3), sd-daemon(3)) and take a few lines each, and
 * the program stays free of a dependency that RHEL-like systems, containers
 * and non-systemd hosts would have to carry for nothing.
 *
 * - Readiness: with NOTIFY_SOCKET set (Type=notify), "READY=1" and friends
 *   go as one datagram to that AF_UNIX socket ('@': abstract namespace).
 * - Log priorities: when standard error is the journal's stream
 *   (JOURNAL_STREAM names its device and inode), each line starts with
 *   "<N>", a syslog priority that journald strips and records.
 * Without systemd both are silent and the output is as before.
 */
#include "cli.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

static int journal_stream = -1;

int cli_stderr_is_journal(void)
{
	const char *v;
	unsigned long long dev, ino;
	struct stat st;

	if (journal_stream >= 0)
		return journal_stream;
	v = getenv("JOURNAL_STREAM");
	journal_stream = v && sscanf(v, "%llu:%llu", &dev, &ino) == 2 && fstat(STDERR_FILENO, &st) == 0 &&
			 (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
	return journal_stream;
}

const char *cli_priority(int syslog_priority)
{
	static const char *const prefix[] = { "<0>", "<1>", "<2>", "<3>", "<4>", "<5>", "<6>", "<7>" };

	if (!cli_stderr_is_journal() || syslog_priority < 0 || syslog_priority > 7)
		return "";
	return prefix[syslog_priority];
}

int cli_log_priority(bb_log_level level)
{
	switch (level) {
	case BB_LOG_ERROR:
		return 3;	/* LOG_ERR */
	case BB_LOG_WARN:
		return 4;	/* LOG_WARNING */
	case BB_LOG_INFO:
		return 6;	/* LOG_INFO */
	case BB_LOG_DEBUG:
		break;
	}
	return 7;		/* LOG_DEBUG */
}

int cli_notify(const char *fmt, ...)
{
	const char *path = getenv("NOTIFY_SOCKET");
	struct sockaddr_un sa;
	char state[512];
	size_t plen;
	ssize_t sent;
	va_list ap;
	int fd, n;

	if (!path || !*path)
		return 0;
	plen = strlen(path);
	if ((path[0] != '/' && path[0] != '@') || plen >= sizeof sa.sun_path)
		return -1;
	va_start(ap, fmt);
	n = vsnprintf(state, sizeof state, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof state)
		return -1;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	memcpy(sa.sun_path, path, plen);
	if (sa.sun_path[0] == '@')
		sa.sun_path[0] = '\0';
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	sent = sendto(fd, state, (size_t)n, MSG_NOSIGNAL, (const struct sockaddr *)&sa,
		      (socklen_t)(offsetof(struct sockaddr_un, sun_path) + plen));
	close(fd);
	return sent == n ? 1 : -1;
}

int cli_notify_reloading(void)
{
	struct timespec now;

	/* systemd wants the reload's start on CLOCK_MONOTONIC, in microseconds. */
	clock_gettime(CLOCK_MONOTONIC, &now);
	return cli_notify("RELOADING=1\nMONOTONIC_USEC=%llu",
			  (unsigned long long)now.tv_sec * 1000000ULL + (unsigned long long)now.tv_nsec / 1000);
}
