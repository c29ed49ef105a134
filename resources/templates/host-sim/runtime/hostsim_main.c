/*
 * Host simulator: the host program. Fills the model inputs, runs every module
 * of the archive a number of times, and prints timings and outputs as lines of
 * text on stdout (format in README.md).
 *
 * usage: model_runner [--runs N] [--fill zeros|ones|random|file] [--seed S]
 *                     [--input-file PATH] [--max-values N] [--print-every N] [--pace-ms N]
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hostsim.h"

typedef struct
{
    long runs;
    const char *fill;
    unsigned long long seed;
    const char *input_file;
    long max_values;
    long print_every; /* print the outputs after every Nth run too (0: only at the end) */
    long pace_ms;     /* start the runs at least this far apart, as a board's duty cycle (0: back to back) */
} hs_options;

static int die(const char *fmt, const char *arg)
{
    printf("error: ");
    printf(fmt, arg);
    printf("\n");
    fflush(stdout);
    return 1;
}

static int parse_long(const char *text, long min, long *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < min)
        return -1;
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, hs_options *o)
{
    o->runs = 1;
    o->fill = "zeros";
    o->seed = 0;
    o->input_file = NULL;
    o->max_values = 32;
    o->print_every = 0;
    o->pace_ms = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        const char *v = (i + 1 < argc) ? argv[i + 1] : NULL;
        if (v == NULL)
            return die("option %s needs a value", a);
        long n;
        if (strcmp(a, "--runs") == 0) {
            if (parse_long(v, 1, &o->runs) != 0)
                return die("--runs: want an integer >= 1, got %s", v);
        } else if (strcmp(a, "--fill") == 0) {
            if (strcmp(v, "zeros") != 0 && strcmp(v, "ones") != 0 && strcmp(v, "random") != 0 && strcmp(v, "file") != 0)
                return die("--fill: want zeros, ones, random or file, got %s", v);
            o->fill = v;
        } else if (strcmp(a, "--seed") == 0) {
            char *end = NULL;
            errno = 0;
            o->seed = strtoull(v, &end, 10);
            if (errno != 0 || end == v || *end != '\0')
                return die("--seed: want an integer, got %s", v);
        } else if (strcmp(a, "--input-file") == 0) {
            o->input_file = v;
        } else if (strcmp(a, "--max-values") == 0) {
            if (parse_long(v, 0, &n) != 0)
                return die("--max-values: want an integer >= 0, got %s", v);
            o->max_values = n;
        } else if (strcmp(a, "--pace-ms") == 0) {
            if (parse_long(v, 0, &o->pace_ms) != 0)
                return die("--pace-ms: want an integer >= 0, got %s", v);
        } else if (strcmp(a, "--print-every") == 0) {
            if (parse_long(v, 0, &o->print_every) != 0)
                return die("--print-every: want an integer >= 0, got %s", v);
        } else {
            return die("unknown argument %s", a);
        }
        ++i;
    }
    if (strcmp(o->fill, "file") == 0 && o->input_file == NULL)
        return die("%s", "--fill file needs --input-file PATH");
    return 0;
}

/* ------------------------------------------------------ 16-bit float types */

static float half_to_float(uint16_t h)
{
    int sign = (h >> 15) & 1, exp = (h >> 10) & 0x1f, man = h & 0x3ff;
    float v;
    if (exp == 0)
        v = ldexpf((float)man, -24);
    else if (exp == 31)
        v = man ? NAN : INFINITY;
    else
        v = ldexpf((float)(man | 0x400), exp - 25);
    return sign ? -v : v;
}

/* For values in [0, 1): normal numbers are truncated, tiny ones become 0. */
static uint16_t unit_float_to_half(float f)
{
    if (f < ldexpf(1.0f, -14))
        return 0;
    int e;
    float m = frexpf(f, &e); /* f = m * 2^e, m in [0.5, 1) */
    return (uint16_t)(((e - 1 + 15) << 10) | ((uint32_t)(m * 2048.0f) & 0x3ff));
}

static float bf16_to_float(uint16_t b)
{
    uint32_t bits = (uint32_t)b << 16;
    float f;
    memcpy(&f, &bits, sizeof(f));
    return f;
}

static uint16_t float_to_bf16(float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof(bits));
    return (uint16_t)(bits >> 16);
}

/* -------------------------------------------------------------- input fill */

static uint64_t rng_state;

static uint64_t rng_next(void)
{ /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

static double rng_unit(void)
{
    return (double)(rng_next() >> 11) * (1.0 / 9007199254740992.0);
}

static size_t elem_bytes(DLDataType t)
{
    size_t b = ((size_t)t.bits * (t.lanes ? t.lanes : 1) + 7) / 8;
    return b ? b : 1;
}

/* Writes the value 1 (or a random value) into each element. */
static void fill_tensor(hs_tensor *t, int random)
{
    size_t esz = elem_bytes(t->type);
    size_t count = t->nbytes / esz;
    uint8_t *p = (uint8_t *)t->data;
    for (size_t i = 0; i < count; ++i, p += esz) {
        if (t->type.code == kDLFloat || t->type.code == kDLBfloat) {
            float f = random ? (float)rng_unit() : 1.0f;
            if (t->type.code == kDLBfloat && t->type.bits == 16) {
                uint16_t b = float_to_bf16(f);
                memcpy(p, &b, 2);
            } else if (t->type.bits == 16) {
                uint16_t h = random ? unit_float_to_half(f) : 0x3c00;
                memcpy(p, &h, 2);
            } else if (t->type.bits == 64) {
                double d = random ? rng_unit() : 1.0;
                memcpy(p, &d, 8);
            } else if (t->type.bits == 32) {
                memcpy(p, &f, 4);
            }
        } else if (random) {
            for (size_t k = 0; k < esz; ++k)
                p[k] = (uint8_t)(rng_next() >> 56);
            if (t->type.bits == 1)
                p[0] &= 1;
        } else {
            memset(p, 0, esz);
            p[0] = 1; /* little-endian integer 1 */
        }
    }
}

static size_t input_bytes(const hs_module *mod)
{
    size_t n = 0;
    for (int i = 0; i < mod->num_inputs; ++i)
        n += mod->inputs[i].nbytes;
    return n;
}

/* Copies the inputs of one module into (save != 0) or back from a contiguous buffer. */
static void move_inputs(hs_module *mod, uint8_t *buf, int save)
{
    for (int i = 0; i < mod->num_inputs; ++i) {
        hs_tensor *t = &mod->inputs[i];
        if (save)
            memcpy(buf, t->data, t->nbytes);
        else
            memcpy(t->data, buf, t->nbytes);
        buf += t->nbytes;
    }
}

static int fill_inputs(const hs_options *o)
{
    rng_state = o->seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
    if (rng_state == 0)
        rng_state = 1;
    if (strcmp(o->fill, "file") == 0) {
        size_t want = 0;
        for (int m = 0; m < hs_num_modules; ++m)
            want += input_bytes(&hs_modules[m]);
        FILE *f = fopen(o->input_file, "rb");
        if (f == NULL)
            return die("cannot open input file %s", o->input_file);
        for (int m = 0; m < hs_num_modules; ++m)
            for (int i = 0; i < hs_modules[m].num_inputs; ++i) {
                hs_tensor *t = &hs_modules[m].inputs[i];
                if (fread(t->data, 1, t->nbytes, f) != t->nbytes) {
                    fclose(f);
                    printf("error: input file %s is shorter than the %zu input bytes\n", o->input_file, want);
                    return 1;
                }
            }
        int extra = fgetc(f);
        fclose(f);
        if (extra != EOF) {
            printf("error: input file %s is longer than the %zu input bytes\n", o->input_file, want);
            return 1;
        }
        return 0;
    }
    for (int m = 0; m < hs_num_modules; ++m)
        for (int i = 0; i < hs_modules[m].num_inputs; ++i) {
            hs_tensor *t = &hs_modules[m].inputs[i];
            if (strcmp(o->fill, "zeros") == 0)
                memset(t->data, 0, t->nbytes);
            else
                fill_tensor(t, strcmp(o->fill, "random") == 0);
        }
    return 0;
}

/* ------------------------------------------------------------------ output */

static uint32_t fnv1a(uint32_t h, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

#define FNV_START 2166136261u

static void print_value(const uint8_t *p, DLDataType t)
{
    int64_t i = 0;
    uint64_t u = 0;
    if (t.lanes > 1 || (t.code != kDLInt && t.code != kDLUInt && t.code != kDLFloat && t.code != kDLBfloat)) {
        printf(" 0x");
        for (size_t k = elem_bytes(t); k > 0; --k)
            printf("%02x", p[k - 1]);
        return;
    }
    if (t.code == kDLFloat || t.code == kDLBfloat) {
        double d = 0;
        if (t.bits == 64) {
            memcpy(&d, p, 8);
        } else if (t.bits == 32) {
            float f;
            memcpy(&f, p, 4);
            d = f;
        } else {
            uint16_t h;
            memcpy(&h, p, 2);
            d = (t.code == kDLBfloat) ? bf16_to_float(h) : half_to_float(h);
        }
        printf(" %.6g", d);
        return;
    }
    switch (t.bits) {
    case 1:
    case 8:
        i = (int8_t)p[0];
        u = p[0];
        break;
    case 16: {
        int16_t s;
        memcpy(&s, p, 2);
        i = s;
        u = (uint16_t)s;
        break;
    }
    case 32: {
        int32_t s;
        memcpy(&s, p, 4);
        i = s;
        u = (uint32_t)s;
        break;
    }
    default:
        memcpy(&i, p, 8);
        memcpy(&u, p, 8);
        break;
    }
    if (t.code == kDLInt)
        printf(" %lld", (long long)i);
    else
        printf(" %llu", (unsigned long long)u);
}

static void print_tensor(const char *what, const hs_module *m, const hs_tensor *t, long max_values, int with_values)
{
    size_t esz = elem_bytes(t->type);
    size_t count = t->nbytes / esz;
    printf("%s %s/%s: %s[%zu]", what, m->name, t->name, t->dtype, count);
    if (!with_values) {
        printf("\n");
        return;
    }
    printf(" checksum=0x%08x =", fnv1a(FNV_START, (const uint8_t *)t->data, t->nbytes));
    size_t shown = count < (size_t)max_values ? count : (size_t)max_values;
    for (size_t k = 0; k < shown; ++k)
        print_value((const uint8_t *)t->data + k * esz, t->type);
    if (shown < count)
        printf(" ... (%zu more)", count - shown);
    printf("\n");
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    hs_options o;
    if (parse_args(argc, argv, &o) != 0)
        return 1;
    hs_workspace_init();

    printf("hostsim: %d module(s), %ld run(s), fill=%s seed=%llu\n", hs_num_modules, o.runs, o.fill, o.seed);
    for (int m = 0; m < hs_num_modules; ++m) {
        hs_module *mod = &hs_modules[m];
        if (mod->setup() != 0)
            return die("setup failed: %s", hs_last_error());
        printf("module %s: executor=%s inputs=%d outputs=%d\n", mod->name, mod->executor, mod->num_inputs, mod->num_outputs);
        for (int i = 0; i < mod->num_inputs; ++i)
            print_tensor("input", mod, &mod->inputs[i], 0, 0);
    }
    if (fill_inputs(&o) != 0)
        return 1;

    /* Inputs may live in memory the model reuses (workspace pools): restore them before each run. */
    size_t total = 0;
    for (int m = 0; m < hs_num_modules; ++m)
        total += input_bytes(&hs_modules[m]);
    uint8_t *saved = (uint8_t *)malloc(total ? total : 1);
    if (saved == NULL)
        return die("%s", "out of memory");
    uint8_t *next_saved = saved;
    for (int m = 0; m < hs_num_modules; ++m) {
        move_inputs(&hs_modules[m], next_saved, 1);
        next_saved += input_bytes(&hs_modules[m]);
    }

    double paced_from = now_ms();
    for (long r = 1; r <= o.runs; ++r) {
        if (o.pace_ms > 0 && r > 1) {
            /* The next run starts pace_ms after the one before started. */
            double wait = paced_from + (double)o.pace_ms - now_ms();
            if (wait > 0) {
                struct timespec ts = {(time_t)(wait / 1e3), (long)(fmod(wait, 1e3) * 1e6)};
                nanosleep(&ts, NULL);
            }
            paced_from = now_ms();
        }
        next_saved = saved;
        for (int m = 0; m < hs_num_modules; ++m) {
            hs_module *mod = &hs_modules[m];
            move_inputs(mod, next_saved, 0);
            next_saved += input_bytes(mod);
            TVMAPISetLastError(""); /* clear any earlier message */
            double t0 = now_ms();
            int rc = mod->run();
            double t1 = now_ms();
            if (rc != 0) {
                printf("error: module %s: run %ld failed with code %d: %s\n", mod->name, r, rc,
                       hs_last_error()[0] ? hs_last_error() : "(no message)");
                return 1;
            }
            uint32_t h = FNV_START;
            for (int i = 0; i < mod->num_outputs; ++i)
                h = fnv1a(h, (const uint8_t *)mod->outputs[i].data, mod->outputs[i].nbytes);
            printf("run %ld/%ld %s: %.6f ms checksum=0x%08x\n", r, o.runs, mod->name, t1 - t0, h);
            if (o.print_every > 0 && r % o.print_every == 0 && r < o.runs)
                for (int i = 0; i < mod->num_outputs; ++i)
                    print_tensor("output", mod, &mod->outputs[i], o.max_values, 1);
            fflush(stdout);
        }
    }

    for (int m = 0; m < hs_num_modules; ++m)
        for (int i = 0; i < hs_modules[m].num_outputs; ++i)
            print_tensor("output", &hs_modules[m], &hs_modules[m].outputs[i], o.max_values, 1);
    printf("workspace: peak=%zu arena=%zu heap_allocs=%zu\n", hs_workspace_peak(), (size_t)hs_workspace_arena_bytes,
           hs_workspace_heap_allocs());
    printf("done\n");
    return 0;
}
