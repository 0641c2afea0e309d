/*
 * A stand-in for systemd's notification socket, for tests/service.test:
 * notify_listen SOCKET OUT SECONDS binds an AF_UNIX datagram socket at
 * SOCKET and appends each datagram to OUT as one line (its newlines made
 * spaces), until a datagram holds STOPPING=1 or SECONDS have passed.
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>

int main(int argc, char **argv)
{
	struct sockaddr_un sa;
	char buf[4096];
	time_t end;
	FILE *out;
	int fd;

	if (argc != 4 || strlen(argv[1]) >= sizeof sa.sun_path) {
		fprintf(stderr, "usage: notify_listen SOCKET OUT SECONDS\n");
		return 64;
	}
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	strcpy(sa.sun_path, argv[1]);
	unlink(argv[1]);
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
		perror(argv[1]);
		return 1;
	}
	out = fopen(argv[2], "a");
	if (!out) {
		perror(argv[2]);
		return 1;
	}
	end = time(NULL) + atoi(argv[3]);
	while (time(NULL) < end) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t n, i;
		if (poll(&p, 1, 200) <= 0)
			continue;
		n = recv(fd, buf, sizeof buf - 1, 0);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		for (i = 0; i < n; i++)
			if (buf[i] == '\n')
				buf[i] = ' ';
		fprintf(out, "%s\n", buf);
		fflush(out);
		if (strstr(buf, "STOPPING=1"))
			break;
	}
	fclose(out);
	unlink(argv[1]);
	return 0;
}
