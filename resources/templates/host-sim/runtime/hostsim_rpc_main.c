/*
 * Host simulator, host-driven mode: the program is a microTVM device on
 * stdin/stdout (framed session, TVM RPC server; see hostsim_rpc_device.c).
 * Diagnostics go to stderr. Ends at stdin EOF or after an RPC Shutdown.
 *
 * usage: model_runner [--nonce N]
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hostsim_rpc_device.h"

static void write_stdout(void *ctx, const uint8_t *data, size_t n)
{
    (void)ctx;
    while (n > 0) {
        ssize_t w = write(1, data, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "hostsim: write to the host failed: %s\n", strerror(errno));
            exit(1);
        }
        data += w;
        n -= (size_t)w;
    }
}

static double clock_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(double ms)
{
    struct timespec ts = {(time_t)(ms / 1e3), (long)((ms - (double)(time_t)(ms / 1e3) * 1e3) * 1e6)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

int main(int argc, char **argv)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    unsigned nonce = (unsigned)(now.tv_nsec ^ (long)getpid()) & 0xFF;
    for (int i = 1; i + 1 < argc; i += 2)
        if (strcmp(argv[i], "--nonce") == 0)
            nonce = (unsigned)strtoul(argv[i + 1], NULL, 0) & 0xFF;
    hs_workspace_init();
    hs_rpc_init(write_stdout, NULL, clock_seconds, sleep_ms, (uint8_t)(nonce ? nonce : 0x9C));
    fprintf(stderr, "hostsim: host-driven device up, %d module(s), %d system library function(s)\n", hs_num_modules,
            hs_num_syslib);
    uint8_t buf[4096];
    for (;;) {
        ssize_t n = read(0, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            fprintf(stderr, "hostsim: stdin closed, exiting\n");
            break;
        }
        if (hs_rpc_feed(buf, (size_t)n)) {
            fprintf(stderr, "hostsim: shutdown requested, exiting\n");
            break;
        }
    }
    hs_rpc_release();
    return 0;
}
