/*
 * Host simulator, host-driven mode: the device side of the microTVM RPC stack.
 *
 *   framing  FF FD, u32 LE length, payload, u16 LE CRC-16/CCITT-FALSE over the
 *            escaped bytes from FF FD on; FF escaped as FF FF; FF FE = nop;
 *            a bare FE before the first packet after reset
 *   session  3-byte header (u16 session id, u8 type); TerminateSession at boot,
 *            StartSessionInit answered, Normal messages carry one RPC packet
 *   RPC      u64 packet_nbytes, i32 code, body (packed sequences, DLTensor
 *            records) - the subset a CRT MinRPC server answers
 *
 * Handles follow the CRT's encodings: modules 0x8000 (system library) and
 * 0x8001 (AOT executor); functions ((0x8000|module) << 16) | (0x8000|index),
 * global functions in module 2; time evaluators 0xFFFF8000 + counter; memory
 * handles are pointers. Requests are checked before anything is touched: a
 * bad one gets an Exception (or is dropped) and the device keeps serving.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostsim_rpc_device.h"

/* ------------------------------------------------------------ constants */

enum {
    RPC_NONE = 0,
    RPC_SHUTDOWN = 1,
    RPC_INIT_SERVER = 2,
    RPC_CALL_FUNC = 3,
    RPC_RETURN = 4,
    RPC_EXCEPTION = 5,
    RPC_COPY_FROM_REMOTE = 6,
    RPC_COPY_TO_REMOTE = 7,
    RPC_COPY_ACK = 8,
    RPC_GET_GLOBAL_FUNC = 9,
    RPC_FREE_HANDLE = 10,
    RPC_DEV_SET_DEVICE = 11,
    RPC_DEV_GET_ATTR = 12,
    RPC_DEV_ALLOC_DATA = 13,
    RPC_DEV_FREE_DATA = 14,
    RPC_DEV_STREAM_SYNC = 15,
    RPC_COPY_AMONG_REMOTE = 16,
    RPC_DEV_ALLOC_DATA_WITH_SCOPE = 17,
    RPC_DEV_CREATE_STREAM = 18,
    RPC_DEV_FREE_STREAM = 19,
    RPC_DEV_SET_STREAM = 20,
    RPC_DEV_GET_CURRENT_STREAM = 21,
};

enum { TC_INT = 0, TC_UINT = 1, TC_FLOAT = 2, TC_BOOL = 15 };

enum { MSG_INIT = 0x00, MSG_REPLY = 0x01, MSG_TERMINATE = 0x02, MSG_LOG = 0x03, MSG_NORMAL = 0x10 };
enum { SESSION_RESET = 0, SESSION_NONE = 1, SESSION_ESTABLISHED = 3 };
enum { UF_FIND_START, UF_LENGTH, UF_PAYLOAD, UF_CRC };

#define MOD_SYSLIB 0
#define MOD_AOT 1
#define MOD_GLOBAL 2
#define TIMER_BASE 0xFFFF8000u

#define MAX_ARGS 64
#define MAX_NDIM 16
#define MAX_ALLOCS 1024
#define MAX_ALLOC_BYTES ((size_t)256 << 20)
#define MAX_TIMERS 32
#define MAX_REPEAT 240 /* 240 doubles + headers fit one 2048-byte message */
#define MAX_MIN_REPEAT_MS 60000
#define MAX_COOLDOWN_MS 10000
/* At most this many calls in one measurement of the time evaluator (the fuzz build lowers it). */
#ifndef HS_RPC_MAX_TIMER_NUMBER
#define HS_RPC_MAX_TIMER_NUMBER 1e9
#endif
/* The host's receive buffer (libtvm) is 2048 bytes too: no reply may be longer. */
#define MAX_REPLY HS_RPC_MAX_PACKET

static const char *const k_globals[] = {
    "runtime.SystemLib",
    "tvm.rpc.server.ModuleGetFunction",
    "runtime.RPCTimeEvaluator",
    "tvm.rpc.server.GetCRTMaxPacketSize",
    "tvm.contrib.random.random_fill",
    "tvm.aot_executor.create",
};
#define NUM_GLOBALS ((int)(sizeof(k_globals) / sizeof(k_globals[0])))

static const char *const k_aot_funcs[] = {
    "get_input", "get_output", "get_num_inputs", "get_num_outputs", "get_input_index", "get_input_name",
    "run",       "set_input",  "load_params",    "get_input_info",  "share_params",
};
#define NUM_AOT_FUNCS ((int)(sizeof(k_aot_funcs) / sizeof(k_aot_funcs[0])))
#define AOT_FIRST_UNIMPLEMENTED 7

/* ----------------------------------------------------------------- state */

typedef struct
{
    int tcode;
    int64_t i;
    double f;
    uint64_t h;
    const char *s; /* NUL-terminated copy for 11 and 12 */
    size_t len;
    DLDevice dev;
    DLDataType dtype;
    DLTensor *t;
} hs_arg;

typedef struct
{
    int kind; /* 4 none, 0 int, 2 float, 9 module, 10 function, 11 str, 12 bytes, 13 NDArray */
    int64_t i;
    double f;
    uint64_t h;
    const uint8_t *bytes;
    size_t len;
    const DLTensor *t;
} hs_ret;

typedef struct
{
    int used;
    uint32_t handle;
    uint32_t target;
    int64_t number, repeat, min_repeat_ms, limit_zero, cooldown_ms, repeats_to_cooldown;
} hs_timer;

typedef struct
{
    uint8_t *p;
    size_t n;
} hs_alloc;

static struct
{
    hs_rpc_write_fn write;
    void *ctx;
    hs_rpc_clock_fn clock;
    hs_rpc_sleep_fn sleep_ms;
    int shutdown;
    /* framer */
    int fresh;
    uint8_t wire[1 + 2 + 2 * (4 + MAX_REPLY + 2)];
    /* unframer */
    int uf_state, uf_escape, uf_discard;
    uint16_t uf_crc;
    uint8_t uf_len[4], uf_crcbuf[2];
    int uf_lenpos, uf_crcpos;
    uint32_t uf_size, uf_got;
    uint8_t rx[HS_RPC_MAX_PACKET];
    /* session */
    int session_state;
    uint8_t nonce;
    uint16_t session_id;
    /* reply */
    uint8_t out[MAX_REPLY];
    size_t outpos;
    int overflow;
    /* decoded request */
    hs_arg args[MAX_ARGS];
    DLTensor tensors[MAX_ARGS + 1];
    int64_t shapes[MAX_ARGS + 1][MAX_NDIM];
    char strings[HS_RPC_MAX_PACKET + MAX_ARGS];
    size_t strpos;
    /* device objects */
    hs_alloc allocs[MAX_ALLOCS];
    int nallocs;
    size_t alloc_bytes;
    int aot_module; /* index into hs_modules, -1 before tvm.aot_executor.create */
    int setup_done;
    hs_timer timers[MAX_TIMERS];
    uint32_t timer_counter;
    int next_timer;
    DLTensor ret_tensor;
    uint8_t times[MAX_REPEAT * 8];
    uint64_t rng;
} D;

static uint16_t crc_table[256];

/* ------------------------------------------------------------- framing */

static void crc_init(void)
{
    for (int i = 0; i < 256; ++i) {
        uint16_t c = (uint16_t)(i << 8);
        for (int k = 0; k < 8; ++k)
            c = (uint16_t)((c & 0x8000) ? ((c << 1) ^ 0x1021) : (c << 1));
        crc_table[i] = c;
    }
}

static uint16_t crc_update(uint16_t crc, uint8_t b)
{
    return (uint16_t)((crc << 8) ^ crc_table[((crc >> 8) ^ b) & 0xFF]);
}

static void frame_send(const uint8_t *payload, size_t n)
{
    uint8_t *o = D.wire;
    size_t w = 0;
    if (D.fresh)
        o[w++] = 0xFE;
    D.fresh = 0;
    uint16_t crc = 0xFFFF;
    o[w++] = 0xFF;
    o[w++] = 0xFD;
    crc = crc_update(crc_update(crc, 0xFF), 0xFD);
    uint8_t len[4] = {(uint8_t)n, (uint8_t)(n >> 8), (uint8_t)(n >> 16), (uint8_t)(n >> 24)};
    for (size_t i = 0; i < 4 + n; ++i) {
        uint8_t b = i < 4 ? len[i] : payload[i - 4];
        o[w++] = b;
        crc = crc_update(crc, b);
        if (b == 0xFF) {
            o[w++] = 0xFF;
            crc = crc_update(crc, 0xFF);
        }
    }
    uint8_t c[2] = {(uint8_t)crc, (uint8_t)(crc >> 8)};
    for (int i = 0; i < 2; ++i) {
        o[w++] = c[i];
        if (c[i] == 0xFF)
            o[w++] = 0xFF;
    }
    if (D.write)
        D.write(D.ctx, o, w);
}

static void send_message(uint16_t session_id, uint8_t type, const uint8_t *body, size_t n)
{
    uint8_t buf[3 + 64];
    if (n > sizeof(buf) - 3)
        n = sizeof(buf) - 3;
    buf[0] = (uint8_t)session_id;
    buf[1] = (uint8_t)(session_id >> 8);
    buf[2] = type;
    if (n)
        memcpy(buf + 3, body, n);
    frame_send(buf, 3 + n);
}

/* ------------------------------------------------------------- reading */

typedef struct
{
    const uint8_t *p;
    size_t n, pos;
    int err;
} rd;

static int take(rd *r, uint8_t *dst, size_t k)
{
    if (r->err || r->n - r->pos < k) {
        r->err = 1;
        memset(dst, 0, k);
        return -1;
    }
    memcpy(dst, r->p + r->pos, k);
    r->pos += k;
    return 0;
}

static uint64_t rd_uint(rd *r, int bytes)
{
    uint8_t b[8];
    take(r, b, (size_t)bytes);
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | b[i];
    return v;
}

static int32_t rd_i32(rd *r)
{
    return (int32_t)(uint32_t)rd_uint(r, 4);
}

static double rd_f64(rd *r)
{
    uint64_t bits = rd_uint(r, 8);
    double d;
    memcpy(&d, &bits, 8);
    return d;
}

/* ------------------------------------------------------------- replies */

static void put(const void *data, size_t n)
{
    if (D.overflow || n > sizeof(D.out) - D.outpos) {
        D.overflow = 1;
        return;
    }
    memcpy(D.out + D.outpos, data, n);
    D.outpos += n;
}

static void put_uint(uint64_t v, int bytes)
{
    uint8_t b[8];
    for (int i = 0; i < bytes; ++i)
        b[i] = (uint8_t)(v >> (8 * i));
    put(b, (size_t)bytes);
}

static void put_f64(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, 8);
    put_uint(bits, 8);
}

static void reply_begin(int code)
{
    D.outpos = 0;
    D.overflow = 0;
    put_uint(D.session_id, 2);
    put_uint(MSG_NORMAL, 1);
    put_uint(0, 8); /* packet_nbytes, filled in by reply_end */
    put_uint((uint32_t)code, 4);
}

static void reply_exception(const char *msg);

static void reply_end(void)
{
    if (D.overflow) {
        char text[96];
        snprintf(text, sizeof(text), "reply is longer than the host's %d-byte receive buffer", HS_RPC_MAX_PACKET);
        reply_exception(text);
        return;
    }
    uint64_t nbytes = D.outpos - 11;
    for (int i = 0; i < 8; ++i)
        D.out[3 + i] = (uint8_t)(nbytes >> (8 * i));
    frame_send(D.out, D.outpos);
}

static void reply_exception(const char *msg)
{
    size_t n = strlen(msg);
    if (n > 1024)
        n = 1024;
    reply_begin(RPC_EXCEPTION);
    put_uint(1, 4);
    put_uint(11, 4);
    put_uint(n, 8);
    put(msg, n);
    reply_end();
}

static void reply_error(void)
{
    const char *msg = hs_last_error();
    reply_exception(msg[0] ? msg : "function failed (no message)");
}

static void reply_void(void)
{
    reply_begin(RPC_RETURN);
    put_uint(1, 4);
    put_uint(4, 4);
    reply_end();
}

static void reply_handle(uint64_t h)
{
    reply_begin(RPC_RETURN);
    put_uint(1, 4);
    put_uint(3, 4);
    put_uint(h, 8);
    reply_end();
}

static void put_tensor(const DLTensor *t)
{
    put_uint((uint64_t)(uintptr_t)t->data, 8);
    put_uint((uint32_t)t->device.device_type, 4);
    put_uint((uint32_t)t->device.device_id, 4);
    put_uint((uint32_t)t->ndim, 4);
    put_uint(t->dtype.code, 1);
    put_uint(t->dtype.bits, 1);
    put_uint(t->dtype.lanes, 2);
    for (int i = 0; i < t->ndim; ++i)
        put_uint((uint64_t)t->shape[i], 8);
    put_uint(t->byte_offset, 8);
}

/* A CallFunc result: [int: actual type code][value] (three values for an NDArray). */
static void reply_return(const hs_ret *r)
{
    reply_begin(RPC_RETURN);
    put_uint(r->kind == 13 ? 3 : 2, 4);
    put_uint(TC_INT, 4);
    switch (r->kind) {
    case 0:
        put_uint(TC_INT, 4);
        break;
    case 2:
        put_uint(TC_FLOAT, 4);
        break;
    case 9:
    case 10:
        put_uint(kTVMOpaqueHandle, 4);
        break;
    case 11:
    case 12:
        put_uint((uint32_t)r->kind, 4);
        break;
    case 13:
        put_uint(kTVMDLTensorHandle, 4);
        put_uint(kTVMOpaqueHandle, 4);
        break;
    default:
        put_uint(kTVMNullptr, 4);
        break;
    }
    put_uint((uint64_t)(int64_t)(r->kind == 4 || r->kind < 0 ? 4 : r->kind), 8);
    switch (r->kind) {
    case 0:
        put_uint((uint64_t)r->i, 8);
        break;
    case 2:
        put_f64(r->f);
        break;
    case 9:
    case 10:
        put_uint(r->h, 8);
        break;
    case 11:
    case 12:
        put_uint(r->len, 8);
        put(r->bytes, r->len);
        break;
    case 13:
        put_tensor(r->t);
        put_uint(r->h, 8);
        break;
    default:
        break;
    }
    reply_end();
}

/* -------------------------------------------------------------- memory */

static size_t elem_bytes(DLDataType t)
{
    size_t b = ((size_t)t.bits * (t.lanes ? t.lanes : 1) + 7) / 8;
    return b ? b : 1;
}

/* Bytes of a tensor, or -1 when the shape is negative or too large. */
static int64_t tensor_bytes(const DLTensor *t)
{
    int64_t n = 1;
    for (int i = 0; i < t->ndim; ++i) {
        if (t->shape[i] < 0 || t->shape[i] > ((int64_t)1 << 40))
            return -1;
        n *= t->shape[i];
        if (n > ((int64_t)1 << 40))
            return -1;
    }
    return n * (int64_t)elem_bytes(t->dtype);
}

static int inside(const uint8_t *base, size_t size, uintptr_t p, uint64_t off, uint64_t n)
{
    uintptr_t b = (uintptr_t)base;
    if (p < b || p - b > size)
        return 0;
    uint64_t start = (uint64_t)(p - b);
    return off <= size - start && n <= size - start - off;
}

/* Whether [p + off, p + off + n) is device memory: an allocation or a model tensor. */
static int region_ok(uintptr_t p, uint64_t off, uint64_t n)
{
    if (p == 0)
        return 0;
    for (int i = 0; i < D.nallocs; ++i)
        if (inside(D.allocs[i].p, D.allocs[i].n, p, off, n))
            return 1;
    if (D.setup_done)
        for (int m = 0; m < hs_num_modules; ++m) {
            const hs_module *mod = &hs_modules[m];
            for (int i = 0; i < mod->num_inputs; ++i)
                if (inside((const uint8_t *)mod->inputs[i].data, mod->inputs[i].nbytes, p, off, n))
                    return 1;
            for (int i = 0; i < mod->num_outputs; ++i)
                if (inside((const uint8_t *)mod->outputs[i].data, mod->outputs[i].nbytes, p, off, n))
                    return 1;
        }
    return 0;
}

static int check_tensor(const DLTensor *t, const char *what)
{
    if (t->device.device_type != kDLCPU)
        return hs_fail("%s: device type %d is not the CPU (1)", what, (int)t->device.device_type);
    int64_t bytes = tensor_bytes(t);
    if (bytes < 0)
        return hs_fail("%s: invalid shape", what);
    if (!region_ok((uintptr_t)t->data, t->byte_offset, (uint64_t)bytes))
        return hs_fail("%s: data 0x%llx (offset %llu, %lld bytes) is not device memory", what,
                       (unsigned long long)(uintptr_t)t->data, (unsigned long long)t->byte_offset, (long long)bytes);
    return 0;
}

static void *device_alloc(size_t nbytes, size_t align)
{
    if (D.nallocs >= MAX_ALLOCS || nbytes > MAX_ALLOC_BYTES - D.alloc_bytes) {
        hs_fail("out of device memory (%d allocations, %zu bytes in use)", D.nallocs, D.alloc_bytes);
        return NULL;
    }
    if (align < 64)
        align = 64;
    size_t size = (nbytes + align - 1) / align * align;
    if (size == 0)
        size = align;
    uint8_t *p = (uint8_t *)aligned_alloc(align, size);
    if (p == NULL) {
        hs_fail("out of memory allocating %zu bytes", nbytes);
        return NULL;
    }
    memset(p, 0, size);
    D.allocs[D.nallocs].p = p;
    D.allocs[D.nallocs].n = nbytes;
    D.nallocs++;
    D.alloc_bytes += nbytes;
    return p;
}

static int device_free(uint64_t h)
{
    for (int i = 0; i < D.nallocs; ++i)
        if ((uint64_t)(uintptr_t)D.allocs[i].p == h) {
            D.alloc_bytes -= D.allocs[i].n;
            free(D.allocs[i].p);
            D.allocs[i] = D.allocs[--D.nallocs];
            return 0;
        }
    return hs_fail("DevFreeData: 0x%llx was not allocated by this device", (unsigned long long)h);
}

void hs_rpc_release(void)
{
    for (int i = 0; i < D.nallocs; ++i)
        free(D.allocs[i].p);
    D.nallocs = 0;
    D.alloc_bytes = 0;
    D.aot_module = -1;
    memset(D.timers, 0, sizeof(D.timers));
    D.timer_counter = 0;
    D.next_timer = 0;
}

/* -------------------------------------------------------------- decoding */

static int read_tensor(rd *r, DLTensor *t, int64_t *shape)
{
    memset(t, 0, sizeof(*t));
    t->data = (void *)(uintptr_t)rd_uint(r, 8);
    t->device.device_type = (DLDeviceType)rd_i32(r);
    t->device.device_id = rd_i32(r);
    int32_t ndim = rd_i32(r);
    t->dtype.code = (uint8_t)rd_uint(r, 1);
    t->dtype.bits = (uint8_t)rd_uint(r, 1);
    t->dtype.lanes = (uint16_t)rd_uint(r, 2);
    if (r->err)
        return hs_fail("request ends inside a DLTensor");
    if (ndim < 0 || ndim > MAX_NDIM)
        return hs_fail("DLTensor: ndim %d is not in 0..%d", (int)ndim, MAX_NDIM);
    t->ndim = ndim;
    for (int i = 0; i < ndim; ++i)
        shape[i] = (int64_t)rd_uint(r, 8);
    t->shape = shape;
    t->strides = NULL;
    t->byte_offset = rd_uint(r, 8);
    if (r->err)
        return hs_fail("request ends inside a DLTensor");
    return 0;
}

static const char *keep_string(const uint8_t *p, size_t n)
{
    char *s = D.strings + D.strpos;
    memcpy(s, p, n);
    s[n] = '\0';
    D.strpos += n + 1;
    return s;
}

/* Decodes a packed sequence into D.args; returns the argument count or -1. */
static int read_args(rd *r)
{
    int32_t n = rd_i32(r);
    if (r->err)
        return hs_fail("request ends before its arguments");
    if (n < 0 || n > MAX_ARGS)
        return hs_fail("%d arguments: this device takes 0..%d", (int)n, MAX_ARGS);
    D.strpos = 0;
    for (int i = 0; i < n; ++i) {
        memset(&D.args[i], 0, sizeof(D.args[i]));
        D.args[i].tcode = rd_i32(r);
    }
    if (r->err)
        return hs_fail("request ends inside its type codes");
    for (int i = 0; i < n; ++i) {
        hs_arg *a = &D.args[i];
        switch (a->tcode) {
        case TC_INT:
        case TC_UINT:
        case TC_BOOL:
            a->i = (int64_t)rd_uint(r, 8);
            break;
        case TC_FLOAT:
            a->f = rd_f64(r);
            break;
        case kTVMOpaqueHandle:
        case kTVMModuleHandle:
        case kTVMPackedFuncHandle:
            a->h = rd_uint(r, 8);
            break;
        case kTVMObjectHandle:
            (void)rd_uint(r, 4);
            a->h = rd_uint(r, 8);
            break;
        case kTVMNullptr:
            break;
        case kTVMDataType:
            a->dtype.code = (uint8_t)rd_uint(r, 1);
            a->dtype.bits = (uint8_t)rd_uint(r, 1);
            a->dtype.lanes = (uint16_t)rd_uint(r, 2);
            (void)rd_uint(r, 4);
            break;
        case kDLDevice:
            a->dev.device_type = (DLDeviceType)rd_i32(r);
            a->dev.device_id = rd_i32(r);
            break;
        case kTVMDLTensorHandle:
            a->t = &D.tensors[i];
            if (read_tensor(r, a->t, D.shapes[i]) != 0)
                return -1;
            break;
        case kTVMStr:
        case kTVMBytes: {
            uint64_t len = rd_uint(r, 8);
            if (r->err || len > r->n - r->pos)
                return hs_fail("argument %d: string longer than the request", i);
            a->len = (size_t)len;
            a->s = keep_string(r->p + r->pos, a->len);
            r->pos += a->len;
            break;
        }
        default:
            return hs_fail("argument %d: type code %d is not supported", i, a->tcode);
        }
        if (r->err)
            return hs_fail("request ends inside argument %d", i);
    }
    return n;
}

static int want_args(const char *fn, int n, int want)
{
    if (n != want)
        return hs_fail("%s: want %d arguments, got %d", fn, want, n);
    return 0;
}

static int want_type(const char *fn, int i, int tcode)
{
    if (D.args[i].tcode != tcode)
        return hs_fail("%s: argument %d has type code %d, want %d", fn, i, D.args[i].tcode, tcode);
    return 0;
}

static int is_module_arg(int i)
{
    return D.args[i].tcode == kTVMModuleHandle || D.args[i].tcode == kTVMOpaqueHandle;
}

static int is_int_arg(int i)
{
    return D.args[i].tcode == TC_INT || D.args[i].tcode == TC_UINT || D.args[i].tcode == TC_BOOL;
}

/* ------------------------------------------------------------- functions */

static uint32_t func_handle(int module, int index)
{
    return ((uint32_t)(0x8000 | module) << 16) | (uint32_t)(0x8000 | index);
}

/* Index of a function of a module by name, or -1. */
static int module_lookup(uint64_t module, const char *name)
{
    if (module == 0x8000 + MOD_SYSLIB) {
        for (int i = 0; i < hs_num_syslib; ++i)
            if (strcmp(hs_syslib[i].name, name) == 0)
                return i;
    } else if (module == 0x8000 + MOD_AOT && D.aot_module >= 0) {
        for (int i = 0; i < NUM_AOT_FUNCS; ++i)
            if (strcmp(k_aot_funcs[i], name) == 0)
                return i;
    }
    return -1;
}

static int module_ok(uint64_t module)
{
    return module == 0x8000 + MOD_SYSLIB || (module == 0x8000 + MOD_AOT && D.aot_module >= 0);
}

static int call_syslib(int index, int n)
{
    TVMValue values[MAX_ARGS], rv;
    int32_t codes[MAX_ARGS], rcode = kTVMNullptr;
    const char *name = hs_syslib[index].name;
    for (int i = 0; i < n; ++i) {
        hs_arg *a = &D.args[i];
        switch (a->tcode) {
        case kTVMDLTensorHandle: {
            char what[160];
            snprintf(what, sizeof(what), "%s: argument %d", name, i);
            if (check_tensor(a->t, what) != 0)
                return -1;
            values[i].v_handle = a->t;
            codes[i] = kTVMDLTensorHandle;
            break;
        }
        case TC_INT:
        case TC_UINT:
        case TC_BOOL:
            values[i].v_int64 = a->i;
            codes[i] = TC_INT;
            break;
        case TC_FLOAT:
            values[i].v_float64 = a->f;
            codes[i] = TC_FLOAT;
            break;
        case kTVMNullptr:
            values[i].v_handle = NULL;
            codes[i] = kTVMNullptr;
            break;
        case kTVMStr:
            values[i].v_str = a->s;
            codes[i] = kTVMStr;
            break;
        default:
            return hs_fail("%s: argument %d: type code %d cannot be passed to an operator", name, i, a->tcode);
        }
    }
    TVMAPISetLastError("");
    int rc = hs_syslib[index].func(values, codes, n, &rv, &rcode, NULL);
    if (rc != 0) {
        if (hs_last_error()[0] == '\0')
            hs_fail("%s failed with code %d", name, rc);
        return -1;
    }
    return 0;
}

static hs_tensor *aot_tensor(int output, int index)
{
    hs_module *m = &hs_modules[D.aot_module];
    if (output)
        return index >= 0 && index < m->num_outputs ? &m->outputs[index] : NULL;
    return index >= 0 && index < m->num_inputs ? &m->inputs[index] : NULL;
}

static int aot_input_index(const char *name)
{
    hs_module *m = &hs_modules[D.aot_module];
    for (int i = 0; i < m->num_inputs; ++i)
        if (strcmp(m->inputs[i].name, name) == 0)
            return i;
    return -1;
}

static int ndarray_of(hs_tensor *t, hs_ret *ret)
{
    DLTensor *d = &D.ret_tensor;
    memset(d, 0, sizeof(*d));
    d->data = t->data;
    d->device.device_type = kDLCPU;
    d->device.device_id = 0;
    d->ndim = t->ndim;
    d->dtype = t->type;
    d->shape = (int64_t *)t->shape;
    ret->kind = 13;
    ret->t = d;
    ret->h = (uint64_t)(uintptr_t)t;
    return 0;
}

static int call_aot(int index, int n, hs_ret *ret)
{
    const char *name = k_aot_funcs[index];
    hs_module *m = &hs_modules[D.aot_module];
    switch (index) {
    case 0: /* get_input(int index | str name) */
    case 1: /* get_output(int index) */
    {
        if (want_args(name, n, 1) != 0)
            return -1;
        int i = -1;
        if (is_int_arg(0))
            i = D.args[0].i < 0 || D.args[0].i > 1000000 ? -1 : (int)D.args[0].i;
        else if (index == 0 && D.args[0].tcode == kTVMStr)
            i = aot_input_index(D.args[0].s);
        else
            return hs_fail("%s: argument 0 has type code %d", name, D.args[0].tcode);
        hs_tensor *t = aot_tensor(index == 1, i);
        if (t == NULL)
            return hs_fail("%s: no such %s (error 0x702)", name, index == 1 ? "output" : "input");
        return ndarray_of(t, ret);
    }
    case 2:
    case 3:
        if (want_args(name, n, 0) != 0)
            return -1;
        ret->kind = 0;
        ret->i = index == 2 ? m->num_inputs : m->num_outputs;
        return 0;
    case 4:
        if (want_args(name, n, 1) != 0 || want_type(name, 0, kTVMStr) != 0)
            return -1;
        ret->kind = 0;
        ret->i = aot_input_index(D.args[0].s);
        return 0;
    case 5: {
        if (want_args(name, n, 1) != 0)
            return -1;
        if (!is_int_arg(0))
            return hs_fail("%s: argument 0 has type code %d, want 0", name, D.args[0].tcode);
        hs_tensor *t = aot_tensor(0, D.args[0].i < 0 || D.args[0].i > 1000000 ? -1 : (int)D.args[0].i);
        if (t == NULL)
            return hs_fail("%s: no such input (error 0x702)", name);
        ret->kind = 11;
        ret->bytes = (const uint8_t *)t->name;
        ret->len = strlen(t->name);
        return 0;
    }
    case 6:
        TVMAPISetLastError("");
        if (m->run() != 0) {
            if (hs_last_error()[0] == '\0')
                hs_fail("run: module %s failed", m->name);
            return -1;
        }
        return 0;
    default:
        return hs_fail("%s is not implemented (error 0x802)", name);
    }
}

static int invoke(uint64_t handle, int n, hs_ret *ret);

static int run_timer(hs_timer *tm, int n, hs_ret *ret)
{
    hs_ret ignored;
    memset(&ignored, 0, sizeof(ignored));
    if (invoke(tm->target, n, &ignored) != 0) /* warm-up */
        return -1;
    double number = (double)tm->number;
    int64_t zero_runs = 0;
    for (int64_t r = 0; r < tm->repeat; ++r) {
        if (tm->cooldown_ms > 0 && r > 0 && r % tm->repeats_to_cooldown == 0 && D.sleep_ms)
            D.sleep_ms((double)tm->cooldown_ms);
        double elapsed = 0;
        for (;;) {
            int64_t count = (int64_t)number;
            double t0 = D.clock ? D.clock() : 0;
            for (int64_t k = 0; k < count; ++k)
                if (invoke(tm->target, n, &ignored) != 0)
                    return -1;
            elapsed = (D.clock ? D.clock() : 0) - t0;
            if (tm->min_repeat_ms <= 0 || elapsed * 1e3 >= (double)tm->min_repeat_ms ||
                number >= HS_RPC_MAX_TIMER_NUMBER)
                break;
            if (elapsed <= 0) {
                if (++zero_runs >= tm->limit_zero)
                    break;
                number = number * 1.618 + 1;
            } else {
                double needed = (double)tm->min_repeat_ms / (elapsed * 1e3 / number) + 1;
                number = fmax(needed, number * 1.618);
            }
            if (number > HS_RPC_MAX_TIMER_NUMBER)
                number = HS_RPC_MAX_TIMER_NUMBER;
        }
        double per_call = elapsed / (double)(int64_t)number;
        uint64_t bits;
        memcpy(&bits, &per_call, 8);
        for (int i = 0; i < 8; ++i)
            D.times[r * 8 + i] = (uint8_t)(bits >> (8 * i));
    }
    ret->kind = 12;
    ret->bytes = D.times;
    ret->len = (size_t)tm->repeat * 8;
    return 0;
}

static int global_time_evaluator(int n, hs_ret *ret)
{
    const char *fn = "runtime.RPCTimeEvaluator";
    if (n != 12 && n != 11)
        return hs_fail("%s: want 12 arguments (11 before TVM 0.14), got %d", fn, n);
    if (!is_module_arg(0) || want_type(fn, 1, kTVMStr) != 0)
        return hs_fail("%s: want a module and a function name first", fn);
    int64_t v[9];
    for (int i = 2; i < n - 1; ++i) {
        if (D.args[i].tcode != TC_INT)
            return hs_fail("%s: argument %d has type code %d, want 0 (error 0x801)", fn, i, D.args[i].tcode);
        v[i - 2] = D.args[i].i;
    }
    if (D.args[n - 1].tcode != kTVMStr && D.args[n - 1].tcode != kTVMNullptr)
        return hs_fail("%s: argument %d (f_preproc) has type code %d, want 11", fn, n - 1, D.args[n - 1].tcode);
    uint64_t module = D.args[0].h;
    if (!module_ok(module))
        return hs_fail("%s: invalid module handle 0x%llx", fn, (unsigned long long)module);
    int index = module_lookup(module, D.args[1].s);
    if (index < 0)
        return hs_fail("%s: module has no function %s", fn, D.args[1].s);
    hs_timer tm;
    memset(&tm, 0, sizeof(tm));
    tm.number = v[2];
    tm.repeat = v[3];
    tm.min_repeat_ms = v[4];
    tm.limit_zero = v[5];
    tm.cooldown_ms = v[6];
    tm.repeats_to_cooldown = v[7];
    if (tm.number < 1 || (double)tm.number > HS_RPC_MAX_TIMER_NUMBER)
        return hs_fail("%s: number %lld is not in 1..%g", fn, (long long)tm.number, (double)HS_RPC_MAX_TIMER_NUMBER);
    if (tm.repeat < 1 || tm.repeat > MAX_REPEAT)
        return hs_fail("%s: repeat %lld is not in 1..%d", fn, (long long)tm.repeat, MAX_REPEAT);
    if (tm.min_repeat_ms < 0 || tm.min_repeat_ms > MAX_MIN_REPEAT_MS)
        return hs_fail("%s: min_repeat_ms %lld is not in 0..%d", fn, (long long)tm.min_repeat_ms, MAX_MIN_REPEAT_MS);
    if (tm.cooldown_ms < 0 || tm.cooldown_ms > MAX_COOLDOWN_MS)
        return hs_fail("%s: cooldown_interval_ms %lld is not in 0..%d", fn, (long long)tm.cooldown_ms,
                       MAX_COOLDOWN_MS);
    if (tm.cooldown_ms > 0 && tm.repeats_to_cooldown < 1)
        return hs_fail("%s: repeats_to_cooldown must be at least 1 with a cooldown", fn);
    tm.used = 1;
    tm.target = func_handle((int)(module & 0x7FFF), index);
    D.timer_counter = D.timer_counter >= 0x7FFF ? 1 : D.timer_counter + 1;
    tm.handle = TIMER_BASE + D.timer_counter;
    D.timers[D.next_timer] = tm; /* the oldest evaluator is reused when all are taken */
    D.next_timer = (D.next_timer + 1) % MAX_TIMERS;
    ret->kind = 10;
    ret->h = tm.handle;
    return 0;
}

static int call_global(int index, int n, hs_ret *ret)
{
    const char *fn = k_globals[index];
    switch (index) {
    case 0: /* runtime.SystemLib */
        ret->kind = 9;
        ret->h = 0x8000 + MOD_SYSLIB;
        return 0;
    case 1: { /* tvm.rpc.server.ModuleGetFunction(module, name, query_imports) */
        if (n != 2 && n != 3)
            return hs_fail("%s: want 3 arguments, got %d", fn, n);
        if (!is_module_arg(0) || want_type(fn, 1, kTVMStr) != 0)
            return hs_fail("%s: want a module and a function name", fn);
        uint64_t module = D.args[0].h;
        if (!module_ok(module))
            return hs_fail("%s: invalid module handle 0x%llx", fn, (unsigned long long)module);
        int i = module_lookup(module, D.args[1].s);
        if (i < 0) {
            ret->kind = 4; /* no such function: a null function, as the CRT answers */
            return 0;
        }
        ret->kind = 10;
        ret->h = func_handle((int)(module & 0x7FFF), i);
        return 0;
    }
    case 2:
        return global_time_evaluator(n, ret);
    case 3: /* tvm.rpc.server.GetCRTMaxPacketSize */
        ret->kind = 0;
        ret->i = HS_RPC_MAX_PACKET - 11;
        return 0;
    case 4: { /* tvm.contrib.random.random_fill(tensor) */
        if (want_args(fn, n, 1) != 0 || want_type(fn, 0, kTVMDLTensorHandle) != 0)
            return -1;
        if (check_tensor(D.args[0].t, fn) != 0)
            return -1;
        uint8_t *p = (uint8_t *)D.args[0].t->data + D.args[0].t->byte_offset;
        int64_t bytes = tensor_bytes(D.args[0].t);
        for (int64_t k = 0; k < bytes; ++k) {
            D.rng ^= D.rng >> 12;
            D.rng ^= D.rng << 25;
            D.rng ^= D.rng >> 27;
            p[k] = (uint8_t)((D.rng * 0x2545F4914F6CDD1DULL) >> 56);
        }
        return 0;
    }
    case 5: { /* tvm.aot_executor.create(module, device, name) */
        if (want_args(fn, n, 3) != 0)
            return -1;
        if (!is_module_arg(0) || D.args[0].h != 0x8000 + MOD_SYSLIB)
            return hs_fail("%s: argument 0 must be the system library (0x8000)", fn);
        if (want_type(fn, 1, kDLDevice) != 0 || want_type(fn, 2, kTVMStr) != 0)
            return -1;
        if (D.args[1].dev.device_type != kDLCPU)
            return hs_fail("%s: device type %d is not the CPU (1)", fn, (int)D.args[1].dev.device_type);
        if (D.aot_module >= 0)
            return hs_fail("%s: an AOT executor was already created since boot (error 0x700)", fn);
        for (int m = 0; m < hs_num_modules; ++m)
            if (strcmp(hs_modules[m].name, D.args[2].s) == 0) {
                if (!D.setup_done)
                    return hs_fail("%s: module setup failed: %s", fn, hs_last_error());
                D.aot_module = m;
                ret->kind = 9;
                ret->h = 0x8000 + MOD_AOT;
                return 0;
            }
        return hs_fail("%s: no module named %s", fn, D.args[2].s);
    }
    }
    return hs_fail("invalid function index: %04x", index);
}

/* Calls the function behind a handle with the decoded arguments. */
static int invoke(uint64_t handle, int n, hs_ret *ret)
{
    ret->kind = 4;
    if (handle >> 32)
        return hs_fail("invalid function handle: 0x%llx", (unsigned long long)handle);
    uint32_t h = (uint32_t)handle;
    if (h > TIMER_BASE) {
        for (int i = 0; i < MAX_TIMERS; ++i)
            if (D.timers[i].used && D.timers[i].handle == h)
                return run_timer(&D.timers[i], n, ret);
        return hs_fail("invalid time evaluator handle: %08x (error 0x900)", h);
    }
    unsigned module = h >> 16, index = h & 0xFFFF;
    if (!(module & 0x8000) || !(index & 0x8000))
        return hs_fail("invalid function handle: %08x", h);
    module &= 0x7FFF;
    index &= 0x7FFF;
    switch (module) {
    case MOD_SYSLIB:
        if ((int)index >= hs_num_syslib)
            return hs_fail("invalid function index: %04x", index);
        return call_syslib((int)index, n);
    case MOD_AOT:
        if (D.aot_module < 0)
            return hs_fail("invalid module index: %04x", module);
        if ((int)index >= NUM_AOT_FUNCS)
            return hs_fail("invalid function index: %04x", index);
        return call_aot((int)index, n, ret);
    case MOD_GLOBAL:
        if ((int)index >= NUM_GLOBALS)
            return hs_fail("invalid function index: %04x", index);
        return call_global((int)index, n, ret);
    default:
        return hs_fail("invalid module index: %04x", module);
    }
}

/* ------------------------------------------------------------- requests */

static void syscall(int code, rd *r)
{
    int n = read_args(r);
    if (n < 0) {
        reply_error();
        return;
    }
    switch (code) {
    case RPC_GET_GLOBAL_FUNC: {
        if (want_args("GetGlobalFunc", n, 1) != 0 || want_type("GetGlobalFunc", 0, kTVMStr) != 0)
            break;
        uint64_t h = 0; /* unknown names get handle 0, as on the CRT */
        for (int i = 0; i < NUM_GLOBALS; ++i)
            if (strcmp(k_globals[i], D.args[0].s) == 0)
                h = func_handle(MOD_GLOBAL, i);
        reply_handle(h);
        return;
    }
    case RPC_FREE_HANDLE: {
        if (want_args("FreeHandle", n, 2) != 0)
            break;
        int t = D.args[0].tcode;
        if (t != kTVMOpaqueHandle && t != kTVMModuleHandle && t != kTVMPackedFuncHandle && t != kTVMObjectHandle)
            hs_fail("FreeHandle: argument 0 has type code %d, want a handle", t);
        else if (!is_int_arg(1))
            hs_fail("FreeHandle: argument 1 has type code %d, want 0", D.args[1].tcode);
        else {
            for (int i = 0; i < MAX_TIMERS; ++i)
                if (D.timers[i].used && D.timers[i].handle == D.args[0].h)
                    D.timers[i].used = 0;
            reply_void();
            return;
        }
        break;
    }
    case RPC_DEV_SET_DEVICE:
        hs_fail("SetDevice not supported");
        break;
    case RPC_DEV_GET_ATTR:
        hs_fail("GetAttr not supported");
        break;
    case RPC_DEV_ALLOC_DATA: {
        const char *fn = "DevAllocData";
        if (want_args(fn, n, 4) != 0 || want_type(fn, 0, kDLDevice) != 0 || want_type(fn, 1, TC_INT) != 0 ||
            want_type(fn, 2, TC_INT) != 0 || want_type(fn, 3, kTVMDataType) != 0)
            break;
        int64_t nbytes = D.args[1].i, align = D.args[2].i;
        if (D.args[0].dev.device_type != kDLCPU) {
            hs_fail("%s: device type %d is not the CPU (1)", fn, (int)D.args[0].dev.device_type);
            break;
        }
        if (nbytes < 0 || (uint64_t)nbytes > MAX_ALLOC_BYTES) {
            hs_fail("%s: %lld bytes is out of range", fn, (long long)nbytes);
            break;
        }
        if (align < 1 || align > 4096 || (align & (align - 1))) {
            hs_fail("%s: alignment %lld is not a power of two up to 4096", fn, (long long)align);
            break;
        }
        void *p = device_alloc((size_t)nbytes, (size_t)align);
        if (p == NULL)
            break;
        reply_handle((uint64_t)(uintptr_t)p);
        return;
    }
    case RPC_DEV_ALLOC_DATA_WITH_SCOPE: {
        const char *fn = "DevAllocDataWithScope";
        if (want_args(fn, n, 2) != 0 || want_type(fn, 0, kTVMDLTensorHandle) != 0)
            break;
        if (D.args[1].tcode != kTVMNullptr &&
            (D.args[1].tcode != kTVMStr || (strcmp(D.args[1].s, "global") != 0 && D.args[1].s[0] != '\0'))) {
            hs_fail("%s: memory scope must be null or \"global\"", fn);
            break;
        }
        DLTensor *t = D.args[0].t;
        if (t->device.device_type != kDLCPU) {
            hs_fail("%s: device type %d is not the CPU (1)", fn, (int)t->device.device_type);
            break;
        }
        int64_t bytes = tensor_bytes(t);
        if (bytes < 0 || (uint64_t)bytes > MAX_ALLOC_BYTES) {
            hs_fail("%s: tensor size out of range", fn);
            break;
        }
        size_t align = 64;
        while (align < elem_bytes(t->dtype) && align < 4096)
            align <<= 1;
        void *p = device_alloc((size_t)bytes, align);
        if (p == NULL)
            break;
        reply_handle((uint64_t)(uintptr_t)p);
        return;
    }
    case RPC_DEV_FREE_DATA:
        if (want_args("DevFreeData", n, 2) != 0 || want_type("DevFreeData", 0, kDLDevice) != 0 ||
            want_type("DevFreeData", 1, kTVMOpaqueHandle) != 0)
            break;
        if (device_free(D.args[1].h) != 0)
            break;
        reply_void();
        return;
    case RPC_DEV_STREAM_SYNC:
        reply_void();
        return;
    default:
        hs_fail("Syscall not recognized: %d", code);
        break;
    }
    reply_error();
}

static void copy_request(int code, rd *r)
{
    DLTensor *t = &D.tensors[MAX_ARGS];
    if (read_tensor(r, t, D.shapes[MAX_ARGS]) != 0) {
        reply_error();
        return;
    }
    uint64_t nbytes = rd_uint(r, 8);
    const char *fn = code == RPC_COPY_TO_REMOTE ? "CopyToRemote" : "CopyFromRemote";
    if (r->err) {
        reply_exception("copy request ends before its byte count");
        return;
    }
    if (t->device.device_type != kDLCPU) {
        hs_fail("%s: device type %d is not the CPU (1)", fn, (int)t->device.device_type);
        reply_error();
        return;
    }
    if (code == RPC_COPY_TO_REMOTE && nbytes > r->n - r->pos) {
        hs_fail("%s: %llu bytes announced, %zu sent", fn, (unsigned long long)nbytes, r->n - r->pos);
        reply_error();
        return;
    }
    if (code == RPC_COPY_FROM_REMOTE && nbytes > MAX_REPLY - 3 - 8 - 4) {
        hs_fail("%s: %llu bytes do not fit one reply (at most %d)", fn, (unsigned long long)nbytes,
                MAX_REPLY - 3 - 8 - 4);
        reply_error();
        return;
    }
    if (!region_ok((uintptr_t)t->data, t->byte_offset, nbytes)) {
        hs_fail("%s: 0x%llx + %llu (%llu bytes) is not device memory", fn, (unsigned long long)(uintptr_t)t->data,
                (unsigned long long)t->byte_offset, (unsigned long long)nbytes);
        reply_error();
        return;
    }
    uint8_t *p = (uint8_t *)t->data + t->byte_offset;
    if (code == RPC_COPY_TO_REMOTE) {
        memcpy(p, r->p + r->pos, (size_t)nbytes);
        reply_void();
    } else {
        reply_begin(RPC_COPY_ACK);
        put(p, (size_t)nbytes);
        reply_end();
    }
}

static void rpc_packet(const uint8_t *body, size_t n)
{
    rd r = {body, n, 0, 0};
    uint64_t nbytes = rd_uint(&r, 8);
    if (r.err || nbytes == 0) /* too short to be a packet, or an empty one: ignored */
        return;
    if (nbytes > n - 8) {
        char msg[128];
        snprintf(msg, sizeof(msg), "RPC packet of %llu bytes is longer than its message (%zu)",
                 (unsigned long long)nbytes, n - 8);
        reply_exception(msg);
        return;
    }
    r.n = 8 + (size_t)nbytes; /* anything after the packet is discarded */
    int32_t code = rd_i32(&r);
    if (r.err) {
        reply_exception("RPC packet too short for its code");
        return;
    }
    switch (code) {
    case RPC_SHUTDOWN:
        D.shutdown = 1;
        return;
    case RPC_INIT_SERVER:
        reply_void();
        return;
    case RPC_CALL_FUNC: {
        uint64_t handle = rd_uint(&r, 8);
        if (r.err) {
            reply_exception("CallFunc: request ends before the function handle");
            return;
        }
        int nargs = read_args(&r);
        hs_ret ret;
        memset(&ret, 0, sizeof(ret));
        if (nargs < 0 || invoke(handle, nargs, &ret) != 0) {
            reply_error();
            return;
        }
        reply_return(&ret);
        return;
    }
    case RPC_COPY_FROM_REMOTE:
    case RPC_COPY_TO_REMOTE:
        copy_request(code, &r);
        return;
    default:
        if (code >= RPC_GET_GLOBAL_FUNC && code <= RPC_DEV_GET_CURRENT_STREAM) {
            syscall(code, &r);
            return;
        }
        {
            char msg[64];
            snprintf(msg, sizeof(msg), "unknown RPC code %d", (int)code);
            reply_exception(msg);
        }
    }
}

/* --------------------------------------------------------------- session */

static uint8_t next_nonce(uint8_t n)
{
    unsigned v = ((((unsigned)n << 5) | ((unsigned)n >> 5)) + 1) & 0xFF;
    return (uint8_t)(v ? v : 1);
}

static void session_message(const uint8_t *p, size_t n)
{
    if (n < 3)
        return;
    uint16_t sid = (uint16_t)(p[0] | (p[1] << 8));
    uint8_t type = p[2];
    const uint8_t *body = p + 3;
    size_t len = n - 3;
    switch (type) {
    case MSG_INIT:
        if ((sid & 0xFF) != 0 && len == 1 && body[0] == 0x01) {
            D.nonce = next_nonce(D.nonce);
            D.session_id = (uint16_t)((sid & 0xFF) | (D.nonce << 8));
            uint8_t version = 0x01;
            send_message(D.session_id, MSG_REPLY, &version, 1);
            D.session_state = SESSION_ESTABLISHED;
        }
        break;
    case MSG_REPLY:
        if (D.session_state == SESSION_ESTABLISHED && (sid >> 8) != 0)
            D.session_state = SESSION_RESET;
        break;
    case MSG_TERMINATE:
        if (D.session_state == SESSION_ESTABLISHED)
            D.session_state = SESSION_NONE;
        break;
    case MSG_NORMAL:
        /* A stale session id is dropped (a CRT would block its receive buffer). */
        if (D.session_state == SESSION_ESTABLISHED && sid == D.session_id)
            rpc_packet(body, len);
        break;
    default: /* Log and unknown types: nothing to do */
        break;
    }
}

/* -------------------------------------------------------------- unframer */

static void uf_start(void)
{
    D.uf_state = UF_LENGTH;
    D.uf_escape = 0;
    D.uf_lenpos = 0;
    D.uf_crc = crc_update(crc_update(0xFFFF, 0xFF), 0xFD);
}

static void uf_deliver(uint8_t b)
{
    switch (D.uf_state) {
    case UF_LENGTH:
        D.uf_len[D.uf_lenpos++] = b;
        if (D.uf_lenpos == 4) {
            D.uf_size = (uint32_t)D.uf_len[0] | ((uint32_t)D.uf_len[1] << 8) | ((uint32_t)D.uf_len[2] << 16) |
                        ((uint32_t)D.uf_len[3] << 24);
            D.uf_got = 0;
            D.uf_crcpos = 0;
            /* Larger than the receive buffer: the payload is read and dropped. */
            D.uf_discard = D.uf_size > HS_RPC_MAX_PACKET;
            D.uf_state = D.uf_size == 0 ? UF_CRC : UF_PAYLOAD;
        }
        break;
    case UF_PAYLOAD:
        if (!D.uf_discard)
            D.rx[D.uf_got] = b;
        if (++D.uf_got == D.uf_size)
            D.uf_state = UF_CRC;
        break;
    case UF_CRC:
        D.uf_crcbuf[D.uf_crcpos++] = b;
        if (D.uf_crcpos == 2) {
            D.uf_state = UF_FIND_START;
            D.uf_escape = 0;
            uint16_t crc = (uint16_t)(D.uf_crcbuf[0] | (D.uf_crcbuf[1] << 8));
            if (!D.uf_discard && crc == D.uf_crc)
                session_message(D.rx, D.uf_size);
        }
        break;
    default:
        break;
    }
}

static void uf_byte(uint8_t b)
{
    if (D.uf_state == UF_FIND_START) {
        if (D.uf_escape && b == 0xFD)
            uf_start();
        else
            D.uf_escape = (b == 0xFF);
        return;
    }
    int in_crc = D.uf_state == UF_CRC;
    if (D.uf_escape) {
        D.uf_escape = 0;
        if (b == 0xFD) { /* a new packet starts: the current one is abandoned */
            uf_start();
            return;
        }
        if (b == 0xFE) { /* nop; its raw bytes count in the CRC */
            if (!in_crc)
                D.uf_crc = crc_update(crc_update(D.uf_crc, 0xFF), 0xFE);
            return;
        }
        if (b != 0xFF) { /* invalid escape */
            D.uf_state = UF_FIND_START;
            return;
        }
        if (!in_crc)
            D.uf_crc = crc_update(crc_update(D.uf_crc, 0xFF), 0xFF);
        uf_deliver(0xFF);
        return;
    }
    if (b == 0xFF) {
        D.uf_escape = 1;
        return;
    }
    if (!in_crc)
        D.uf_crc = crc_update(D.uf_crc, b);
    uf_deliver(b);
}

/* ------------------------------------------------------------------ API */

static void send_log(const char *text)
{
    uint8_t buf[3 + 64];
    size_t n = strlen(text);
    if (n > 64)
        n = 64;
    buf[0] = buf[1] = 0;
    buf[2] = MSG_LOG;
    memcpy(buf + 3, text, n);
    frame_send(buf, 3 + n);
}

void hs_rpc_init(hs_rpc_write_fn write, void *ctx, hs_rpc_clock_fn clock, hs_rpc_sleep_fn sleep_ms, uint8_t nonce)
{
    hs_rpc_release();
    if (crc_table[1] == 0)
        crc_init();
    D.write = write;
    D.ctx = ctx;
    D.clock = clock;
    D.sleep_ms = sleep_ms;
    D.shutdown = 0;
    D.fresh = 1;
    D.uf_state = UF_FIND_START;
    D.uf_escape = 0;
    D.session_state = SESSION_NONE;
    D.session_id = 0;
    D.nonce = nonce ? nonce : 1;
    D.rng = 0x9E3779B97F4A7C15ULL ^ nonce;
    D.setup_done = 1;
    for (int m = 0; m < hs_num_modules; ++m)
        if (hs_modules[m].setup() != 0)
            D.setup_done = 0;
    send_message(0, MSG_TERMINATE, NULL, 0);
    send_log(D.setup_done ? "microTVM host-sim runtime - running" : "microTVM host-sim runtime - module setup failed");
}

int hs_rpc_feed(const uint8_t *data, size_t n)
{
    for (size_t i = 0; i < n && !D.shutdown; ++i)
        uf_byte(data[i]);
    return D.shutdown;
}
