/* Random (version 4) UUIDs for resource ids and message ids. */
#ifndef BB_UUID_H
#define BB_UUID_H

#include <stddef.h>

#define UUID_STR_LEN 37   /* 36 characters and the NUL */

/* Fill `out` with a lower-case UUID; 0, or -1 when no randomness could be had. */
int mapping_uuid_v4(char out[UUID_STR_LEN]);
/*
 * A name-based (version 5, SHA-1) UUID: the same name always gives the
 * same id, so a message made again for the same referral and receiver is
 * recognised as the same message. 0, or -1 when hashing failed.
 */
int mapping_uuid_v5(char out[UUID_STR_LEN], const char *name, size_t len);
/* True for a lower-case 8-4-4-4-12 hex UUID (what FHIR requires in urn:uuid). */
int mapping_uuid_is_valid(const char *s);

#endif
