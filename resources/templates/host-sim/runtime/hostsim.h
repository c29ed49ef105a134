/*
 * Host simulator: the interface between the generated model glue
 * (src/hostsim_model.c, written by generate_project) and the fixed parts of
 * the host program (hostsim_main.c, hostsim_runtime.c).
 */
#ifndef HOSTSIM_H_
#define HOSTSIM_H_

#include <stddef.h>
#include <stdint.h>

#include <tvm/runtime/c_backend_api.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Alignment of every buffer the host program provides (I/O, pools, workspace). */
#define HOSTSIM_ALIGN 64

/* One model input or output. */
typedef struct
{
    const char *name;  /* tensor name from the archive */
    const char *dtype; /* "float32", "int8", ... */
    DLDataType type;
    size_t nbytes;
    void *data; /* filled in by the module's setup function */
    int ndim;   /* shape (a flat [count] when the archive gives none) */
    const int64_t *shape;
} hs_tensor;

/* One model of the archive (one entry of metadata "modules"). */
typedef struct
{
    const char *name;
    const char *executor; /* "aot" or "graph" */
    hs_tensor *inputs;
    int num_inputs;
    hs_tensor *outputs;
    int num_outputs;
    int (*setup)(void); /* binds buffers and parameters; 0 on success */
    int (*run)(void);   /* one inference; 0 on success */
} hs_module;

/* A packed function reachable through TVMBackendGetFuncFromEnv. */
typedef struct
{
    const char *name;
    TVMBackendPackedCFunc func;
} hs_func_entry;

/* Defined by the generated src/hostsim_model.c. */
extern hs_module hs_modules[];
extern const int hs_num_modules;
extern const hs_func_entry hs_funcs[];
extern const int hs_num_funcs;
extern const size_t hs_workspace_arena_bytes;

/* Workspace statistics (hostsim_runtime.c). */
size_t hs_workspace_peak(void);
size_t hs_workspace_heap_allocs(void);
void hs_workspace_init(void);

/* Records an error message for the host program to print; returns -1. */
int hs_fail(const char *fmt, ...);
const char *hs_last_error(void);

#ifdef __cplusplus
}
#endif

#endif /* HOSTSIM_H_ */
