/*
 * x2j_stream.c with the reader's checks made as it streams (x2jsc_*):
 * `codec_bench x2j stream-checked`, what the checks add to the bound.
 */
#define X2JS_CHECKED 1
#include "x2j_stream.c"
