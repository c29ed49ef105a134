/*
 * Host simulator: the runtime services TVM-generated code calls
 * (workspace allocation, error reporting, function lookup, parallel launch).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostsim.h"

/* ---------------------------------------------------------------- errors */

static char hs_error_text[1024];

int hs_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(hs_error_text, sizeof(hs_error_text), fmt, ap);
    va_end(ap);
    return -1;
}

const char *hs_last_error(void)
{
    return hs_error_text;
}

void TVMAPISetLastError(const char *msg)
{
    snprintf(hs_error_text, sizeof(hs_error_text), "%s", msg ? msg : "");
}

const char *TVMGetLastError(void)
{
    return hs_error_text;
}

/* ------------------------------------------------------------- workspace */

/*
 * A stack allocator over one arena: generated code frees workspace in the
 * reverse order of allocation. A block freed out of order is only marked and
 * released once everything above it is free. When the arena (or the block
 * table) is full, the request falls back to the C heap.
 */

#define HS_MAX_BLOCKS 4096

typedef struct
{
    size_t prev_top; /* arena top before this block was carved */
    size_t offset;
    int freed;
} hs_block;

static uint8_t *hs_arena;
static size_t hs_arena_size;
static size_t hs_top;
static size_t hs_peak;
static size_t hs_heap_allocs;
static hs_block hs_blocks[HS_MAX_BLOCKS];
static int hs_nblocks;

static size_t hs_align_up(size_t n)
{
    return (n + HOSTSIM_ALIGN - 1) & ~(size_t)(HOSTSIM_ALIGN - 1);
}

void hs_workspace_init(void)
{
    hs_arena_size = hs_align_up(hs_workspace_arena_bytes);
    if (hs_arena_size != 0) {
        hs_arena = (uint8_t *)aligned_alloc(HOSTSIM_ALIGN, hs_arena_size);
        if (hs_arena == NULL)
            hs_arena_size = 0;
    }
}

size_t hs_workspace_peak(void)
{
    return hs_peak;
}
size_t hs_workspace_heap_allocs(void)
{
    return hs_heap_allocs;
}

void *TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes, int dtype_code_hint, int dtype_bits_hint)
{
    (void)device_type;
    (void)device_id;
    (void)dtype_code_hint;
    (void)dtype_bits_hint;
    size_t size = hs_align_up(nbytes == 0 ? 1 : (size_t)nbytes);
    size_t offset = hs_align_up(hs_top);
    if (hs_nblocks < HS_MAX_BLOCKS && offset <= hs_arena_size && size <= hs_arena_size - offset) {
        hs_blocks[hs_nblocks].prev_top = hs_top;
        hs_blocks[hs_nblocks].offset = offset;
        hs_blocks[hs_nblocks].freed = 0;
        hs_nblocks++;
        hs_top = offset + size;
        if (hs_top > hs_peak)
            hs_peak = hs_top;
        return hs_arena + offset;
    }
    void *p = aligned_alloc(HOSTSIM_ALIGN, size);
    if (p == NULL) {
        TVMAPISetLastError("TVMBackendAllocWorkspace: out of memory");
        return NULL;
    }
    hs_heap_allocs++;
    return p;
}

int TVMBackendFreeWorkspace(int device_type, int device_id, void *ptr)
{
    (void)device_type;
    (void)device_id;
    uint8_t *p = (uint8_t *)ptr;
    if (hs_arena == NULL || p < hs_arena || p >= hs_arena + hs_arena_size) {
        free(ptr);
        return 0;
    }
    size_t offset = (size_t)(p - hs_arena);
    int i = hs_nblocks - 1;
    while (i >= 0 && (hs_blocks[i].offset != offset || hs_blocks[i].freed))
        i--;
    if (i < 0) {
        TVMAPISetLastError("TVMBackendFreeWorkspace: pointer was not allocated");
        return -1;
    }
    hs_blocks[i].freed = 1;
    while (hs_nblocks > 0 && hs_blocks[hs_nblocks - 1].freed) {
        hs_top = hs_blocks[hs_nblocks - 1].prev_top;
        hs_nblocks--;
    }
    return 0;
}

/* ------------------------------------------------------ function registry */

int TVMBackendGetFuncFromEnv(void *mod_node, const char *func_name, TVMFunctionHandle *out)
{
    (void)mod_node;
    for (int i = 0; i < hs_num_funcs; ++i) {
        if (strcmp(hs_funcs[i].name, func_name) == 0) {
            *out = (TVMFunctionHandle)&hs_funcs[i];
            return 0;
        }
    }
    hs_fail("function %s is not in the model", func_name);
    return -1;
}

int TVMFuncCall(TVMFunctionHandle func, TVMValue *arg_values, int *type_codes, int num_args, TVMValue *ret_val,
                int *ret_type_code)
{
    const hs_func_entry *entry = (const hs_func_entry *)func;
    return entry->func(arg_values, (int32_t *)type_codes, num_args, ret_val, (int32_t *)ret_type_code, NULL);
}

/* ------------------------------------------------------- parallel (serial) */

int TVMBackendParallelLaunch(FTVMParallelLambda flambda, void *cdata, int num_task)
{
    (void)num_task;
    TVMParallelGroupEnv env;
    env.sync_handle = NULL;
    env.num_task = 1;
    return flambda(0, &env, cdata);
}

int TVMBackendParallelBarrier(int task_id, TVMParallelGroupEnv *penv)
{
    (void)task_id;
    (void)penv;
    return 0;
}
