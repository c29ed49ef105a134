/*
 * Host simulator: the backend functions that TVM-generated operator code
 * calls, included by generated code as "tvm/runtime/c_backend_api.h".
 * Implemented in runtime/hostsim_runtime.c.
 */
#ifndef HOSTSIM_TVM_C_BACKEND_API_H_
#define HOSTSIM_TVM_C_BACKEND_API_H_

#include <tvm/runtime/c_runtime_api.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Signature of a packed function: argument values and their type codes,
 * the argument count, a return slot with its type code, and an opaque
 * resource handle. Generated code from older TVM versions defines these
 * functions without the last parameter; calling them with one extra
 * argument is harmless with the C calling conventions of the hosts we build on.
 */
typedef int32_t (*TVMBackendPackedCFunc)(void *args, int32_t *type_codes, int32_t num_args, void *out_ret_value,
                                         int32_t *out_ret_tcode, void *resource_handle);

/* Scratch memory for one operator call; freed in reverse order of allocation. */
TVM_DLL void *TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes, int dtype_code_hint, int dtype_bits_hint);
TVM_DLL int TVMBackendFreeWorkspace(int device_type, int device_id, void *ptr);

/* Looks a packed function up by name in the simulator's function registry. */
TVM_DLL int TVMBackendGetFuncFromEnv(void *mod_node, const char *func_name, TVMFunctionHandle *out);

/* Calls a function handle returned by TVMBackendGetFuncFromEnv. */
TVM_DLL int TVMFuncCall(TVMFunctionHandle func, TVMValue *arg_values, int *type_codes, int num_args, TVMValue *ret_val,
                        int *ret_type_code);

/* Parallel loops run serially on the simulator: one task. */
typedef struct
{
    void *sync_handle;
    int32_t num_task;
} TVMParallelGroupEnv;

typedef int (*FTVMParallelLambda)(int task_id, TVMParallelGroupEnv *penv, void *cdata);

TVM_DLL int TVMBackendParallelLaunch(FTVMParallelLambda flambda, void *cdata, int num_task);
TVM_DLL int TVMBackendParallelBarrier(int task_id, TVMParallelGroupEnv *penv);

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_TVM_C_BACKEND_API_H_ */
