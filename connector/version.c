#include "beweegbrug.h"

const char *bb_version(void)
{
	return BB_VERSION;
}
