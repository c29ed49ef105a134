/*
 * Host simulator: the runtime-API declarations that TVM-generated C code
 * includes as "tvm/runtime/c_runtime_api.h". Written for the microTVM
 * Workbench host-sim template; only the parts generated code refers to.
 */
#ifndef HOSTSIM_TVM_C_RUNTIME_API_H_
#define HOSTSIM_TVM_C_RUNTIME_API_H_

#include <stddef.h>
#include <stdint.h>

#include <dlpack/dlpack.h>

#ifndef TVM_DLL
#define TVM_DLL
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Type codes of packed-function arguments (the values 0-2 equal DLDataTypeCode). */
typedef enum {
    kTVMArgInt = kDLInt,
    kTVMArgFloat = kDLFloat,
    kTVMOpaqueHandle = 3,
    kTVMNullptr = 4,
    kTVMDataType = 5,
    kDLDevice = 6,
    kTVMDLTensorHandle = 7,
    kTVMObjectHandle = 8,
    kTVMModuleHandle = 9,
    kTVMPackedFuncHandle = 10,
    kTVMStr = 11,
    kTVMBytes = 12,
    kTVMNDArrayHandle = 13,
    kTVMObjectRValueRefArg = 14,
} TVMArgTypeCode;

/* One packed-function argument or return value. */
typedef union {
    int64_t v_int64;
    double v_float64;
    void *v_handle;
    const char *v_str;
    DLDataType v_type;
    DLDevice v_device;
} TVMValue;

typedef void *TVMModuleHandle;
typedef void *TVMFunctionHandle;
typedef DLTensor *TVMArrayHandle;

/* Records the message of the last error (printed by the host program). */
TVM_DLL void TVMAPISetLastError(const char *msg);

/* Returns the message recorded by TVMAPISetLastError, or "" if none. */
TVM_DLL const char *TVMGetLastError(void);

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_TVM_C_RUNTIME_API_H_ */
