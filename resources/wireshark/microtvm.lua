--[[
microtvm.lua - Wireshark dissector for microTVM RPC traffic in microTVM Workbench captures.

What it decodes
  Capture files written by microTVM Workbench: pcapng, one interface per connection with link
  type 147 (LINKTYPE_USER0), one Enhanced Packet Block per chunk of bytes as it arrived from
  the transport. The EPB option epb_flags gives the direction (bits 0-1: 1 = inbound = from the
  device, 2 = outbound = from the host).
  Layers (see the workbench's microTVM reference, sections 4.1, 4.2 and 4.4):
    * framing: FF FD start, escaped u32 LE length, escaped payload, escaped CRC-16/CCITT-FALSE
      over the escaped wire bytes. Bytes are reassembled per (interface, direction), across
      any chunk boundaries; bytes outside packets (text logs, noise) are shown as such.
    * session: session id, message type, handshake version, Log text.
    * TVM RPC inside Normal messages: packet length, RPC code, packed argument sequences
      (all type codes incl. DLTensor records), copies, returns and exceptions. Function handles
      are named from earlier GetGlobalFunc / ModuleGetFunction / RPCTimeEvaluator replies.

How to use
  wireshark -X lua_script:resources/wireshark/microtvm.lua capture.pcapng
  tshark    -X lua_script:resources/wireshark/microtvm.lua -r capture.pcapng -V
  or copy this file into the personal Lua plugins folder (Help > About Wireshark > Folders,
  "Personal Lua Plugins", e.g. ~/.local/lib/wireshark/plugins/) and open the capture.
  Decoding state is built on the first, in-order pass over the file; later passes
  (tshark -2, clicking in the GUI) show the same result.

Display filter fields
  microtvm.direction               uint8    0 unknown, 1 device->host (inbound), 2 host->device (outbound)
  microtvm.noise                   bytes    bytes outside any packet in this chunk
  microtvm.noise.text              string   the same bytes as text, when printable
  microtvm.message                 none     one completed framed message (subtree, own data tab)
  microtvm.frame.length            uint32   LEN: unescaped payload bytes
  microtvm.frame.crc               uint16   CRC received
  microtvm.frame.crc_calc          uint16   CRC computed over the escaped wire bytes
  microtvm.frame.crc_ok            bool
  microtvm.frame.wire_length       uint32   escaped bytes on the wire, FF FD through CRC
  microtvm.frame.first_frame       framenum frame holding the packet's FF FD
  microtvm.frame.error             uint16   framing error: 0x201 ShortPacket, 0x202 InvalidEscape
  microtvm.frame.oversized         uint32   LEN of a packet too large to reassemble (preference)
  microtvm.frame.partial           uint32   payload bytes so far of a packet still in progress
  microtvm.frame.continued_in      framenum frame where that packet ends (known after the first pass)
  microtvm.session.id              uint16   low byte initiator nonce, high byte responder nonce
  microtvm.session.initiator_nonce uint8
  microtvm.session.responder_nonce uint8
  microtvm.session.type            uint8    0 StartSessionInit, 1 StartSessionReply,
                                            2 TerminateSession, 3 Log, 0x10 Normal
  microtvm.session.version         uint8    handshake version byte
  microtvm.session.log             string   Log text
  microtvm.session.body            bytes    body of an unknown message type
  microtvm.rpc.nbytes              uint64   packet_nbytes
  microtvm.rpc.code                int32    RPC code (3 CallFunc, 4 Return, 5 Exception, 9 GetGlobalFunc...)
  microtvm.rpc.function            string   the function concerned: callee of a CallFunc, name looked
                                            up by a GetGlobalFunc, and the same on their replies
  microtvm.rpc.request_in          framenum (on replies)
  microtvm.rpc.response_in         framenum (on requests; known after the first pass)
  microtvm.rpc.num_args            int32    values in a packed sequence
  microtvm.rpc.arg                 none     one value (subtree)
  microtvm.rpc.arg.type            int32    type code
  microtvm.rpc.arg.int             int64    kDLInt / kTVMArgBool
  microtvm.rpc.arg.uint            uint64   kDLUInt
  microtvm.rpc.arg.float           double   kDLFloat
  microtvm.rpc.return_type         int32    type code a CallFunc returned (first value of its Return)
  microtvm.rpc.handle              uint64   handle: function, module, opaque pointer, object
  microtvm.rpc.handle.name         string   what a handle refers to, when known
  microtvm.rpc.string              string   kTVMStr value
  microtvm.rpc.length              uint64   length prefix of a string or bytes value
  microtvm.rpc.bytes               bytes    kTVMBytes value
  microtvm.rpc.dtype.code          uint8    DataType (also inside DLTensor records)
  microtvm.rpc.dtype.bits          uint8
  microtvm.rpc.dtype.lanes         uint16
  microtvm.rpc.device.type         int32    DLDevice (also inside DLTensor records)
  microtvm.rpc.device.id           int32
  microtvm.rpc.tensor.data         uint64   DLTensor record
  microtvm.rpc.tensor.ndim         int32
  microtvm.rpc.tensor.shape        int64    one per dimension
  microtvm.rpc.tensor.byte_offset  uint64
  microtvm.rpc.object.type_index   uint32
  microtvm.rpc.copy.nbytes         uint64   CopyFromRemote / CopyToRemote byte count
  microtvm.rpc.data                bytes    CopyToRemote data, CopyAck data
  microtvm.rpc.exception           string   Exception text
  microtvm.rpc.timing              double   seconds per call (reply of a time evaluator)
  microtvm.rpc.trailing            bytes    bytes left over after a decoded body
  Expert infos: microtvm.expert.crc, .framing, .oversized, .partial, .noise, .short, .unknown,
  .trailing, .session, .exception, .unpaired, .state, .internal

Limits
  * Reassembly needs the interface id of every chunk on the first pass, and Lua sees it only
    when Wireshark builds a protocol tree on that pass. tshark does in a single pass and with
    -2 only when -R or -Y is given (e.g. "tshark -2 -R microtvm"); the GUI is made to by the
    filtering tap listener registered at the end of this file. Otherwise the chunks of all
    interfaces are reassembled together, which is still right for a file of one connection.
  * Payloads longer than the preference microtvm.max_payload (default 65536 bytes) are
    reported as oversized and not buffered; all other state is per frame or bounded.

Written for Wireshark 4.0 (Lua 5.2); uses only the documented Lua API.
]]

local P = Proto("microtvm", "microTVM")

---------------------------------------------------------------------------------------------
-- Value tables
---------------------------------------------------------------------------------------------
local DIR_UNKNOWN, DIR_IN, DIR_OUT = 0, 1, 2
local DIR_TEXT = { [0] = "direction unknown", [1] = "device→host", [2] = "host→device" }
local DIR_VALS = { [0] = "unknown", [1] = "device→host (inbound)", [2] = "host→device (outbound)" }

local SESSION_TYPES = {
    [0x00] = "StartSessionInit", [0x01] = "StartSessionReply", [0x02] = "TerminateSession",
    [0x03] = "Log", [0x10] = "Normal",
}

local RPC_CODES = {
    [0] = "None", [1] = "Shutdown", [2] = "InitServer", [3] = "CallFunc", [4] = "Return",
    [5] = "Exception", [6] = "CopyFromRemote", [7] = "CopyToRemote", [8] = "CopyAck",
    [9] = "GetGlobalFunc", [10] = "FreeHandle", [11] = "DevSetDevice", [12] = "DevGetAttr",
    [13] = "DevAllocData", [14] = "DevFreeData", [15] = "DevStreamSync",
    [16] = "CopyAmongRemote", [17] = "DevAllocDataWithScope", [18] = "DevCreateStream",
    [19] = "DevFreeStream", [20] = "DevSetStream", [21] = "DevGetCurrentStream",
}

local TYPE_CODES = {
    [0] = "kDLInt", [1] = "kDLUInt", [2] = "kDLFloat", [3] = "kTVMOpaqueHandle",
    [4] = "kTVMNullptr", [5] = "kTVMDataType", [6] = "kDLDevice", [7] = "kTVMDLTensorHandle",
    [8] = "kTVMObjectHandle", [9] = "kTVMModuleHandle", [10] = "kTVMPackedFuncHandle",
    [11] = "kTVMStr", [12] = "kTVMBytes", [13] = "kTVMNDArrayHandle",
    [14] = "kTVMObjectRValueRefArg", [15] = "kTVMArgBool",
}

local FRAMING_ERRORS = {
    [0x200] = "InvalidState", [0x201] = "ShortPacket", [0x202] = "InvalidEscape",
    [0x203] = "PayloadOverflow", [0x204] = "PayloadIncomplete",
}
local FRAMING_ERROR_TEXT = { [0x201] = "short packet", [0x202] = "invalid escape" }

local DTYPE_CODES = { [0] = "int", [1] = "uint", [2] = "float", [3] = "handle", [4] = "bfloat",
                      [5] = "complex", [6] = "bool" }
local DEVICE_TYPES = { [1] = "cpu", [2] = "cuda", [3] = "cuda_host", [4] = "opencl",
                       [7] = "vulkan", [8] = "metal", [9] = "vpi", [10] = "rocm",
                       [11] = "rocm_host", [12] = "ext_dev", [13] = "cuda_managed",
                       [14] = "oneapi", [15] = "webgpu", [16] = "hexagon" }

---------------------------------------------------------------------------------------------
-- Fields
---------------------------------------------------------------------------------------------
local function framenum_field(abbr, name, ftype)
    local ok, f = pcall(ProtoField.framenum, abbr, name, base.NONE, ftype)
    if ok then return f end
    return ProtoField.framenum(abbr, name)
end

local FT = frametype or {}
local F = {
    direction      = ProtoField.uint8("microtvm.direction", "Direction", base.DEC, DIR_VALS),
    noise          = ProtoField.bytes("microtvm.noise", "Non-framed bytes"),
    noise_text     = ProtoField.string("microtvm.noise.text", "Text"),
    message        = ProtoField.none("microtvm.message", "Message"),
    f_length       = ProtoField.uint32("microtvm.frame.length", "Payload length", base.DEC),
    f_crc          = ProtoField.uint16("microtvm.frame.crc", "CRC", base.HEX),
    f_crc_calc     = ProtoField.uint16("microtvm.frame.crc_calc", "CRC computed", base.HEX),
    f_crc_ok       = ProtoField.bool("microtvm.frame.crc_ok", "CRC OK"),
    f_wire         = ProtoField.uint32("microtvm.frame.wire_length", "Wire bytes (escaped, FF FD through CRC)", base.DEC),
    f_first        = framenum_field("microtvm.frame.first_frame", "Packet starts in frame"),
    f_error        = ProtoField.uint16("microtvm.frame.error", "Framing error", base.HEX, FRAMING_ERRORS),
    f_oversized    = ProtoField.uint32("microtvm.frame.oversized", "Oversized packet length", base.DEC),
    f_partial      = ProtoField.uint32("microtvm.frame.partial", "Packet in progress, payload bytes so far", base.DEC),
    f_continued    = framenum_field("microtvm.frame.continued_in", "Packet in progress ends in frame"),
    s_id           = ProtoField.uint16("microtvm.session.id", "Session id", base.HEX),
    s_init_nonce   = ProtoField.uint8("microtvm.session.initiator_nonce", "Initiator nonce", base.HEX),
    s_resp_nonce   = ProtoField.uint8("microtvm.session.responder_nonce", "Responder nonce", base.HEX),
    s_type         = ProtoField.uint8("microtvm.session.type", "Message type", base.HEX, SESSION_TYPES),
    s_version      = ProtoField.uint8("microtvm.session.version", "Session protocol version", base.DEC),
    s_log          = ProtoField.string("microtvm.session.log", "Log text"),
    s_body         = ProtoField.bytes("microtvm.session.body", "Body"),
    r_nbytes       = ProtoField.uint64("microtvm.rpc.nbytes", "Packet bytes (code + body)", base.DEC),
    r_code         = ProtoField.int32("microtvm.rpc.code", "RPC code", base.DEC, RPC_CODES),
    r_function     = ProtoField.string("microtvm.rpc.function", "Function"),
    r_request_in   = framenum_field("microtvm.rpc.request_in", "Request in frame", FT.REQUEST),
    r_response_in  = framenum_field("microtvm.rpc.response_in", "Response in frame", FT.RESPONSE),
    r_num_args     = ProtoField.int32("microtvm.rpc.num_args", "Number of values", base.DEC),
    r_arg          = ProtoField.none("microtvm.rpc.arg", "Value"),
    r_arg_type     = ProtoField.int32("microtvm.rpc.arg.type", "Type code", base.DEC, TYPE_CODES),
    r_arg_int      = ProtoField.int64("microtvm.rpc.arg.int", "Int", base.DEC),
    r_arg_uint     = ProtoField.uint64("microtvm.rpc.arg.uint", "UInt", base.DEC),
    r_arg_float    = ProtoField.double("microtvm.rpc.arg.float", "Float"),
    r_ret_type     = ProtoField.int32("microtvm.rpc.return_type", "Returned type", base.DEC, TYPE_CODES),
    r_handle       = ProtoField.uint64("microtvm.rpc.handle", "Handle", base.HEX),
    r_handle_name  = ProtoField.string("microtvm.rpc.handle.name", "Handle refers to"),
    r_string       = ProtoField.string("microtvm.rpc.string", "String"),
    r_length       = ProtoField.uint64("microtvm.rpc.length", "Length", base.DEC),
    r_bytes        = ProtoField.bytes("microtvm.rpc.bytes", "Bytes"),
    r_dt_code      = ProtoField.uint8("microtvm.rpc.dtype.code", "DataType code", base.DEC, DTYPE_CODES),
    r_dt_bits      = ProtoField.uint8("microtvm.rpc.dtype.bits", "DataType bits", base.DEC),
    r_dt_lanes     = ProtoField.uint16("microtvm.rpc.dtype.lanes", "DataType lanes", base.DEC),
    r_dev_type     = ProtoField.int32("microtvm.rpc.device.type", "Device type", base.DEC, DEVICE_TYPES),
    r_dev_id       = ProtoField.int32("microtvm.rpc.device.id", "Device id", base.DEC),
    r_t_data       = ProtoField.uint64("microtvm.rpc.tensor.data", "Data pointer", base.HEX),
    r_t_ndim       = ProtoField.int32("microtvm.rpc.tensor.ndim", "ndim", base.DEC),
    r_t_shape      = ProtoField.int64("microtvm.rpc.tensor.shape", "Shape", base.DEC),
    r_t_offset     = ProtoField.uint64("microtvm.rpc.tensor.byte_offset", "Byte offset", base.DEC),
    r_obj_index    = ProtoField.uint32("microtvm.rpc.object.type_index", "Object type index", base.DEC),
    r_copy_nbytes  = ProtoField.uint64("microtvm.rpc.copy.nbytes", "Copy bytes", base.DEC),
    r_data         = ProtoField.bytes("microtvm.rpc.data", "Data"),
    r_exception    = ProtoField.string("microtvm.rpc.exception", "Exception"),
    r_timing       = ProtoField.double("microtvm.rpc.timing", "Seconds per call"),
    r_trailing     = ProtoField.bytes("microtvm.rpc.trailing", "Trailing bytes"),
}
local function sorted_values(t)
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys)
    local list = {}
    for _, k in ipairs(keys) do list[#list + 1] = t[k] end
    return list
end
P.fields = sorted_values(F)

local E = {
    crc        = ProtoExpert.new("microtvm.expert.crc", "CRC mismatch: the receiver drops this message",
                                 expert.group.CHECKSUM, expert.severity.ERROR),
    framing    = ProtoExpert.new("microtvm.expert.framing", "Framing error",
                                 expert.group.MALFORMED, expert.severity.ERROR),
    oversized  = ProtoExpert.new("microtvm.expert.oversized", "Oversized packet, not buffered",
                                 expert.group.MALFORMED, expert.severity.ERROR),
    partial    = ProtoExpert.new("microtvm.expert.partial", "Packet continues in a later chunk",
                                 expert.group.REASSEMBLE, expert.severity.CHAT),
    noise      = ProtoExpert.new("microtvm.expert.noise", "Bytes outside any framed packet",
                                 expert.group.PROTOCOL, expert.severity.NOTE),
    short      = ProtoExpert.new("microtvm.expert.short", "Truncated or malformed body",
                                 expert.group.MALFORMED, expert.severity.ERROR),
    unknown    = ProtoExpert.new("microtvm.expert.unknown", "Unknown code or type, not decoded",
                                 expert.group.UNDECODED, expert.severity.WARN),
    trailing   = ProtoExpert.new("microtvm.expert.trailing", "Unexpected trailing bytes",
                                 expert.group.PROTOCOL, expert.severity.WARN),
    session    = ProtoExpert.new("microtvm.expert.session", "Session id does not match the established session",
                                 expert.group.SEQUENCE, expert.severity.WARN),
    exception  = ProtoExpert.new("microtvm.expert.exception", "The device reported an exception",
                                 expert.group.RESPONSE_CODE, expert.severity.NOTE),
    unpaired   = ProtoExpert.new("microtvm.expert.unpaired", "Reply without a recorded request",
                                 expert.group.SEQUENCE, expert.severity.NOTE),
    state      = ProtoExpert.new("microtvm.expert.state", "Decoding state not available",
                                 expert.group.REASSEMBLE, expert.severity.WARN),
    internal   = ProtoExpert.new("microtvm.expert.internal", "microtvm.lua internal error",
                                 expert.group.MALFORMED, expert.severity.ERROR),
}
P.experts = sorted_values(E)

P.prefs.max_payload = Pref.uint("Largest payload to reassemble (bytes)", 65536,
    "Packets announcing a longer LEN are reported as oversized and skipped; the receiver " ..
    "then hunts for the next FF FD, like the microTVM unframer does with a full buffer.")

local MAX_NAMES = 4096          -- handle names remembered per connection

---------------------------------------------------------------------------------------------
-- Helpers
---------------------------------------------------------------------------------------------
local bxor
if bit32 then
    bxor = bit32.bxor
elseif bit then
    bxor = bit.bxor
else
    local chunk = load("return function(a, b) return a ~ b end")
    bxor = chunk and chunk()
end

-- CRC-16/CCITT-FALSE, MSB first, poly 0x1021, init 0xFFFF.
local CRC_TABLE = {}
for i = 0, 255 do
    local c = i * 256
    for _ = 1, 8 do
        if c >= 0x8000 then
            c = bxor((c * 2) % 0x10000, 0x1021)
        else
            c = (c * 2) % 0x10000
        end
    end
    CRC_TABLE[i] = c
end

local function crc_update(crc, b)
    return bxor((crc * 256) % 0x10000, CRC_TABLE[bxor(math.floor(crc / 256), b)])
end

local CRC_FFFD = crc_update(crc_update(0xFFFF, 0xFF), 0xFD)

local function hex64(u)
    local hi, lo = u:higher(), u:lower()
    if hi == 0 then return string.format("0x%x", lo) end
    return string.format("0x%x%08x", hi, lo)
end

-- UInt64 / Int64 to a Lua number when exact, else nil.
local function u64num(u)
    local hi = u:higher()
    if hi >= 0x200000 then return nil end
    return hi * 4294967296 + u:lower()
end

local function i64num(v)
    local s = tostring(v)
    local n = tonumber(s)
    if n and math.abs(n) < 2 ^ 53 then return n end
    return nil
end

-- Cut a string to at most max bytes without splitting a UTF-8 sequence; escape controls.
local function shorten(s, max)
    max = max or 60
    local cut = false
    if #s > max then
        local n = max
        while n > 0 do
            local b = s:byte(n + 1)
            if not b or b < 0x80 or b >= 0xC0 then break end
            n = n - 1
        end
        s = s:sub(1, n)
        cut = true
    end
    s = s:gsub("[\0-\31\127]", function(c)
        if c == "\n" then return "\\n" elseif c == "\r" then return "\\r"
        elseif c == "\t" then return "\\t" end
        return string.format("\\x%02x", c:byte())
    end)
    if cut then s = s .. "…" end
    return s
end

-- Printable ASCII, whitespace and well-formed UTF-8; a few NULs are allowed (the Zephyr AOT
-- demo sends one after each reply line).
local function is_text(s)
    if s:find("[\1-\8\11\12\14-\31\127]") then return false end
    local _, nuls = s:gsub("\0", "")
    if nuls * 4 > #s then return false end
    local i, n = 1, #s
    while i <= n do
        local c = s:byte(i)
        local extra = (c < 0x80 and 0) or (c >= 0xC2 and c <= 0xDF and 1) or
                      (c >= 0xE0 and c <= 0xEF and 2) or (c >= 0xF0 and c <= 0xF4 and 3) or nil
        if not extra or i + extra > n then return false end
        for k = i + 1, i + extra do
            local d = s:byte(k)
            if d < 0x80 or d > 0xBF then return false end
        end
        i = i + extra + 1
    end
    return true
end

local function hexbytes(s, max)
    max = max or 16
    local out = {}
    for i = 1, math.min(#s, max) do out[#out + 1] = string.format("%02x", s:byte(i)) end
    local t = table.concat(out, " ")
    if #s > max then t = t .. " …" end
    return t
end

---------------------------------------------------------------------------------------------
-- Per-capture state (reset by P.init)
---------------------------------------------------------------------------------------------
local frames, streams, conns

local prime_listener
local function reset_state()
    local _ = prime_listener
    frames = {}        -- frame number -> { dir, iface, items = {...}, partial, continued_in }
    streams = {}       -- "iface:dir" -> unframer state
    conns = {}         -- iface -> { funcs, mods, nfuncs, pending, session_id }
end
reset_state()
P.init = reset_state   -- called by Wireshark before every (re)dissection of a file

local function get_conn(iface)
    local c = conns[iface]
    if not c then
        c = { funcs = {}, nfuncs = 0, mods = {}, nmods = 0 }
        conns[iface] = c
    end
    return c
end

local function remember(c, tbl, cnt, hex, name)
    if c[tbl][hex] == nil then
        c[cnt] = c[cnt] + 1
        if c[cnt] > MAX_NAMES then c[tbl] = {}; c[cnt] = 1 end
    end
    c[tbl][hex] = name
end

---------------------------------------------------------------------------------------------
-- Unframer (spec 4.1), fed on the first pass, in capture order
---------------------------------------------------------------------------------------------
local S_HUNT, S_LEN, S_PAYLOAD, S_CRC = 0, 1, 2, 3
local STATE_TEXT = { [S_LEN] = "length", [S_PAYLOAD] = "payload", [S_CRC] = "CRC" }

local function new_stream()
    return { state = S_HUNT, saw_ff = false, esc = false, crc = 0xFFFF, len = 0, lenbytes = 0,
             buf = {}, have = 0, crcval = 0, crcbytes = 0, wire = 0, first = nil, frames = {} }
end

local function start_packet(st, fnum)
    local first = fnum
    if st.saw_ff and st.ff_frame and st.ff_frame ~= fnum then first = st.ff_frame end
    st.state = S_LEN
    st.esc = false
    st.saw_ff = false
    st.crc = CRC_FFFD
    st.len, st.lenbytes = 0, 0
    st.buf, st.have = {}, 0
    st.crcval, st.crcbytes = 0, 0
    st.wire = 2
    st.first = first
    st.frames = (first ~= fnum) and { first } or {}
end

local unpack = table.unpack or unpack

local function buf_to_string(buf, n)
    local parts = {}
    for i = 1, n, 4096 do
        parts[#parts + 1] = string.char(unpack(buf, i, math.min(n, i + 4095)))
    end
    return table.concat(parts)
end

-- Mark the frames that carried the beginning of a packet that ended in frame fnum.
local function close_packet(st, fnum)
    for _, f in ipairs(st.frames) do
        local fi = frames[f]
        if fi and f ~= fnum then fi.continued_in = fnum end
    end
    st.frames = {}
end

local function feed(st, data, fnum, fi, cap)
    local items = fi.items
    local noise_start = nil
    local n = #data

    local function close_noise(last)       -- noise run from noise_start to last (1-based, incl.)
        if noise_start and last >= noise_start then
            items[#items + 1] = { kind = "noise", off = noise_start - 1, len = last - noise_start + 1 }
        end
        noise_start = nil
    end

    local i = 1
    while i <= n do
        local b = data:byte(i)
        local state = st.state
        if state == S_HUNT then
            if b == 0xFD and st.saw_ff then
                close_noise(i - 2)
                start_packet(st, fnum)           -- uses saw_ff / ff_frame, then clears them
            else
                if not noise_start then noise_start = i end
                st.saw_ff = (b == 0xFF)
                if st.saw_ff then st.ff_frame = fnum end
            end
            i = i + 1
        elseif state == S_PAYLOAD and not st.esc and b ~= 0xFF then
            -- fast path: a run of plain payload bytes
            local stop = data:find("\255", i, true)
            stop = stop and (stop - 1) or n
            local want = st.len - st.have
            if stop - i + 1 > want then stop = i + want - 1 end
            local crc, buf, have = st.crc, st.buf, st.have
            for k = i, stop do
                local c = data:byte(k)
                crc = crc_update(crc, c)
                have = have + 1
                buf[have] = c
            end
            st.crc, st.have = crc, have
            st.wire = st.wire + (stop - i + 1)
            if have == st.len then st.state = S_CRC end
            i = stop + 1
        else
            st.wire = st.wire + 1
            local val = nil
            if st.esc then
                st.esc = false
                if b == 0xFF then
                    val = 0xFF
                elseif b == 0xFE then
                    val = nil                      -- nop
                elseif b == 0xFD then
                    items[#items + 1] = { kind = "error", code = 0x201, first = st.first,
                                          where = STATE_TEXT[state], have = st.have, len = st.len }
                    close_packet(st, fnum)
                    st.saw_ff = false
                    start_packet(st, fnum)         -- the FF FD starts the next packet
                    i = i + 1
                    goto continue
                else
                    items[#items + 1] = { kind = "error", code = 0x202, first = st.first,
                                          where = STATE_TEXT[state], have = st.have, len = st.len,
                                          byte = b }
                    close_packet(st, fnum)
                    st.state, st.saw_ff = S_HUNT, false
                    i = i + 1
                    goto continue
                end
            elseif b == 0xFF then
                st.esc = true
            else
                val = b
            end
            if state ~= S_CRC then st.crc = crc_update(st.crc, b) end
            if val then
                if state == S_LEN then
                    st.len = st.len + val * (256 ^ st.lenbytes)
                    st.lenbytes = st.lenbytes + 1
                    if st.lenbytes == 4 then
                        if st.len > cap then
                            items[#items + 1] = { kind = "oversized", len = st.len, first = st.first }
                            close_packet(st, fnum)
                            st.state, st.saw_ff = S_HUNT, false
                        elseif st.len == 0 then
                            st.state = S_CRC
                        else
                            st.state = S_PAYLOAD
                        end
                    end
                elseif state == S_PAYLOAD then
                    st.have = st.have + 1
                    st.buf[st.have] = val
                    if st.have == st.len then st.state = S_CRC end
                else -- S_CRC
                    st.crcval = st.crcval + val * (256 ^ st.crcbytes)
                    st.crcbytes = st.crcbytes + 1
                    if st.crcbytes == 2 then
                        items[#items + 1] = {
                            kind = "msg", payload = buf_to_string(st.buf, st.have), len = st.len,
                            crc_rx = st.crcval, crc_calc = st.crc, ok = (st.crcval == st.crc),
                            wire = st.wire, first = st.first,
                        }
                        close_packet(st, fnum)
                        st.state, st.saw_ff = S_HUNT, false
                        st.buf = {}
                    end
                end
            end
            i = i + 1
        end
        ::continue::
    end

    if st.state == S_HUNT then
        -- a trailing FF may be the first half of FF FD: keep it out of the noise
        close_noise(st.saw_ff and n - 1 or n)
        if st.saw_ff and n > 0 then
            fi.partial = { where = "start", have = 0, len = 0, lenknown = false, first = fnum }
        end
    else
        close_noise(n)
        fi.partial = { where = STATE_TEXT[st.state], have = st.have, len = st.len,
                       lenknown = st.state ~= S_LEN, first = st.first }
        local fl = st.frames
        if fl[#fl] ~= fnum then fl[#fl + 1] = fnum end
    end
end

---------------------------------------------------------------------------------------------
-- Decoding of one message payload (session + RPC), shared by all passes
---------------------------------------------------------------------------------------------
local Reader = {}
Reader.__index = Reader

local function reader(tvb, off, lim)
    return setmetatable({ tvb = tvb, off = off, lim = lim }, Reader)
end

function Reader:left() return self.lim - self.off end

-- Take n bytes; on shortage add expert info to tree and return nil.
function Reader:take(n, tree, what)
    if n < 0 or self.off + n > self.lim then
        if tree then
            tree:add_proto_expert_info(E.short, string.format("%s needs %s bytes, only %d left",
                what or "value", tostring(n), self.lim - self.off))
        end
        self.failed = true
        return nil
    end
    local r = self.tvb(self.off, n)
    self.off = self.off + n
    return r
end

-- ctx: { learn, conn, rec, fnum, dir }
local function handle_name(ctx, hex)
    local rec = ctx.rec
    rec.hn = rec.hn or {}
    if ctx.learn then
        local c = ctx.conn
        local name = c.funcs[hex] or c.mods[hex]
        rec.hn[hex] = name or false
        return name
    end
    return rec.hn[hex] or nil
end

local function dtype_text(code, bits, lanes)
    local s = (DTYPE_CODES[code] or ("dtype" .. code)) .. bits
    if lanes ~= 1 then s = s .. "x" .. lanes end
    return s
end

local function device_text(dt, id)
    return (DEVICE_TYPES[dt] or ("dev" .. dt)) .. "(" .. id .. ")"
end

local function decode_dtype(r, t)
    local rg = r:take(4, t, "DataType")
    if not rg then return nil end
    t:add(F.r_dt_code, rg(0, 1))
    t:add(F.r_dt_bits, rg(1, 1))
    t:add_le(F.r_dt_lanes, rg(2, 2))
    return dtype_text(rg(0, 1):uint(), rg(1, 1):uint(), rg(2, 2):le_uint())
end

local function decode_device(r, t)
    local rg = r:take(8, t, "DLDevice")
    if not rg then return nil end
    t:add_le(F.r_dev_type, rg(0, 4))
    t:add_le(F.r_dev_id, rg(4, 4))
    return device_text(rg(0, 4):le_int(), rg(4, 4):le_int())
end

-- DLTensor record without type code (spec 4.4.2). Returns summary or nil.
local function decode_tensor(r, t)
    local start = r.off
    local tt = t:add(r.tvb(r.off, 0), "DLTensor")
    local rd = r:take(8, tt, "DLTensor data")
    if not rd then return nil end
    tt:add_le(F.r_t_data, rd)
    local dev = decode_device(r, tt)
    if not dev then return nil end
    local rn = r:take(4, tt, "DLTensor ndim")
    if not rn then return nil end
    tt:add_le(F.r_t_ndim, rn)
    local ndim = rn:le_int()
    local dt = decode_dtype(r, tt)
    if not dt then return nil end
    if ndim < 0 or ndim * 8 + 8 > r:left() then
        tt:add_proto_expert_info(E.short, string.format("DLTensor ndim %d does not fit in the %d bytes left",
            ndim, r:left()))
        r.failed = true
        return nil
    end
    local shape = {}
    for k = 1, ndim do
        local rs = r:take(8, tt, "shape")
        tt:add_le(F.r_t_shape, rs)
        shape[k] = tostring(rs:le_int64())
    end
    local ro = r:take(8, tt, "byte_offset")
    tt:add_le(F.r_t_offset, ro)
    local s = dt .. "[" .. table.concat(shape, ",") .. "] @" .. hex64(rd:le_uint64())
    local off = u64num(ro:le_uint64())
    if off ~= 0 then s = s .. "+" .. (off or hex64(ro:le_uint64())) end
    if dev ~= "cpu(0)" then s = s .. " " .. dev end
    tt:set_len(r.off - start)
    tt:set_text("DLTensor: " .. s)
    return s
end

local function handle_summary(ctx, prefix, hex)
    local name = handle_name(ctx, hex)
    local s = (prefix ~= "" and (prefix .. " ") or "") .. hex
    if name then s = s .. " (" .. name .. ")" end
    return s, name
end

-- One value of a packed sequence. Returns a table { tc, summary, ... } or nil (expert added).
local function decode_value(r, tc, t, ctx)
    if tc == 0 or tc == 15 then
        local rg = r:take(8, t, TYPE_CODES[tc])
        if not rg then return nil end
        t:add_le(F.r_arg_int, rg)
        local v = rg:le_int64()
        local s = tostring(v)
        if tc == 15 then s = (s == "0") and "false" or "true" end
        return { tc = tc, num = i64num(v), summary = s }
    elseif tc == 1 then
        local rg = r:take(8, t, "kDLUInt")
        if not rg then return nil end
        t:add_le(F.r_arg_uint, rg)
        return { tc = tc, num = u64num(rg:le_uint64()), summary = tostring(rg:le_uint64()) }
    elseif tc == 2 then
        local rg = r:take(8, t, "kDLFloat")
        if not rg then return nil end
        t:add_le(F.r_arg_float, rg)
        return { tc = tc, summary = string.format("%g", rg:le_float()) }
    elseif tc == 3 or tc == 9 or tc == 10 then
        local rg = r:take(8, t, "handle")
        if not rg then return nil end
        t:add_le(F.r_handle, rg)
        local hex = hex64(rg:le_uint64())
        local prefix = (tc == 9 and "module") or (tc == 10 and "func") or ""
        local s, name = handle_summary(ctx, prefix, hex)
        if name then t:add(F.r_handle_name, name):set_generated() end
        return { tc = tc, hex = hex, summary = s }
    elseif tc == 4 then
        return { tc = tc, summary = "null" }
    elseif tc == 5 then
        local s = decode_dtype(r, t)
        if not s then return nil end
        if not r:take(4, t, "DataType padding") then return nil end
        return { tc = tc, summary = s }
    elseif tc == 6 then
        local s = decode_device(r, t)
        if not s then return nil end
        return { tc = tc, summary = s }
    elseif tc == 7 then
        local s = decode_tensor(r, t)
        if not s then return nil end
        return { tc = tc, summary = s }
    elseif tc == 8 then
        local ri = r:take(4, t, "object type index")
        if not ri then return nil end
        t:add_le(F.r_obj_index, ri)
        local rg = r:take(8, t, "object handle")
        if not rg then return nil end
        t:add_le(F.r_handle, rg)
        local hex = hex64(rg:le_uint64())
        return { tc = tc, hex = hex, summary = "object " .. hex }
    elseif tc == 11 or tc == 12 then
        local rl = r:take(8, t, "length")
        if not rl then return nil end
        t:add_le(F.r_length, rl)
        local len = u64num(rl:le_uint64())
        if not len or len > r:left() then
            t:add_proto_expert_info(E.short, string.format("%s length %s exceeds the %d bytes left",
                TYPE_CODES[tc], tostring(rl:le_uint64()), r:left()))
            r.failed = true
            return nil
        end
        local rs = r:take(len, t, TYPE_CODES[tc])
        if tc == 11 then
            local str = rs:string(ENC_UTF_8)
            t:add(F.r_string, rs, str)
            return { tc = tc, str = str, summary = '"' .. shorten(str, 48) .. '"' }
        end
        t:add(F.r_bytes, rs)
        return { tc = tc, raw = rs:raw(), len = len, summary = "bytes[" .. len .. "]" }
    elseif tc == 13 then
        t:add_proto_expert_info(E.unknown, "kTVMNDArrayHandle (13) is not allowed on the wire; cannot decode further")
        r.failed = true
        return nil
    else
        t:add_proto_expert_info(E.unknown, string.format("Unknown type code %d; cannot decode further", tc))
        r.failed = true
        return nil
    end
end

-- Packed sequence (spec 4.4.2). Returns list of values (possibly partial) and ok flag.
local function decode_seq(r, tree, ctx)
    local start = r.off
    local st = tree:add(r.tvb(r.off, 0), "Packed sequence")
    local rn = r:take(4, st, "num_args")
    if not rn then return {}, false end
    st:add_le(F.r_num_args, rn)
    local n = rn:le_int()
    if n < 0 or n * 4 > r:left() then
        st:add_proto_expert_info(E.short, string.format("num_args %d does not fit in the %d bytes left", n, r:left()))
        r.failed = true
        st:set_len(r.off - start)
        return {}, false
    end
    local rt = r:take(n * 4, st, "type codes")
    local vals = {}
    local ok = true
    for k = 1, n do
        local rc = rt((k - 1) * 4, 4)
        local tc = rc:le_int()
        local vstart = r.off
        local at = st:add(F.r_arg, r.tvb(r.off, 0))
        at:add_le(F.r_arg_type, rc)
        local v = decode_value(r, tc, at, ctx)
        at:set_len(r.off - vstart)
        local label = string.format("Value %d: %s", k - 1, TYPE_CODES[tc] or ("type " .. tc))
        if not v then
            at:set_text(label .. " (not decoded)")
            ok = false
            break
        end
        at:set_text(label .. " = " .. v.summary)
        vals[k] = v
    end
    st:set_len(r.off - start)
    st:append_text(string.format(" (%d value%s)", n, n == 1 and "" or "s"))
    return vals, ok
end

local function args_summary(vals, ok)
    local s = {}
    for _, v in ipairs(vals) do s[#s + 1] = v.summary end
    if not ok then s[#s + 1] = "…" end
    return shorten(table.concat(s, ", "), 200)
end

local SUMMARY_PREFIX = { [9] = "module ", [10] = "func ", [8] = "object ", [13] = "NDArray " }

-- kReturn body
local function decode_return(r, tree, ctx)
    local rec = ctx.rec
    local req = rec.req
    if req then
        if req.frame then tree:add(F.r_request_in, req.frame):set_generated() end
        local fn = req.fname or (req.code == 9 and req.lookup) or nil
        if fn then tree:add(F.r_function, fn):set_generated() end
    end
    local vals, ok = decode_seq(r, tree, ctx)
    if not req then
        tree:add_proto_expert_info(E.unpaired)
        return "Return " .. args_summary(vals, ok)
    end

    if req.code == 3 then
        -- CallFunc: [int: returned type code][value(s)]
        local what = (req.fname or req.handle or "?") .. "()"
        local rtv = vals[1]
        if not rtv or rtv.tc ~= 0 or not rtv.num then
            return "Return " .. what .. ": " .. args_summary(vals, ok)
        end
        local rtc = rtv.num
        tree:add(F.r_ret_type, rtc):set_generated()
        local v = vals[2]
        if rtc == 4 then
            if req.lookup then return "Return " .. what .. ": null (no function " .. shorten(req.lookup, 60) .. ")" end
            return "Return " .. what .. ": void"
        end
        if not v then return "Return " .. what .. ": " .. args_summary(vals, ok) end
        local s = v.summary
        if v.hex and (rtc == 10 or rtc == 9) then
            if ctx.learn then
                local name
                if rtc == 10 then
                    name = req.lookup or (req.fname and (req.fname .. "()")) or nil
                    if name and v.hex ~= "0x0" then remember(ctx.conn, "funcs", "nfuncs", v.hex, name) end
                else
                    name = req.fname and (req.fname .. "()") or nil
                    if name then remember(ctx.conn, "mods", "nmods", v.hex, name) end
                end
                rec.hn = rec.hn or {}
                rec.retname = name
            end
            s = SUMMARY_PREFIX[rtc] .. v.hex
            if rec.retname then s = s .. " (" .. rec.retname .. ")" end
        elseif rtc == 13 then
            s = "NDArray " .. v.summary .. (vals[3] and (" handle " .. (vals[3].hex or "?")) or "")
        elseif rtc == 12 and v.raw and req.fname and req.fname:find("^time_evaluator%(") and v.len % 8 == 0 then
            local times = {}
            local tb = ByteArray.new(v.raw, true):tvb("time evaluator results")
            for k = 0, v.len / 8 - 1 do
                local rg = tb(k * 8, 8)
                tree:add_le(F.r_timing, rg)
                times[#times + 1] = string.format("%g", rg:le_float())
            end
            s = "seconds per call [" .. shorten(table.concat(times, ", "), 80) .. "]"
        elseif SUMMARY_PREFIX[rtc] then
            s = SUMMARY_PREFIX[rtc] .. s
        end
        return "Return " .. what .. ": " .. s
    elseif req.code == 9 then
        local v = vals[1]
        local what = "GetGlobalFunc " .. (req.lookup and shorten(req.lookup, 60) or "?")
        if v and v.tc == 3 and v.hex then
            if ctx.learn and req.lookup and v.hex ~= "0x0" then
                remember(ctx.conn, "funcs", "nfuncs", v.hex, req.lookup)
            end
            if v.hex == "0x0" then return "Return " .. what .. ": 0x0 (not found)" end
            return "Return " .. what .. ": " .. v.hex
        end
        return "Return " .. what .. ": " .. args_summary(vals, ok)
    else
        local what = RPC_CODES[req.code] or ("code " .. req.code)
        local v = vals[1]
        if #vals == 1 and v.tc == 4 then return "Return " .. what .. ": void" end
        return "Return " .. what .. ": " .. args_summary(vals, ok)
    end
end

-- RPC packet inside a Normal message (spec 4.4.1). Returns Info text.
local function decode_rpc(mt, off, tree, ctx)
    local rec = ctx.rec
    local rt = tree:add(mt(off), "TVM RPC packet")
    local r = reader(mt, off, mt:len())
    local rnb = r:take(8, rt, "packet_nbytes")
    if not rnb then return "RPC (truncated)" end
    rt:add_le(F.r_nbytes, rnb)
    local nb = u64num(rnb:le_uint64())
    local left = r:left()
    if nb == 0 then
        rt:add_proto_expert_info(E.short, "packet_nbytes is 0 (the CRT server ignores such packets)")
        return "RPC empty packet"
    end
    if not nb or nb > left then
        rt:add_proto_expert_info(E.short, string.format("packet_nbytes %s but only %d bytes follow",
            tostring(rnb:le_uint64()), left))
        nb = left
    elseif nb < left then
        rt:add_proto_expert_info(E.trailing, string.format(
            "%d bytes after the RPC packet (one packet per message)", left - nb))
    end
    r.lim = r.off + nb
    local rc = r:take(4, rt, "RPC code")
    if not rc then return "RPC (truncated)" end
    rt:add_le(F.r_code, rc)
    local code = rc:le_int()
    local cname = RPC_CODES[code]
    rt:append_text(": " .. (cname or ("code " .. code)))

    -- pairing of requests and replies (strict alternation per connection)
    local is_reply = (code == 4 or code == 5 or code == 8)
    if ctx.learn then
        local c = ctx.conn
        if is_reply then
            local p = c.pending
            c.pending = nil
            if p then
                rec.req = { code = p.code, fname = p.fname, lookup = p.lookup, handle = p.handle,
                            frame = p.frame }
                p.rec.response_in = ctx.fnum
            end
        end
    end

    local info
    local req_info = nil        -- what a request should remember: { fname, lookup, handle }
    if code == 3 then
        local rh = r:take(8, rt, "function handle")
        if not rh then return "CallFunc (truncated)" end
        rt:add_le(F.r_handle, rh)
        local hex = hex64(rh:le_uint64())
        local name = handle_name(ctx, hex)
        if name then rt:add(F.r_function, name):set_generated() end
        local vals, ok = decode_seq(r, rt, ctx)
        local lookup
        if name == "tvm.rpc.server.ModuleGetFunction" and vals[2] and vals[2].str then
            lookup = vals[2].str
        elseif name == "runtime.RPCTimeEvaluator" and vals[2] and vals[2].str then
            lookup = "time_evaluator(" .. vals[2].str .. ")"
        end
        req_info = { fname = name, lookup = lookup, handle = hex }
        info = "CallFunc " .. (name or hex) .. "(" .. args_summary(vals, ok) .. ")"
    elseif code == 4 then
        info = decode_return(r, rt, ctx)
    elseif code == 5 then
        if rec.req and rec.req.frame then rt:add(F.r_request_in, rec.req.frame):set_generated() end
        if rec.req and rec.req.fname then rt:add(F.r_function, rec.req.fname):set_generated() end
        local vals, ok = decode_seq(r, rt, ctx)
        local v = vals[1]
        if v and v.str then
            rt:add(F.r_exception, v.str):set_generated()
            rt:add_proto_expert_info(E.exception, "Exception: " .. shorten(v.str, 200))
            info = "Exception: " .. shorten(v.str, 120)
        else
            info = "Exception " .. args_summary(vals, ok)
        end
    elseif code == 6 or code == 7 then
        local ts = decode_tensor(r, rt)
        if not ts then return cname .. " (truncated)" end
        local rn = r:take(8, rt, "nbytes")
        if not rn then return cname .. " " .. ts .. " (truncated)" end
        rt:add_le(F.r_copy_nbytes, rn)
        local n = u64num(rn:le_uint64())
        if code == 6 then
            info = string.format("CopyFromRemote %s bytes from %s", tostring(rn:le_uint64()), ts)
        else
            if not n or n > r:left() then
                rt:add_proto_expert_info(E.short, string.format("nbytes %s but only %d data bytes",
                    tostring(rn:le_uint64()), r:left()))
                n = r:left()
                r.failed = true
            end
            local rd = r:take(n, rt, "data")
            rt:add(F.r_data, rd)
            info = string.format("CopyToRemote %d bytes to %s: %s", n, ts, hexbytes(rd:raw()))
        end
        req_info = {}
    elseif code == 8 then
        if rec.req and rec.req.frame then rt:add(F.r_request_in, rec.req.frame):set_generated() end
        local rd = r:take(r:left(), rt, "data")
        rt:add(F.r_data, rd)
        info = string.format("CopyAck %d bytes: %s", rd:len(), hexbytes(rd:raw()))
    elseif code == 1 then
        info = "Shutdown"
    elseif code == 2 then
        local rl = r:take(8, rt, "version length")
        if rl then
            rt:add_le(F.r_length, rl)
            local n = u64num(rl:le_uint64())
            if n and n <= r:left() then
                local rs = r:take(n, rt, "version")
                rt:add(F.r_string, rs, rs:string())
                local vals, ok = decode_seq(r, rt, ctx)
                info = "InitServer " .. rs:string() .. " (" .. args_summary(vals, ok) .. ")"
            else
                rt:add_proto_expert_info(E.short, "version length exceeds the packet")
                r.failed = true
            end
        end
        info = info or "InitServer (truncated)"
        req_info = {}
    elseif code >= 9 and code <= 21 then
        local vals, ok = decode_seq(r, rt, ctx)
        if code == 9 then
            local name = vals[1] and vals[1].str
            if name then rt:add(F.r_function, name):set_generated() end
            req_info = { lookup = name }
            info = "GetGlobalFunc " .. (name and shorten(name, 80) or ("(" .. args_summary(vals, ok) .. ")"))
        else
            req_info = {}
            info = cname .. "(" .. args_summary(vals, ok) .. ")"
        end
    else
        rt:add_proto_expert_info(E.unknown, string.format("Unknown RPC code %d", code))
        local n = r:left()
        if n > 0 then
            rt:add(F.r_trailing, r:take(n)):set_text(string.format("Undecoded body (%d bytes)", n))
        end
        info = string.format("RPC code %d (unknown)", code)
    end

    if req_info and ctx.learn then
        ctx.conn.pending = { code = code, fname = req_info.fname, lookup = req_info.lookup,
                             handle = req_info.handle, frame = ctx.fnum, rec = rec }
    end
    if rec.response_in then rt:add(F.r_response_in, rec.response_in):set_generated() end

    if not r.failed and r.off < r.lim then
        local n = r.lim - r.off
        rt:add(F.r_trailing, mt(r.off, n))
        rt:add_proto_expert_info(E.trailing, string.format("%d undecoded bytes at the end of the RPC body", n))
    end
    return info
end

-- Session layer (spec 4.2). Returns Info text.
local function decode_session(mt, tree, ctx)
    local rec = ctx.rec
    local len = mt:len()
    if len < 3 then
        tree:add_proto_expert_info(E.short, string.format(
            "Payload of %d bytes is shorter than the 3-byte session header", len))
        if len > 0 then tree:add(F.s_body, mt()) end
        return string.format("Short message (%d bytes)", len)
    end
    local sid = mt(0, 2):le_uint()
    local ti = tree:add_le(F.s_id, mt(0, 2))
    ti:add(F.s_init_nonce, mt(0, 1))
    ti:add(F.s_resp_nonce, mt(1, 1))
    local ty = mt(2, 1):uint()
    tree:add(F.s_type, mt(2, 1))
    local tname = SESSION_TYPES[ty]
    local c = ctx.conn

    if ty == 0 or ty == 1 then
        if len >= 4 then tree:add(F.s_version, mt(3, 1)) end
        if len ~= 4 then
            tree:add_proto_expert_info(E.short, string.format(
                "%s body should be 1 byte (version), is %d", tname, len - 3))
        end
        if ctx.learn then
            if ty == 1 and sid >= 256 then c.session_id = sid end
            c.pending = nil
        end
        local v = len >= 4 and (" v" .. mt(3, 1):uint()) or ""
        if ty == 0 then
            return string.format("%s%s (nonce 0x%02x)", tname, v, sid % 256)
        end
        return string.format("%s%s (session 0x%04x)", tname, v, sid)
    elseif ty == 2 then
        if len > 3 then
            tree:add_proto_expert_info(E.trailing, "TerminateSession has a body")
            tree:add(F.s_body, mt(3))
        end
        if ctx.learn then
            c.session_id = nil
            c.pending = nil
            if ctx.dir == DIR_IN then      -- the device rebooted: its handles are gone
                c.funcs, c.nfuncs, c.mods, c.nmods = {}, 0, {}, 0
            end
        end
        return tname
    elseif ty == 3 then
        local text = ""
        if len > 3 then
            text = mt(3):string(ENC_UTF_8)
            tree:add(F.s_log, mt(3), text)
        else
            tree:add(F.s_log, "")
        end
        return "Log: " .. shorten(text, 120)
    elseif ty == 0x10 then
        if ctx.learn then
            rec.stale = (c.session_id ~= nil and sid ~= c.session_id) and c.session_id or nil
        end
        if rec.stale then
            tree:add_proto_expert_info(E.session, string.format(
                "Session id 0x%04x, but the established session is 0x%04x: the receiver will not deliver this",
                sid, rec.stale))
        end
        return "Normal " .. decode_rpc(mt, 3, tree, ctx)
    else
        tree:add_proto_expert_info(E.unknown, string.format("Unknown session message type 0x%02x", ty))
        if len > 3 then tree:add(F.s_body, mt(3)) end
        return string.format("Unknown message type 0x%02x", ty)
    end
end

---------------------------------------------------------------------------------------------
-- Dissector
---------------------------------------------------------------------------------------------
local fld_dir = Field.new("frame.packet_flags_direction")
local fld_iface = Field.new("frame.interface_id")

-- Field values exist only when Wireshark builds a protocol tree. The GUI builds one on its
-- first pass over a file when a tap listener has a filter, so register a trivial one: that
-- way frame.interface_id is known while the streams are reassembled. (tshark -2 builds no
-- tree on its first pass unless -R or -Y is given; see get_interface.)
prime_listener = Listener.new("frame", "microtvm")

-- Interface id (= connection) of the frame, or "?" when Wireshark built no tree on this pass.
local function get_interface()
    local fi = fld_iface()
    if fi then return fi.value end
    return "?"
end

local function get_direction(pinfo)
    local fi = fld_dir()
    if fi then
        local v = fi.value
        if v == DIR_IN or v == DIR_OUT then return v end
    end
    -- fallback: point-to-point direction (set by Wireshark from the same flags)
    local p2p = pinfo.p2p_dir
    if p2p == 1 then return DIR_IN elseif p2p == 0 then return DIR_OUT end
    return DIR_UNKNOWN
end

local function render_msg(item, fi, fnum, root, learn, tvb)
    local ok_crc = item.ok
    local payload = item.payload
    local mt = nil
    local mtree
    if #payload > 0 then
        mt = ByteArray.new(payload, true):tvb("microTVM message")
        mtree = root:add(F.message, mt())
    else
        mtree = root:add(F.message)
    end
    local ft = mtree:add(mt and mt(0, 0) or tvb(0, 0), "Framing")
    ft:add(F.f_length, item.len):set_generated()
    ft:add(F.f_crc, item.crc_rx):set_generated()
    ft:add(F.f_crc_calc, item.crc_calc):set_generated()
    ft:add(F.f_crc_ok, ok_crc):set_generated()
    ft:add(F.f_wire, item.wire):set_generated()
    if item.first then ft:add(F.f_first, item.first):set_generated() end
    ft:set_text(string.format("Framing: %d payload bytes, %d wire bytes, CRC 0x%04x %s%s",
        item.len, item.wire, item.crc_rx, ok_crc and "(ok)" or string.format("(bad, computed 0x%04x)", item.crc_calc),
        (item.first and item.first ~= fnum) and string.format(", started in frame %d", item.first) or ""))

    local info
    if not ok_crc then
        mtree:add_proto_expert_info(E.crc, string.format("CRC 0x%04x received, 0x%04x computed: the receiver drops this message",
            item.crc_rx, item.crc_calc))
    end
    if not mt then
        mtree:add_proto_expert_info(E.short, "Empty payload: no session header")
        info = "Empty message"
    else
        local ctx = { learn = learn and ok_crc, conn = get_conn(fi.iface), rec = item, fnum = fnum,
                      dir = fi.dir }
        local ok, res = pcall(decode_session, mt, mtree, ctx)
        if ok then
            info = res
        else
            mtree:add_proto_expert_info(E.internal, "microtvm.lua internal error: " .. tostring(res))
            info = "decode error"
        end
    end
    mtree:set_text("Message: " .. info)
    if not ok_crc then info = "CRC error (" .. info .. ", dropped)" end
    return info
end

local function render(tvb, pinfo, tree, fi, fnum, learn)
    local root = tree:add(P, tvb())
    root:add(F.direction, fi.dir):set_generated()
    local iface = fi.iface
    if iface == "?" then iface = get_interface() end      -- known on later passes
    root:append_text(", interface " .. tostring(iface))
    if fi.iface == "?" and iface ~= "?" and iface ~= 0 then
        -- a second interface exists, but its bytes were reassembled together with the others
        root:add(tvb(0, 0), "Interface id was not available while reassembling (tshark -2 without -R or -Y): " ..
                 "the streams of all interfaces were reassembled together"):set_generated()
    end
    root:append_text(", " .. DIR_TEXT[fi.dir])
    local infos = {}
    local nmsg = 0
    for _, item in ipairs(fi.items) do
        local k = item.kind
        if k == "msg" then
            nmsg = nmsg + 1
            infos[#infos + 1] = render_msg(item, fi, fnum, root, learn, tvb)
        elseif k == "noise" then
            local rg = tvb(item.off, item.len)
            local raw = rg:raw()
            if not raw:find("[^\254]") then
                root:add(F.noise, rg):set_text(string.format("Nop byte%s (FE) before a packet",
                    item.len == 1 and "" or "s"))
            else
                local ni = root:add(F.noise, rg)
                if is_text(raw) then
                    local text = rg:string(ENC_UTF_8)
                    ni:add(F.noise_text, rg, text)
                    ni:set_text(string.format("Non-framed text (%d bytes): %s", item.len, shorten(text, 120)))
                    infos[#infos + 1] = string.format('Text "%s"', shorten(text, 60))
                else
                    ni:set_text(string.format("Non-framed bytes (%d): %s", item.len, hexbytes(raw)))
                    infos[#infos + 1] = string.format("%d non-framed bytes", item.len)
                end
                ni:add_proto_expert_info(E.noise)
            end
        elseif k == "error" then
            local txt = FRAMING_ERROR_TEXT[item.code] or "error"
            local et = root:add(F.f_error, item.code):set_generated()
            local detail = string.format("Framing error 0x%03x %s (in %s", item.code, txt, item.where or "?")
            if item.where == "payload" then detail = detail .. string.format(", %d of %d payload bytes", item.have, item.len) end
            if item.code == 0x202 and item.byte then detail = detail .. string.format(", FF followed by %02X", item.byte) end
            if item.code == 0x201 then detail = detail .. "; the FF FD starts the next packet" end
            detail = detail .. ")"
            et:set_text(detail)
            if item.first then et:add(F.f_first, item.first):set_generated() end
            et:add_proto_expert_info(E.framing, detail)
            infos[#infos + 1] = string.format("Framing error 0x%03x %s", item.code, txt)
        elseif k == "oversized" then
            local cap = P.prefs.max_payload
            local ot = root:add(F.f_oversized, item.len):set_generated()
            ot:add_proto_expert_info(E.oversized, string.format(
                "Packet announces %d payload bytes, more than the %d-byte limit (preference); skipped, hunting for the next FF FD",
                item.len, cap))
            infos[#infos + 1] = string.format("Oversized packet (LEN %d) skipped", item.len)
        end
    end
    if fi.partial then
        local p = fi.partial
        local pt = root:add(F.f_partial, p.have):set_generated()
        local txt, short
        if p.where == "start" then
            txt = "Chunk ends with FF: possible start of a packet"
            short = "fragment (FF, possible packet start)"
        elseif p.where == "length" then
            txt = "Packet in progress (in length field)"
            short = "fragment (packet start, length)"
        elseif p.where == "CRC" then
            txt = string.format("Packet in progress: all %d payload bytes received, CRC pending", p.len)
            short = string.format("fragment (%d-byte payload complete, CRC pending)", p.len)
        else
            txt = string.format("Packet in progress: %d of %d payload bytes so far", p.have, p.len)
            short = string.format("fragment (%d of %d payload bytes)", p.have, p.len)
        end
        if p.first and p.first ~= fnum then txt = txt .. string.format(", started in frame %d", p.first) end
        pt:set_text(txt)
        if fi.continued_in then
            pt:add(F.f_continued, fi.continued_in):set_generated()
        end
        pt:add_proto_expert_info(E.partial)
        if #infos == 0 then
            local s = short
            if fi.continued_in then s = s .. string.format(", ends in frame %d", fi.continued_in) end
            infos[#infos + 1] = s
        end
    end
    if #infos == 0 then infos[1] = (#fi.items > 0) and "nop" or "no data" end
    if nmsg > 1 then root:append_text(string.format(", %d messages", nmsg)) end
    pinfo.cols.info:set(DIR_TEXT[fi.dir] .. " " .. table.concat(infos, "; "))
end

function P.dissector(tvb, pinfo, tree)
    pinfo.cols.protocol:set("microTVM")
    local fnum = pinfo.number
    local fi = frames[fnum]
    local learn = false
    if fi == nil then
        if pinfo.visited then
            local root = tree:add(P, tvb())
            root:add_proto_expert_info(E.state,
                "This frame was not seen on the first pass; reload the file to decode it")
            pinfo.cols.info:set("(decoding state not available)")
            return tvb:len()
        end
        local iface = get_interface()
        local dir = get_direction(pinfo)
        fi = { dir = dir, iface = iface, items = {} }
        frames[fnum] = fi
        local key = tostring(iface) .. ":" .. dir
        local st = streams[key]
        if not st then st = new_stream(); streams[key] = st end
        local data = tvb:len() > 0 and tvb:raw(0, tvb:len()) or ""
        feed(st, data, fnum, fi, P.prefs.max_payload)
        learn = true
    end
    render(tvb, pinfo, tree, fi, fnum, learn)
    return tvb:len()
end

DissectorTable.get("wtap_encap"):add((wtap_encaps or wtap).USER0, P)
