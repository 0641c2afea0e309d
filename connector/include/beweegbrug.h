/*
 * libbeweegbrug: referrals from Dutch general practice to local sport and
 * exercise offers, and the feedback back into the patient record.
 *
 * This is the header a HIS vendor includes. It holds no declarations of
 * its own: it includes one header per topic from beweegbrug/, in the
 * order below (common.h has the status codes, errors, the connector,
 * its options and bb_free; each other one is named by its topic). Each
 * topic header includes what it uses and compiles on its own, in C and
 * C++ (tests/headers.test), but programs include <beweegbrug.h> only, so
 * that a declaration may move between topics.
 *
 * Conventions (as in libgit2):
 *   - every handle is opaque and has a _new/_free pair;
 *   - functions return an int: BB_OK (0) or a negative bb_status;
 *   - output parameters come first, before the handle and the inputs
 *     (bb_refer(&receipt, connector, &record, offer_id)); a function with
 *     one output names it `out`. Two kinds of function keep another order:
 *     an accessor that returns its result directly gives that result's
 *     length through a last `len` (bb_message_body), and the callbacks of
 *     a plugin's bb_adapter table take their state and host first;
 *   - a parameter or field that holds a value of one of the enums below
 *     has that enum's type (bb_format, bb_referral_field, ...); `int`
 *     stays for plain numbers, for yes/no (0 or 1), and for status codes:
 *     the int a function returns, bb_error.code, bb_strerror's argument
 *     (a code from a newer library is still an int). The plugin table's
 *     fields are uint32_t, as its layout is frozen (beweegbrug/sys/plugin.h);
 *   - a struct the caller allocates that may grow starts with `unsigned
 *     int version`, set by its BB_*_INIT (bb_options, bb_delivery_stats,
 *     bb_inbound_response, ...). The library reads and writes only the
 *     fields of the caller's version and refuses one it does not know (0:
 *     not initialised, or newer than the library) with BB_EINVAL naming
 *     the struct. A version rather than a size, as libgit2's option
 *     structs: the first structs here had one, and a version names a set
 *     of fields where a size also moves with padding;
 *   - a struct the library hands out is read through a pointer and only
 *     ever gets fields appended; several of them come as an opaque list
 *     with _count and _at (bb_suggestions), never as an array the caller
 *     steps through by the struct's size;
 *   - what a function returns through `out` belongs to the caller and is
 *     released with the matching _free; strings returned directly are
 *     borrowed and stay valid as documented;
 *   - after a failure, bb_error_last() tells what went wrong and where.
 *
 * Thread safety: a bb_connector may be shared by threads. Loading
 * configuration and plugins happens once, before the threads start;
 * after that, calls documented as thread-safe may run concurrently. The
 * last error is kept per connector *and* per thread. Every function's
 * comment ends with one of three marks (tests/thread-marks.test checks
 * that each exported function has one; docs/internals/threading.md has
 * the locks behind them):
 *   "Thread safety: safe." Any thread, at the same time as any other
 *     call, on the same connector or handle. What it only reads (a const
 *     referral, say) may be read by other threads meanwhile, not changed.
 *   "Thread safety: one thread per handle." Calls on one object (a
 *     referral, a feedback, a catalogue, a list, a server's run, the
 *     bb_host of one adapter callback) one at a time; different objects
 *     in different threads at once.
 *   "Thread safety: not thread-safe." Only while no other thread uses
 *     the connector or handle: set-up before the threads start, and _free.
 *
 * The library never writes to stdout or stderr and never exits the
 * process: messages go to the log callback given in bb_options.
 */
#ifndef BEWEEGBRUG_H
#define BEWEEGBRUG_H

#include "beweegbrug/common.h"
#include "beweegbrug/config.h"
#include "beweegbrug/referral.h"
#include "beweegbrug/terminology.h"
#include "beweegbrug/gli.h"
#include "beweegbrug/message.h"
#include "beweegbrug/feedback.h"
#include "beweegbrug/report.h"
#include "beweegbrug/outbox.h"
#include "beweegbrug/refer.h"
#include "beweegbrug/delivery.h"
#include "beweegbrug/inbound.h"
#include "beweegbrug/server.h"
#include "beweegbrug/mllp.h"
#include "beweegbrug/api.h"
#include "beweegbrug/audit.h"
#include "beweegbrug/offers.h"

#endif
