// The host-sim template's host-driven device (resources/templates/host-sim/runtime/
// hostsim_rpc_device.c, compiled in as C): whatever the host sends, the device never crashes
// or hangs, and everything it writes is well-formed - valid frames (CRC over the escaped
// bytes), messages within the 2048-byte receive buffer, and at most one RPC reply (Return,
// Exception or CopyAck, packet_nbytes matching) per Normal message.
//
// Input: the first byte picks the mode. Even: the rest goes to the device as raw wire bytes
// (framing and session parsers). Odd: a session is set up first and the rest is a list of
// [u16 LE length][RPC packet] records, each sent framed in a Normal message (RPC parser).
#include "fuzzcheck.h"

#include <cstdint>
#include <cstring>
#include <vector>

extern "C" {
#include "hostsim_rpc_device.h"
}

namespace {

// --------------------------------------------------------------- a toy model
double g_clock = 0; // seconds; every operator call takes 50 ms, so timing loops end quickly
int8_t g_in[4], g_out[4];
const int64_t g_shape[] = {4};

int32_t addOperator(void *args, int32_t *codes, int32_t n, void *, int32_t *, void *)
{
    const TVMValue *v = static_cast<const TVMValue *>(args);
    g_clock += 0.05;
    if (n != 3)
        return hs_fail("add: want 3 arguments, got %d", (int)n);
    int8_t *p[3];
    for (int i = 0; i < 3; ++i) {
        if (codes[i] != kTVMDLTensorHandle)
            return hs_fail("add: argument %d is not a tensor", i);
        const DLTensor *t = static_cast<const DLTensor *>(v[i].v_handle);
        int64_t count = 1;
        for (int d = 0; d < t->ndim; ++d)
            count *= t->shape[d];
        if (t->dtype.code != kDLInt || t->dtype.bits != 8 || t->dtype.lanes != 1 || count != 4)
            return hs_fail("add: argument %d is not int8[4]", i);
        p[i] = static_cast<int8_t *>(t->data) + t->byte_offset;
    }
    for (int i = 0; i < 4; ++i)
        p[2][i] = int8_t(p[0][i] + p[1][i]);
    return 0;
}

int32_t failingOperator(void *, int32_t *, int32_t, void *, int32_t *, void *)
{
    g_clock += 0.05;
    return -1;
}

int setupModule()
{
    return 0;
}

int runModule()
{
    g_clock += 0.05;
    for (int i = 0; i < 4; ++i)
        g_out[i] = int8_t(g_in[i] * 2);
    return 0;
}

hs_tensor g_inputs[] = {{"input", "int8", {kDLInt, 8, 1}, 4, g_in, 1, g_shape}};
hs_tensor g_outputs[] = {{"output", "int8", {kDLInt, 8, 1}, 4, g_out, 1, g_shape}};

double fakeClock()
{
    return g_clock;
}

// --------------------------------------------------------------- what the device wrote
std::vector<uint8_t> g_wire;

void collect(void *, const uint8_t *data, size_t n)
{
    g_wire.insert(g_wire.end(), data, data + n);
}

uint16_t crc16(const uint8_t *p, size_t n, uint16_t crc = 0xFFFF)
{
    for (size_t i = 0; i < n; ++i) {
        crc ^= uint16_t(p[i] << 8);
        for (int k = 0; k < 8; ++k)
            crc = uint16_t((crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

void appendEscaped(std::vector<uint8_t> &out, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        out.push_back(p[i]);
        if (p[i] == 0xFF)
            out.push_back(0xFF);
    }
}

std::vector<uint8_t> frame(const std::vector<uint8_t> &payload)
{
    std::vector<uint8_t> out = {0xFF, 0xFD};
    const uint32_t n = uint32_t(payload.size());
    const uint8_t len[4] = {uint8_t(n), uint8_t(n >> 8), uint8_t(n >> 16), uint8_t(n >> 24)};
    appendEscaped(out, len, 4);
    appendEscaped(out, payload.data(), payload.size());
    const uint16_t crc = crc16(out.data(), out.size());
    const uint8_t c[2] = {uint8_t(crc), uint8_t(crc >> 8)};
    appendEscaped(out, c, 2);
    return out;
}

// Every device message in g_wire (which the device writes whole, so nothing is cut off).
std::vector<std::vector<uint8_t>> deviceMessages()
{
    std::vector<std::vector<uint8_t>> messages;
    size_t i = 0;
    if (!g_wire.empty() && g_wire[0] == 0xFE)
        ++i;
    while (i < g_wire.size()) {
        fuzzCheck(i + 1 < g_wire.size() && g_wire[i] == 0xFF && g_wire[i + 1] == 0xFD);
        const size_t start = i;
        i += 2;
        auto next = [&]() -> uint8_t {
            fuzzCheck(i < g_wire.size());
            const uint8_t b = g_wire[i++];
            if (b == 0xFF) {
                fuzzCheck(i < g_wire.size() && g_wire[i] == 0xFF);
                ++i;
            }
            return b;
        };
        uint32_t n = 0;
        for (int k = 0; k < 4; ++k)
            n |= uint32_t(next()) << (8 * k);
        fuzzCheck(n >= 3 && n <= HS_RPC_MAX_PACKET);
        std::vector<uint8_t> payload(n);
        for (auto &b : payload)
            b = next();
        const uint16_t want = crc16(&g_wire[start], i - start);
        const uint16_t got = uint16_t(next() | (next() << 8));
        fuzzCheck(got == want);
        messages.push_back(std::move(payload));
    }
    return messages;
}

uint64_t le(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

} // namespace

extern "C" {
hs_module hs_modules[] = {{"default", "aot", g_inputs, 1, g_outputs, 1, setupModule, runModule}};
const int hs_num_modules = 1;
const hs_func_entry hs_funcs[] = {{nullptr, nullptr}};
const int hs_num_funcs = 0;
const size_t hs_workspace_arena_bytes = 4096;
const hs_func_entry hs_syslib[] = {{"add", addOperator}, {"fails", failingOperator}, {nullptr, nullptr}};
const int hs_num_syslib = 2;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    g_wire.clear();
    g_clock = 0;
    hs_rpc_init(collect, nullptr, fakeClock, nullptr, 0x9C);
    const bool rpcMode = data[0] & 1;
    ++data;
    --size;
    size_t normals = 0;
    int shutdown = 0;
    if (!rpcMode) {
        shutdown = hs_rpc_feed(data, size);
    } else {
        // Host nonce 0x43, device nonce 0x9C -> 0x85: session id 0x8543 (spec 4.2).
        const std::vector<uint8_t> init = frame({0x43, 0x00, 0x00, 0x01});
        hs_rpc_feed(init.data(), init.size());
        size_t pos = 0;
        while (pos + 2 <= size && !shutdown) {
            size_t n = size_t(data[pos] | (data[pos + 1] << 8));
            pos += 2;
            if (n > size - pos)
                n = size - pos;
            std::vector<uint8_t> msg = {0x43, 0x85, 0x10};
            msg.insert(msg.end(), data + pos, data + pos + n);
            pos += n;
            const std::vector<uint8_t> wire = frame(msg);
            shutdown = hs_rpc_feed(wire.data(), wire.size());
            ++normals;
        }
    }
    const auto messages = deviceMessages();
    fuzzCheck(messages.size() >= 2);                           // boot: TerminateSession, Log
    fuzzCheck(messages[0] == std::vector<uint8_t>({0, 0, 2})); // session id 0, no body
    fuzzCheck(messages[1][2] == 0x03);
    size_t replies = 0;
    for (size_t k = 2; k < messages.size(); ++k) {
        const auto &m = messages[k];
        if (m[2] == 0x01) { // StartSessionReply{1}
            fuzzCheck(m.size() == 4 && m[3] == 1 && m[1] != 0 && m[0] != 0);
            continue;
        }
        fuzzCheck(m[2] == 0x10);
        fuzzCheck(m.size() >= 3 + 12);
        fuzzCheck(le(&m[3], 8) == m.size() - 11);
        const uint64_t code = le(&m[11], 4);
        fuzzCheck(code == 4 || code == 5 || code == 8);
        ++replies;
    }
    if (rpcMode)
        fuzzCheck(replies <= normals);
    (void)shutdown;
    hs_rpc_release();
    return 0;
}
