/*
 * Eight bytes at once in a 64-bit word ("SIMD within a register"), for
 * the byte scans of the codec that run over every value and text: plain
 * C, any alignment, no instruction set assumed.
 *
 * Each test is exact for the word as a whole: nonzero exactly when some
 * byte matches. Which high bits are set does not say reliably which byte
 * did (a borrow can mark the byte above a match), so a caller that needs
 * the position goes on a byte at a time from the start of the word.
 */
#ifndef BB_SWAR_H
#define BB_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGHS 0x8080808080808080ull

/* The eight bytes at p. */
static inline uint64_t swar_load(const void *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

/* Is some byte of v equal to c? */
static inline uint64_t swar_has(uint64_t v, unsigned char c)
{
	uint64_t x = v ^ (SWAR_ONES * c);

	return (x - SWAR_ONES) & ~x & SWAR_HIGHS;
}

/* Is some byte of v below n? Exact for n up to 0x80. */
static inline uint64_t swar_has_below(uint64_t v, unsigned char n)
{
	return (v - SWAR_ONES * n) & ~v & SWAR_HIGHS;
}

/* Is some byte of v 0x80 or above (not ASCII)? */
static inline uint64_t swar_has_high(uint64_t v)
{
	return v & SWAR_HIGHS;
}

#endif
