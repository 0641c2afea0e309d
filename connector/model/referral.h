/* Internal constants of the referral model. */
#ifndef BB_REFERRAL_H
#define BB_REFERRAL_H

#define REASON_SYSTEM_ICPC "icpc-1-nl"
#define REASON_SYSTEM_SNOMED "snomed"

#endif
