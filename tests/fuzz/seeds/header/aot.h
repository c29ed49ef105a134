#ifndef TVMGEN_DEFAULT_H_
#define TVMGEN_DEFAULT_H_
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes of input tensor "data" of module "default". */
#define TVMGEN_DEFAULT_DATA_SIZE 16
/* Bytes of output tensor "output" of module "default". */
#define TVMGEN_DEFAULT_OUTPUT_SIZE 32

/* Where module "default" reads its inputs. */
struct tvmgen_default_inputs {
  void* data;
};

/* Where module "default" writes its outputs. */
struct tvmgen_default_outputs {
  void* output;
};

/* Runs module "default" once. Returns 0 on success. */
int32_t tvmgen_default_run(
  struct tvmgen_default_inputs* inputs,
  struct tvmgen_default_outputs* outputs
);

/* Bytes of working memory module "default" needs. */
#define TVMGEN_DEFAULT_WORKSPACE_SIZE 160

#ifdef __cplusplus
}
#endif

#endif  /* TVMGEN_DEFAULT_H_ */
#ifndef TVM_RUNTIME_C_BACKEND_API_H_
#define TVM_RUNTIME_C_BACKEND_API_H_
/* Minimal stand-in written for the microTVM Workbench test fixtures. */
#include "tvm/runtime/c_runtime_api.h"
typedef int32_t (*TVMBackendPackedCFunc)(void* args, int32_t* type_codes, int32_t num_args,
                                         void* out_ret_value, int32_t* out_ret_tcode,
                                         void* resource_handle);
TVM_DLL void* TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes,
                                       int dtype_code_hint, int dtype_bits_hint);
TVM_DLL int TVMBackendFreeWorkspace(int device_type, int device_id, void* ptr);
#endif
#ifndef TVM_RUNTIME_C_RUNTIME_API_H_
#define TVM_RUNTIME_C_RUNTIME_API_H_
/* Minimal stand-in written for the microTVM Workbench test fixtures. */
#include <stddef.h>
#include <stdint.h>
#ifndef TVM_DLL
#define TVM_DLL
#endif
typedef struct {
  int32_t device_type;
  int32_t device_id;
} DLDevice;
typedef struct {
  uint8_t code;
  uint8_t bits;
  uint16_t lanes;
} DLDataType;
typedef struct {
  void* data;
  DLDevice device;
  int32_t ndim;
  DLDataType dtype;
  int64_t* shape;
  int64_t* strides;
  uint64_t byte_offset;
} DLTensor;
typedef union {
  int64_t v_int64;
  double v_float64;
  void* v_handle;
  const char* v_str;
} TVMValue;
#endif
