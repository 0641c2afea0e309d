/* Dutch identifiers: BSN (elfproef) and the fixed-length registry numbers. */
#ifndef BB_BSN_H
#define BB_BSN_H

/* 9 digits passing the elfproef (weights 9..2 and -1, sum divisible by 11, not 0). */
int model_bsn_is_valid(const char *s);
/* Exactly `n` ASCII digits. */
int model_is_digits(const char *s, unsigned n);

#endif
