/*
 * Host simulator: the model descriptor that early AOT archives (metadata v5,
 * no C interface header) define in <mod>_lib0.c. The host program calls the
 * archive's run_model function directly and does not use this descriptor.
 */
#ifndef HOSTSIM_TVM_CRT_AOT_EXECUTOR_H_
#define HOSTSIM_TVM_CRT_AOT_EXECUTOR_H_

#include <tvm/runtime/c_backend_api.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct
{
    int num_input_tensors;
    int num_output_tensors;
    int32_t (*run_func)(void *args, void *type_codes, int num_args, void *out_value, void *out_type_code, void *resource_handle);
} tvm_model_t;

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_TVM_CRT_AOT_EXECUTOR_H_ */
