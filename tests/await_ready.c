/*
 * How the shell tests wait for a server they started (tests/lib.sh's
 * `ready`): the server signals readiness by writing a file once it listens
 * (serve's and mllp's --port-file, the oracles' fhir-server --port-file,
 * fake-receiver.js) or a line to its log (api: "listening on ..."), and
 *
 *   await_ready [--pid PID] [--timeout SECONDS] FILE [TEXT]
 *
 * blocks on inotify until FILE holds a whole line (with TEXT: a line
 * containing TEXT), then prints that line and exits 0. It does not poll:
 * it wakes when the file's folder changes or when process PID ends. If PID
 * ends first it exits 1 at once (a server that died at start-up is not
 * waited for), after SECONDS (default 30) 2, with a line on standard error
 * saying which. 64: usage.
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/inotify.h>
#include <sys/syscall.h>

/* A log can grow while it is read; the line sought is near its start. */
#define MAX_READ (4 * 1024 * 1024)

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;

	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	dir = strndup(path, (size_t)(slash - path));
	return dir;
}

/* The first whole line of `path` (containing `text`, when given) into
 * `line`; 1 when there is one, 0 when not (yet). */
static int find_line(const char *path, const char *text, char *line, size_t cap)
{
	FILE *f = fopen(path, "r");
	char *buf;
	size_t n;
	int found = 0;

	if (!f)
		return 0;
	buf = malloc(MAX_READ + 1);
	if (!buf) {
		fclose(f);
		return 0;
	}
	n = fread(buf, 1, MAX_READ, f);
	fclose(f);
	buf[n] = '\0';
	for (char *start = buf, *end; (end = strchr(start, '\n')) != NULL; start = end + 1) {
		*end = '\0';
		if (!text || strstr(start, text)) {
			snprintf(line, cap, "%s", start);
			found = 1;
			break;
		}
	}
	free(buf);
	return found;
}

static long ms_since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t0->tv_sec) * 1000L + (now.tv_nsec - t0->tv_nsec) / 1000000L;
}

static int usage(void)
{
	fprintf(stderr, "usage: await_ready [--pid PID] [--timeout SECONDS] FILE [TEXT]\n");
	return 64;
}

int main(int argc, char **argv)
{
	long pid = 0, timeout_ms = 30000;
	const char *path, *text = NULL;
	char line[4096], *dir;
	struct timespec t0;
	int in, pidfd = -1, i = 1;

	for (; i + 1 < argc && argv[i][0] == '-' && argv[i][1] == '-'; i += 2) {
		char *end;
		long v = strtol(argv[i + 1], &end, 10);

		if (*end || v <= 0)
			return usage();
		if (strcmp(argv[i], "--pid") == 0)
			pid = v;
		else if (strcmp(argv[i], "--timeout") == 0)
			timeout_ms = v * 1000;
		else
			return usage();
	}
	if (argc - i < 1 || argc - i > 2)
		return usage();
	path = argv[i];
	if (argc - i == 2)
		text = argv[i + 1];
	clock_gettime(CLOCK_MONOTONIC, &t0);

	/* Watch first, then look: a write between the two is not missed. */
	dir = dir_of(path);
	in = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	if (!dir || in < 0 || inotify_add_watch(in, dir, IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE) < 0) {
		fprintf(stderr, "await_ready: cannot watch %s: %s\n", dir ? dir : path, strerror(errno));
		return 1;
	}
	if (pid > 0) {
		pidfd = (int)syscall(SYS_pidfd_open, (pid_t)pid, 0);
		if (pidfd < 0 && errno == ESRCH) {
			if (find_line(path, text, line, sizeof line))
				goto ready;
			fprintf(stderr, "await_ready: process %ld is not running, and %s has no %s\n", pid,
				path, text ? text : "line");
			return 1;
		}
	}
	for (;;) {
		struct pollfd p[2] = { { in, POLLIN, 0 }, { pidfd, POLLIN, 0 } };
		char events[sizeof(struct inotify_event) + NAME_MAX + 1] __attribute__((aligned(8)));
		long left;

		if (find_line(path, text, line, sizeof line))
			goto ready;
		left = timeout_ms - ms_since(&t0);
		if (left <= 0) {
			fprintf(stderr, "await_ready: %s has no %s%s%s after %ld s\n", path, text ? "line with '" : "line",
				text ? text : "", text ? "'" : "", timeout_ms / 1000);
			return 2;
		}
		if (poll(p, pidfd >= 0 ? 2 : 1, (int)(left > INT_MAX ? INT_MAX : left)) < 0 && errno != EINTR) {
			perror("await_ready: poll");
			return 1;
		}
		while (read(in, events, sizeof events) > 0)
			;
		if (pidfd >= 0 && (p[1].revents & POLLIN)) {
			if (find_line(path, text, line, sizeof line))
				goto ready;
			fprintf(stderr, "await_ready: process %ld ended before %s had %s%s%s\n", pid, path,
				text ? "a line with '" : "a line", text ? text : "", text ? "'" : "");
			return 1;
		}
	}
ready:
	printf("%s\n", line);
	free(dir);
	return 0;
}
