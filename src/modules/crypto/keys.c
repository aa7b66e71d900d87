/* Asymmetric keys (filled in below). */
#include "crypto_common.h"
void crypto_init_keys(nodec_runtime *rt, JSObjectRef target) { (void)rt; (void)target; }
