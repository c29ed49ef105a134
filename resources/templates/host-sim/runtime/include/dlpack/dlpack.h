/*
 * Host simulator: the DLPack tensor types that TVM-generated C code uses.
 * Written for the microTVM Workbench host-sim template (only what the
 * generated operators and the host program need).
 */
#ifndef HOSTSIM_DLPACK_H_
#define HOSTSIM_DLPACK_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Device kinds; the host simulator only ever uses kDLCPU. */
typedef enum {
    kDLCPU = 1,
    kDLCUDA = 2,
    kDLCUDAHost = 3,
    kDLOpenCL = 4,
    kDLVulkan = 7,
    kDLMetal = 8,
    kDLVPI = 9,
    kDLROCM = 10,
    kDLExtDev = 12,
} DLDeviceType;

typedef struct
{
    DLDeviceType device_type;
    int32_t device_id;
} DLDevice;

/* Element type codes, as stored in .params files and DLTensor.dtype. */
typedef enum {
    kDLInt = 0,
    kDLUInt = 1,
    kDLFloat = 2,
    kDLOpaqueHandle = 3,
    kDLBfloat = 4,
    kDLComplex = 5,
} DLDataTypeCode;

typedef struct
{
    uint8_t code;   /* a DLDataTypeCode */
    uint8_t bits;   /* bits per lane: 1 (bool), 8, 16, 32, 64 */
    uint16_t lanes; /* 1 for scalars */
} DLDataType;

/* A strided view of memory. strides == NULL means compact row-major. */
typedef struct
{
    void *data;
    DLDevice device;
    int32_t ndim;
    DLDataType dtype;
    int64_t *shape;
    int64_t *strides;
    uint64_t byte_offset;
} DLTensor;

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_DLPACK_H_ */
