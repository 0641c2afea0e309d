/*
 * Client certificate subjects, remembered per connector.
 *
 * A sender presents the same certificate with every message, and reading
 * a certificate from PEM costs OpenSSL 3 about as much as everything else
 * done for a message (it decodes the public key through its providers).
 * So the subject read from a PEM text is kept, keyed by the whole text,
 * for the few dozen certificates seen last.
 */
#ifndef BB_INBOUND_SUBJECTS_H
#define BB_INBOUND_SUBJECTS_H

typedef struct subject_cache subject_cache;

int inbound_subjects_new(subject_cache **out);
void inbound_subjects_free(subject_cache *s);

/*
 * The subject of the certificate in `pem` (malloc'ed), from the cache or
 * from `read` (which returns it malloc'ed, or NULL when the PEM is not a
 * readable certificate; that answer is not kept).
 */
char *inbound_subjects_lookup(subject_cache *s, const char *pem, char *(*read)(const char *pem));

#endif
