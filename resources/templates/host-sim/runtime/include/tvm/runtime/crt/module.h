/*
 * Host simulator: the function-table types used by the "system library"
 * file (<mod>_lib0.c) of graph-executor archives. The host program does
 * not go through this table; it calls the operator functions directly.
 */
#ifndef HOSTSIM_TVM_CRT_MODULE_H_
#define HOSTSIM_TVM_CRT_MODULE_H_

#include <tvm/runtime/c_backend_api.h>

#ifdef __cplusplus
extern "C" {
#endif

/* names: one count byte, then the NUL-terminated function names; funcs: same order. */
typedef struct
{
    const char *names;
    const TVMBackendPackedCFunc *funcs;
} TVMFuncRegistry;

typedef struct
{
    const TVMFuncRegistry *registry;
} TVMModule;

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_TVM_CRT_MODULE_H_ */
