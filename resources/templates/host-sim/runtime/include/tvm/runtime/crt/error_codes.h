/*
 * Host simulator: status codes of the microTVM C runtime, for generated code
 * that includes "tvm/runtime/crt/error_codes.h". Values as documented for the
 * microTVM framing, session and platform layers.
 */
#ifndef HOSTSIM_TVM_CRT_ERROR_CODES_H_
#define HOSTSIM_TVM_CRT_ERROR_CODES_H_

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    kTvmErrorNoError = 0,
    kTvmErrorFramingShortPacket = 0x0201,
    kTvmErrorFramingInvalidEscape = 0x0202,
    kTvmErrorWriteStreamLongWrite = 0x0301,
    kTvmErrorPlatformShutdown = 0x0502,
} tvm_crt_error_t;

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_TVM_CRT_ERROR_CODES_H_ */
