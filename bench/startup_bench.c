/*
 * What a process costs before it does anything: runs one command N times
 * (fork, exec, wait; output to /dev/null) and reports the median wall time
 * per run and the CPU time per run (the children's user + system time).
 * bench/run runs it for `beweegbrug convert`, `validate` and `reformat`
 * beside bench/nothing, a program linked to nothing.
 *
 * Usage: bench/startup_bench NAME RUNS COMMAND [ARG...]
 * Prints
 *   RESULT start-NAME MILLISECONDS ms        (median wall time per run)
 *   RESULT start-cpu-NAME MILLISECONDS ms    (CPU time per run)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	double *wall, cpu;
	int runs, i;

	if (argc < 4 || (runs = atoi(argv[2])) < 1) {
		fprintf(stderr, "usage: startup_bench NAME RUNS COMMAND [ARG...]\n");
		return 2;
	}
	wall = calloc((size_t)runs, sizeof(*wall));
	if (!wall)
		return 2;
	for (i = 0; i < runs; i++) {
		double t0 = now_ms();
		int status;
		pid_t pid = fork();

		if (pid < 0)
			return 2;
		if (pid == 0) {
			int fd = open("/dev/null", O_RDWR);

			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			execv(argv[3], argv + 3);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "startup_bench: %s failed (status %d)\n", argv[3], status);
			return 1;
		}
		wall[i] = now_ms() - t0;
	}
	getrusage(RUSAGE_CHILDREN, &ru);
	cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	      (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	qsort(wall, (size_t)runs, sizeof(*wall), cmp_double);
	printf("RESULT start-%s %.2f ms\n", argv[1], wall[runs / 2]);
	printf("RESULT start-cpu-%s %.2f ms\n", argv[1], cpu / runs);
	free(wall);
	return 0;
}
