/* Random (version 4) UUIDs for resource ids and message ids. */
#ifndef BB_UUID_H
#define BB_UUID_H

#define UUID_STR_LEN 37   /* 36 characters and the NUL */

/* Fill `out` with a lower-case UUID; 0, or -1 when no randomness could be had. */
int uuid_v4(char out[UUID_STR_LEN]);
/* True for a lower-case 8-4-4-4-12 hex UUID (what FHIR requires in urn:uuid). */
int uuid_is_valid(const char *s);

#endif
