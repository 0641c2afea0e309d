/*
 * The GP side's journal as a directory: what `serve --journal-dir` and
 * `inbox apply` show in place of a real HIS. Each feedback the library
 * applies becomes one file, NNNN-REFERRAL-STATUS.EXT, holding exactly
 * what the HIS adapter made of it (the journal entry plus measurements,
 * in the HIS's own form), so the numbers give the order the GP's record
 * received them in.
 *
 * A file appears whole or not at all: it is written under a temporary
 * name, flushed, and then linked to its final name. link() rather than
 * rename(): it is as atomic, and it fails instead of replacing a file
 * another process (a second `inbox apply`) gave the same number, so we
 * take the next number and nothing is lost. Only when the entry is on
 * disk does the callback tell the library the HIS has it.
 *
 * The library applies at least once: killed after the entry is written
 * but before it records that, it offers the same message again. Like a
 * real HIS, the journal recognises the repeat by the message id
 * (BB_FB_MESSAGE_ID): before an entry is published, .applied/MESSAGE-ID
 * records the name it gets; a message whose recorded entry exists is
 * already in the journal. Writers in other processes (`serve` and `inbox
 * apply` on one directory) take turns through a lock on .applied/.lock.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

typedef struct journal_dir {
	pthread_mutex_t lock;    /* the library applies one at a time; this is for the counter */
	char path[PATH_MAX];
	unsigned long next;      /* the next entry's number */
	size_t written;
} journal_dir;

/* One journal per process: the CLI has one connector. */
static journal_dir journal = { PTHREAD_MUTEX_INITIALIZER, "", 1, 0 };

/* The highest NNNN already in the directory, so numbering goes on after a restart. */
static unsigned long highest_number(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	unsigned long top = 0, n;
	char *end;

	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		n = strtoul(e->d_name, &end, 10);
		if (*end == '-' && n > top)
			top = n;
	}
	closedir(d);
	return top;
}

/* A referral id or status as a file name part: only [A-Za-z0-9._-]. */
static void name_part(char *out, size_t size, const char *in)
{
	size_t i;

	for (i = 0; in && in[i] && i + 1 < size; i++) {
		char ch = in[i];
		int safe = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			   (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_';
		out[i] = safe && !(i == 0 && ch == '.') ? ch : '_';
	}
	out[i] = '\0';
	if (i == 0 && size > 1)
		strcpy(out, "_");
}

/* The extension that fits what the HIS adapter wrote. */
static const char *extension_of(const char *entry, size_t len)
{
	size_t i = 0;

	while (i < len && (entry[i] == ' ' || entry[i] == '\n' || entry[i] == '\r' || entry[i] == '\t'))
		i++;
	if (i < len && entry[i] == '<')
		return "xml";
	if (i < len && (entry[i] == '{' || entry[i] == '['))
		return "json";
	if (len - i >= 3 && memcmp(entry + i, "MSH", 3) == 0)
		return "hl7";
	return "txt";
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The temporary file, complete and flushed: its name in `tmp`, or -1. */
static int write_temp(char *tmp, size_t size, const char *entry, size_t len)
{
	int fd, saved;

	if ((size_t)snprintf(tmp, size, "%s/.journal-XXXXXX", journal.path) >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	fd = mkstemp(tmp);   /* mode 0600: the entry is part of a patient record */
	if (fd < 0)
		return -1;
	if (write_all(fd, entry, len) != 0 || fsync(fd) != 0) {
		saved = errno;
		close(fd);
		unlink(tmp);
		errno = saved;
		return -1;
	}
	if (close(fd) != 0) {
		saved = errno;
		unlink(tmp);
		errno = saved;
		return -1;
	}
	return 0;
}

/* So the new name survives a power cut too. */
static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Give the temporary file its numbered name; the final name in `out`. */
static int publish(const char *tmp, char *out, size_t size, const char *referral,
		   const char *status, const char *ext)
{
	char ref[65], st[32];
	int tries;

	name_part(ref, sizeof(ref), referral);
	name_part(st, sizeof(st), status);
	for (tries = 0; tries < 1000; tries++) {
		if ((size_t)snprintf(out, size, "%s/%04lu-%s-%s.%s", journal.path, journal.next, ref,
				     st, ext) >= size) {
			errno = ENAMETOOLONG;
			return -1;
		}
		if (link(tmp, out) == 0) {
			journal.next++;
			unlink(tmp);
			sync_dir(journal.path);
			return 0;
		}
		if (errno != EEXIST)
			return -1;
		/* another process took this number: go past whatever is there now */
		journal.next = highest_number(journal.path) + 1;
	}
	errno = EEXIST;
	return -1;
}

/* .applied/ID for a message id, or "" when the id is not a plain name. */
static void record_path(char *out, size_t size, const char *message_id)
{
	char safe[80];

	name_part(safe, sizeof(safe), message_id);
	if (!message_id || strcmp(safe, message_id) != 0 ||
	    (size_t)snprintf(out, size, "%s/.applied/%s", journal.path, safe) >= size)
		out[0] = '\0';
}

/* True when the record names an entry that is in the journal. */
static int already_written(const char *record, char *final, size_t size)
{
	char name[NAME_MAX + 1];
	FILE *f = record[0] ? fopen(record, "r") : NULL;
	struct stat st;
	int found = 0;

	if (!f)
		return 0;
	if (fgets(name, sizeof(name), f)) {
		name[strcspn(name, "\n")] = '\0';
		found = name[0] && !strchr(name, '/') &&
			(size_t)snprintf(final, size, "%s/%s", journal.path, name) < size &&
			stat(final, &st) == 0;
	}
	fclose(f);
	return found;
}

/* Write the record (whole, via a temporary file) naming `final`'s base name. */
static int write_record(const char *record, const char *final)
{
	char tmp[PATH_MAX + 32];
	const char *base = strrchr(final, '/') ? strrchr(final, '/') + 1 : final;
	FILE *f;
	int fd, ok;

	if (!record[0])
		return 0;   /* no usable message id: nothing to recognise a repeat by */
	snprintf(tmp, sizeof(tmp), "%s/.applied/.record-XXXXXX", journal.path);
	if ((fd = mkstemp(tmp)) < 0)
		return -1;
	if (!(f = fdopen(fd, "w"))) {
		close(fd);
		unlink(tmp);
		return -1;
	}
	ok = fprintf(f, "%s\n", base) > 0 && fflush(f) == 0 && fsync(fd) == 0;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, record) != 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* Lock the directory against writers in other processes; the fd, or -1. */
static int lock_dir(void)
{
	char path[PATH_MAX + 32];
	int fd;

	snprintf(path, sizeof(path), "%s/.applied/.lock", journal.path);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		close(fd);
		fd = -1;
	}
	return fd;
}

/*
 * Publish under the lock: with the lock the highest number is current, and
 * the record is written before the entry, so a crash in between leaves a
 * record whose entry is missing, which the next try writes.
 */
static int publish_recorded(const char *tmp, char *final, size_t size, const char *record,
			    const char *referral, const char *status, const char *ext)
{
	char ref[65], st[32], planned[PATH_MAX + 160];

	name_part(ref, sizeof(ref), referral);
	name_part(st, sizeof(st), status);
	journal.next = highest_number(journal.path) + 1;
	if ((size_t)snprintf(final, size, "%s/%04lu-%s-%s.%s", journal.path, journal.next, ref, st,
			     ext) >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (write_record(record, final) != 0)
		return -1;
	snprintf(planned, sizeof(planned), "%s", final);
	if (publish(tmp, final, size, referral, status, ext) != 0)
		return -1;
	/* someone outside the lock took that number: record the one it got */
	return strcmp(planned, final) == 0 ? 0 : write_record(record, final);
}

static int write_entry(const char *referral_id, const bb_feedback *feedback,
		       const char *entry, size_t len, void *payload)
{
	char tmp[PATH_MAX + 32], final[PATH_MAX + 160], record[PATH_MAX + 96];
	const char *status = bb_feedback_get(feedback, BB_FB_STATUS);
	int rc = -1, lock, repeat = 0;

	(void)payload;
	pthread_mutex_lock(&journal.lock);
	record_path(record, sizeof(record), bb_feedback_get(feedback, BB_FB_MESSAGE_ID));
	lock = lock_dir();
	if (lock < 0) {
		/* fall through to the error below: the entry stays pending */
	} else if (already_written(record, final, sizeof(final))) {
		repeat = 1;
		rc = 0;
	} else if (write_temp(tmp, sizeof(tmp), entry ? entry : "", entry ? len : 0) == 0) {
		if (publish_recorded(tmp, final, sizeof(final), record, referral_id,
				     status ? status : "unknown",
				     extension_of(entry ? entry : "", entry ? len : 0)) == 0) {
			journal.written++;
			rc = 0;
		} else {
			unlink(tmp);
		}
	}
	if (lock >= 0)
		close(lock);   /* releases the flock */
	if (rc == 0 && repeat)
		fprintf(stderr, "%s: journal: %s was written before (message %s)\n", cli_program,
			final, bb_feedback_get(feedback, BB_FB_MESSAGE_ID));
	else if (rc == 0)
		fprintf(stderr, "%s: journal: %s\n", cli_program, final);
	else
		fprintf(stderr, "%s: journal: cannot write the entry for referral %s in %s: %s;"
			" the feedback stays pending\n", cli_program, referral_id ? referral_id : "?",
			journal.path, strerror(errno));
	pthread_mutex_unlock(&journal.lock);
	return rc;
}

/*
 * Temporary files of a writer that was killed (.journal-*, .applied/.record-*):
 * every writer holds the directory lock while it has one, so under the
 * lock any that exist are left over, and their entries were never
 * published (the library offers those messages again).
 */
static void remove_leftovers(void)
{
	char path[PATH_MAX + 300], sub[PATH_MAX + 16];
	const char *dirs[2];
	const char *prefixes[2] = { ".journal-", ".record-" };
	struct dirent *e;
	DIR *d;
	int lock = lock_dir(), i;

	if (lock < 0)
		return;
	snprintf(sub, sizeof(sub), "%s/.applied", journal.path);
	dirs[0] = journal.path;
	dirs[1] = sub;
	for (i = 0; i < 2; i++) {
		if (!(d = opendir(dirs[i])))
			continue;
		while ((e = readdir(d)) != NULL) {
			if (strncmp(e->d_name, prefixes[i], strlen(prefixes[i])) != 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", dirs[i], e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	close(lock);
}

/* The directory must exist (we make one level) and be ours to write. */
static int open_dir(const char *dir)
{
	char applied[PATH_MAX + 16];
	struct stat st;

	if (strlen(dir) >= sizeof(journal.path)) {
		fprintf(stderr, "%s: journal directory name too long: %s\n", cli_program, dir);
		return EXIT_USAGE;
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		fprintf(stderr, "%s: cannot make journal directory %s: %s\n", cli_program, dir,
			strerror(errno));
		return EXIT_CONFIG;
	}
	/* where each applied message records its entry's name (see the top) */
	if ((size_t)snprintf(applied, sizeof(applied), "%s/.applied", dir) >= sizeof(applied) ||
	    (mkdir(applied, 0700) != 0 && errno != EEXIST)) {
		fprintf(stderr, "%s: cannot make %s: %s\n", cli_program, applied, strerror(errno));
		return EXIT_CONFIG;
	}
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || access(dir, W_OK | X_OK) != 0) {
		fprintf(stderr, "%s: %s is not a writable directory\n", cli_program, dir);
		return EXIT_CONFIG;
	}
	pthread_mutex_lock(&journal.lock);
	strcpy(journal.path, dir);
	journal.next = highest_number(dir) + 1;
	remove_leftovers();
	pthread_mutex_unlock(&journal.lock);
	return EXIT_OK;
}

int cli_journal_dir_attach(bb_connector *c, const char *dir)
{
	size_t applied = 0;
	int code = open_dir(dir), rc;

	if (code != EXIT_OK)
		return code;
	if (bb_connector_on_feedback(c, write_entry, NULL) != BB_OK) {
		cli_print_errors(c);
		return EXIT_SOFTWARE;
	}
	/* what was stored but not applied: a crash, or no journal attached then */
	rc = bb_inbox_apply_pending(&applied, c);
	if (rc != BB_OK) {
		cli_print_errors(c);
		return cli_exit_code(rc);
	}
	return EXIT_OK;
}

size_t cli_journal_written(void)
{
	size_t n;

	pthread_mutex_lock(&journal.lock);
	n = journal.written;
	pthread_mutex_unlock(&journal.lock);
	return n;
}
