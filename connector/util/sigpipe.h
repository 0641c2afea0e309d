/*
 * SIGPIPE without touching the process's signal disposition.
 *
 * Writing to a socket whose peer has gone raises SIGPIPE, whose default
 * action ends the process. A library loaded into a HIS must not set
 * SIGPIPE to SIG_IGN behind the HIS's back (that is process-wide), and
 * libevent and OpenSSL write with write()/writev(), which have no
 * MSG_NOSIGNAL. So the threads that write to peers block SIGPIPE in their
 * own signal mask: the write then fails with EPIPE, which the caller
 * handles, and the signal stays pending on that thread only. Linux has no
 * SO_NOSIGPIPE (docs/security.md).
 */
#ifndef BB_SIGPIPE_H
#define BB_SIGPIPE_H

typedef struct sigpipe_guard {
	int was_blocked;   /* the caller's mask blocked SIGPIPE already */
} sigpipe_guard;

/* Block SIGPIPE in the calling thread. */
void sigpipe_block(sigpipe_guard *g);
/*
 * Give the calling thread its mask back; a SIGPIPE raised meanwhile is
 * taken first, so it is not delivered once unblocked. Leaves everything
 * alone when SIGPIPE was blocked before sigpipe_block().
 */
void sigpipe_restore(const sigpipe_guard *g);

#endif
