/*
 * Host simulator, host-driven mode: the device side of the microTVM RPC stack
 * (framing, session, a TVM RPC server subset), written from the workbench's
 * protocol notes. Pure code without I/O: bytes from the host go in through
 * hs_rpc_feed(), bytes for the host leave through the write callback.
 *
 * Unlike a real CRT device it never hangs on a bad request: it answers an
 * Exception or drops the message and keeps serving.
 */
#ifndef HOSTSIM_RPC_DEVICE_H_
#define HOSTSIM_RPC_DEVICE_H_

#include <stddef.h>
#include <stdint.h>

#include "hostsim.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Receive buffer (session header + one RPC packet), as TVM_CRT_MAX_PACKET_SIZE_BYTES. */
#define HS_RPC_MAX_PACKET 2048

/* Writes bytes for the host (all of them). */
typedef void (*hs_rpc_write_fn)(void *ctx, const uint8_t *data, size_t n);
/* Monotonic clock in seconds. */
typedef double (*hs_rpc_clock_fn)(void);
/* Sleeps this many milliseconds (cooldown of the time evaluator); may be NULL. */
typedef void (*hs_rpc_sleep_fn)(double ms);

/* Resets the device (frees what earlier sessions allocated) and boots it: a
 * TerminateSession (after a leading nop) and a Log message go out. */
void hs_rpc_init(hs_rpc_write_fn write, void *ctx, hs_rpc_clock_fn clock, hs_rpc_sleep_fn sleep_ms, uint8_t nonce);

/* Feeds bytes received from the host. Returns 1 once the host sent Shutdown
 * (later bytes are ignored), else 0. */
int hs_rpc_feed(const uint8_t *data, size_t n);

/* Frees every allocation the device made (called by hs_rpc_init too). */
void hs_rpc_release(void);

/* Operator functions of the system library, by name (generated src/hostsim_model.c
 * in host-driven projects). */
extern const hs_func_entry hs_syslib[];
extern const int hs_num_syslib;

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_RPC_DEVICE_H_ */
