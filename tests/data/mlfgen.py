#!/usr/bin/env python3
"""Deterministic generator of Model Library Format (MLF) archives for tests.

Everything here is written from the project's format notes (the microTVM reference,
sections 1 and 2): archive layout per metadata version, metadata.json, the
tvmgen_<mod>.h header, the NDArray-list ``.params`` format and the graph JSON.
Only the Python 3 standard library is used.  All outputs are byte-reproducible:
random values come from fixed seeds and every timestamp is fixed.

Subcommands
  example  OUT.tar                   the bundled example model "tinydense" (v7, AOT, C interface)
  fixtures OUTDIR                    every test fixture plus OUTDIR/manifest.json
  large    OUT.tar [--c-files N] [--params-mb M]   benchmark archive (~500 MB by default)
  bigc     OUT.tar [--mb N]          v7 AOT archive whose default_lib1.c is ~N MB
  verify   OUTDIR                    re-reads written fixtures and checks them against the manifest
  selftest                           checks the encoders (spec test vector, round trips)

manifest.json (written by ``fixtures``) is a list with one object per fixture:
  file            name inside OUTDIR ("v7_aot_dir" is a folder)
  kind            "valid" | "hostile" | "codegen-only" (no metadata.json: not an MLF the
                  metadata tests can open; carries file, form, tar_format, root, files,
                  memory_truth and note only)
  form            "tar" | "gzip" | "zip" | "dir"   (judged by content, not by file name)
  note            optional free text
  valid only:
    version       metadata "version" value;  style: "full-model" | "operator"
    root          folder holding metadata.json inside the container ("" or "model")
    tar_format    "pax" | "gnu" | "ustar" (tar and gzip forms)
    files         sorted regular-file paths relative to root, without "./"
    modules       [{name, executors, targets (list; v1-v5 dicts flattened to their values),
                    operator_count, operator_functions, workspace_bytes (main),
                    io_bytes, constants_bytes, params_count, params_bytes (sum of tensor
                    data bytes), sids_count, has_graph, has_header, inputs, outputs
                    ({name: {dtype, size}}, v7+ only), pools [{name, kind, size}]}]
                  null = not carried by that version's metadata (v1: operator/memory
                  numbers; operator style: everything about main and params;
                  sids_count is null where memory has no "sids" key)
  memory_truth    optional (v7_constforms.tar, v4_graph_linked.tar, codegen_only_header.tar):
                  memory figures the generator knows because it wrote the C that states them
                  (see memory_fixtures); never computed by reading the files back.
                  AOT: constants [{symbol, bytes, kind, file}] (kind "linked_param" |
                  "constant" | "constant_pool" | "npu_weights" | "npu_command_stream"),
                  constants_bytes, calls (operator functions in call order), and
                  v7_constforms: constant_pools [{symbol, bytes, members [{name, offset,
                  bytes}]}], metadata_constants_bytes (0, what metadata.json claims),
                  workspace_arrays [{symbol, bytes}], workspace_bytes, lets [{name, offset,
                  bytes, first_call, last_call}] (bytes: the tensor the generator put there;
                  the C states only offsets), scratch [{function, name, offset, bytes, call}],
                  peak_bytes / peak_call (bytes held at once), io_bytes;
                  codegen_only_header: module, workspace_bytes (+ workspace_source "header"),
                  allocations [{name, bytes, first_call, last_call}] (TVMBackendAllocWorkspace
                  in main), operator_allocations [{function, bytes}], io_known (false).
                  Graph (v4_graph_linked): storage {sid: bytes of its largest entry}, shared
                  {sid: tensor names}, linked [sids], linked_symbols {sid: __tvm_param__ name},
                  claimed {sid: metadata size_bytes}, largest_operator_workspace, ram_bytes
                  (unlinked storage + largest operator workspace), flash_bytes.
                  JSON object keys that are storage ids are decimal strings.
  hostile only:
    error_contains  short lowercase substring a good error message contains
    stage           where it should fail: "archive" | "metadata" | "graph" | "params"
    needs_caps      optional {"max_entries": N} or {"max_total_bytes": N}: the test must
                    configure the reader with that cap for the fixture to be rejected

Data flow: a *Model* (tensors + operator calls) is lowered by ``lower_model`` into a
*ModuleSpec* (function list, memory numbers, params, rendered files) for one metadata
version; ``module_files`` lays a ModuleSpec out as archive paths for that version and
``build_metadata`` writes metadata.json.  The manifest facts are read from the same
ModuleSpec objects, so nothing is typed twice.
"""

import argparse
import gzip
import io
import json
import lzma
import os
import random
import re
import struct
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional, Tuple

# --------------------------------------------------------------------------------------
# Fixed values that make the outputs reproducible
# --------------------------------------------------------------------------------------

MTIME = 1700000000                      # 2023-11-14 22:13:20 UTC
PAX_MTIME = 1700000000.5                # PAX archives carry a fractional mtime like real exports
EXPORT_DATETIME = "2023-11-14 22:13:20Z"
ZIP_DATETIME = (2023, 11, 14, 22, 13, 20)
TVM_VERSION = "0.18.0"
C_TARGET = "c -keys=cpu -model=host"
C_TARGET_OLD = "c -keys=cpu -link-params=0 -model=host"
LLVM_TARGET = "llvm -keys=arm_cpu,cpu -mcpu=cortex-m4 -mtriple=thumbv7em-none-eabi"
CPU = 1                                  # DLPack device type kDLCPU
ALIGN = 16                               # byte alignment of workspace carve-outs

LIST_MAGIC = 0xF7E58D4F05049CB7
TENSOR_MAGIC = 0xDD5E40F096B4A13F

# dtype name -> (DLPack code, bits, struct format char, C type)
DTYPES = {
    "int8": (0, 8, "b", "int8_t"),
    "int16": (0, 16, "h", "int16_t"),
    "int32": (0, 32, "i", "int32_t"),
    "uint8": (1, 8, "B", "uint8_t"),
    "float32": (2, 32, "f", "float"),
}


def align(n: int, a: int = ALIGN) -> int:
    return (n + a - 1) // a * a


def prod(shape) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def c_ident(name: str) -> str:
    """Sanitise a tensor/pool name the way the header does: non-alphanumerics become '_'."""
    return "".join(ch if ch.isalnum() else "_" for ch in name)


# --------------------------------------------------------------------------------------
# Blobs: file contents that are either bytes or a generator of known total size
# --------------------------------------------------------------------------------------

class Blob:
    """File content of known size, produced by ``chunks()`` (may be called repeatedly)."""

    def __init__(self, size: int, chunks: Callable[[], Iterator[bytes]]):
        self.size = size
        self.chunks = chunks

    @staticmethod
    def of(data) -> "Blob":
        if isinstance(data, Blob):
            return data
        if isinstance(data, str):
            data = data.encode("utf-8")
        return Blob(len(data), lambda: iter((data,)))

    @staticmethod
    def measured(chunks: Callable[[], Iterator[bytes]]) -> "Blob":
        """Blob whose size is found by running the generator once (no data is kept)."""
        return Blob(sum(len(c) for c in chunks()), chunks)

    def read_all(self) -> bytes:
        return b"".join(self.chunks())

    def reader(self) -> io.RawIOBase:
        return _BlobReader(self)


class _BlobReader(io.RawIOBase):
    def __init__(self, blob: Blob):
        self._it = blob.chunks()
        self._buf = b""

    def readable(self):
        return True

    def readinto(self, b):
        """Fills ``b`` completely unless the data ends (tarfile treats short reads as EOF)."""
        view, filled = memoryview(b), 0
        while filled < len(view):
            if not self._buf:
                self._buf = next(self._it, None)
                if self._buf is None:
                    self._buf = b""
                    break
                continue
            n = min(len(view) - filled, len(self._buf))
            view[filled:filled + n] = self._buf[:n]
            self._buf = self._buf[n:]
            filled += n
        return filled


# --------------------------------------------------------------------------------------
# Tensors and the .params (NDArray list) encoder, spec 2.1
# --------------------------------------------------------------------------------------

@dataclass
class Tensor:
    name: str
    dtype: str
    shape: Tuple[int, ...]
    seed: int = 0
    explicit: Optional[list] = None      # fixed values (used by the spec test vector)

    @property
    def nbytes(self) -> int:
        bits = DTYPES[self.dtype][1]
        return (bits + 7) // 8 * prod(self.shape)

    @property
    def ctype(self) -> str:
        return DTYPES[self.dtype][3]

    def values(self) -> list:
        """Deterministic element values (only for small tensors)."""
        if self.explicit is not None:
            return list(self.explicit)
        return _random_values(self.dtype, prod(self.shape), self.seed)

    def data_chunks(self, chunk: int = 1 << 20) -> Iterator[bytes]:
        """Little-endian element bytes; big tensors repeat a rotated 1 MiB block."""
        if self.nbytes <= chunk:
            fmt = "<%d%s" % (prod(self.shape), DTYPES[self.dtype][2])
            yield struct.pack(fmt, *self.values())
            return
        elem = self.nbytes // prod(self.shape)
        block = struct.pack("<%d%s" % (chunk // elem, DTYPES[self.dtype][2]),
                            *_random_values(self.dtype, chunk // elem, self.seed))
        remaining, k = self.nbytes, 0
        while remaining > 0:
            shift = (k * 4 * elem) % chunk
            piece = block[shift:] + block[:shift]
            yield piece[:remaining]
            remaining -= len(piece[:remaining])
            k += 1


def _random_values(dtype: str, count: int, seed: int) -> list:
    rng = random.Random(seed)
    if dtype == "float32":
        raw = struct.pack("<%df" % count, *(rng.uniform(-1.0, 1.0) for _ in range(count)))
        return list(struct.unpack("<%df" % count, raw))      # rounded to float32
    lo, hi = {"int8": (-128, 127), "uint8": (0, 255), "int16": (-3000, 3000),
              "int32": (-1000, 1000)}[dtype]
    return [rng.randint(lo, hi) for _ in range(count)]


def params_prefix(tensors: List[Tensor]) -> bytes:
    out = [struct.pack("<QQQ", LIST_MAGIC, 0, len(tensors))]
    for t in tensors:
        name = t.name.encode("utf-8")
        out.append(struct.pack("<Q", len(name)) + name)
    out.append(struct.pack("<Q", len(tensors)))
    return b"".join(out)


def tensor_header(t: Tensor) -> bytes:
    code, bits, _, _ = DTYPES[t.dtype]
    head = struct.pack("<QQiiiBBH", TENSOR_MAGIC, 0, CPU, 0, len(t.shape), code, bits, 1)
    head += struct.pack("<%dq" % len(t.shape), *t.shape)
    return head + struct.pack("<q", t.nbytes)


def params_blob(tensors: List[Tensor]) -> Blob:
    """The whole .params file as a streaming Blob."""
    size = len(params_prefix(tensors)) + sum(len(tensor_header(t)) + t.nbytes for t in tensors)

    def chunks():
        yield params_prefix(tensors)
        for t in tensors:
            yield tensor_header(t)
            yield from t.data_chunks()
    return Blob(size, chunks)


def decode_params(data: bytes) -> List[Tuple[str, str, tuple, bytes]]:
    """Small decoder used by selftest: [(name, dtype, shape, raw data)]."""
    pos = 0

    def take(fmt):
        nonlocal pos
        vals = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return vals
    magic, _, count = take("<QQQ")
    if magic != LIST_MAGIC:
        raise ValueError("bad list magic")
    names = []
    for _ in range(count):
        (n,) = take("<Q")
        names.append(data[pos:pos + n].decode())
        pos += n
    (tcount,) = take("<Q")
    if tcount != count:
        raise ValueError("name/tensor count mismatch")
    by_code = {(v[0], v[1]): k for k, v in DTYPES.items()}
    out = []
    for name in names:
        magic, _, dev, _, ndim, code, bits, lanes = take("<QQiiiBBH")
        if magic != TENSOR_MAGIC or dev != CPU or lanes != 1:
            raise ValueError("bad tensor header")
        shape = take("<%dq" % ndim)
        (nbytes,) = take("<q")
        if nbytes != (bits + 7) // 8 * prod(shape) or pos + nbytes > len(data):
            raise ValueError("bad tensor size")
        out.append((name, by_code[(code, bits)], tuple(shape), data[pos:pos + nbytes]))
        pos += nbytes
    if pos != len(data):
        raise ValueError("trailing bytes")
    return out


# --------------------------------------------------------------------------------------
# Model description
# --------------------------------------------------------------------------------------

@dataclass
class Op:
    """One call of a fused primitive function.

    kind: dense (attrs bias/relu), cast_multiply, relu or softmax.
    workspace: per-operator workspace bytes (operator_functions[*].workspace).
    """
    func: str                    # base name without the tvmgen_<mod>_ prefix
    kind: str
    args: List[str]              # names of model inputs, params or earlier outputs
    out: Tensor
    workspace: int
    relu: bool = False


@dataclass
class Model:
    name: str
    inputs: List[Tensor]
    params: List[Tensor]          # in .params order (deliberately not always sorted)
    ops: List[Op]
    output_names: List[str] = field(default_factory=lambda: ["output"])

    def tensor(self, name: str) -> Tensor:
        for t in self.inputs + self.params + [op.out for op in self.ops]:
            if t.name == name:
                return t
        raise KeyError(name)

    @property
    def outputs(self) -> List[Tensor]:
        return [self.ops[-1].out]

    def is_arg(self, name: str) -> bool:
        return any(t.name == name for t in self.inputs + self.params)

    def is_param(self, name: str) -> bool:
        return any(t.name == name for t in self.params)


def softmax_scratch_bytes(n: int) -> int:
    return (n + 2) * 4            # exp values, the maximum and the sum, all float32


def tinydense_model() -> Model:
    """The bundled example: input[1,16] -> dense+bias+relu(8) -> dense+bias(4) -> softmax."""
    params = [Tensor("p0", "float32", (8, 16), seed=101), Tensor("p1", "float32", (8,), seed=102),
              Tensor("p2", "float32", (4, 8), seed=103), Tensor("p3", "float32", (4,), seed=104)]
    ops = [
        Op("fused_nn_dense_add_nn_relu", "dense", ["input", "p0", "p1"],
           Tensor("t0", "float32", (1, 8)), workspace=0, relu=True),
        Op("fused_nn_dense_add", "dense", ["t0", "p2", "p3"],
           Tensor("t1", "float32", (1, 4)), workspace=0),
        Op("fused_nn_softmax", "softmax", ["t1"], Tensor("t2", "float32", (1, 4)),
           workspace=align(softmax_scratch_bytes(4))),
    ]
    return Model("default", [Tensor("input", "float32", (1, 16))], params, ops)


def fixture_model(name: str = "default") -> Model:
    """Six calls of five functions (relu is called twice), params in int8/int32/float32."""
    p = {t.name: t for t in [
        Tensor("p0", "int8", (8, 16), seed=201), Tensor("p1", "int32", (8,), seed=202),
        Tensor("p2", "float32", (8,), seed=203), Tensor("p3", "float32", (8, 8), seed=204),
        Tensor("p4", "float32", (8,), seed=205)]}
    ops = [
        Op("fused_nn_dense_add", "dense", ["data", "p0", "p1"], Tensor("t0", "int32", (1, 8)), 96),
        Op("fused_cast_multiply", "cast_multiply", ["t0", "p2"], Tensor("t1", "float32", (1, 8)), 32),
        Op("fused_nn_relu", "relu", ["t1"], Tensor("t2", "float32", (1, 8)), 16),
        Op("fused_nn_dense_add_1", "dense", ["t2", "p3", "p4"], Tensor("t3", "float32", (1, 8)), 64),
        Op("fused_nn_relu", "relu", ["t3"], Tensor("t4", "float32", (1, 8)), 16),
        Op("fused_nn_softmax", "softmax", ["t4"], Tensor("t5", "float32", (1, 8)), 48),
    ]
    order = ["p3", "p0", "p4", "p1", "p2"]      # a "map order", not sorted
    return Model(name, [Tensor("data", "int8", (1, 16))], [p[n] for n in order], ops)


def mlp_model(name: str, dims: List[int], seed: int) -> Model:
    """float32 multi-layer perceptron; used for the ~30 MB params fixture."""
    params, ops, prev = [], [], "data"
    for i in range(len(dims) - 1):
        w = Tensor("p%d" % (2 * i), "float32", (dims[i + 1], dims[i]), seed=seed + 2 * i)
        b = Tensor("p%d" % (2 * i + 1), "float32", (dims[i + 1],), seed=seed + 2 * i + 1)
        params += [w, b]
        last = i == len(dims) - 2
        out = Tensor("t%d" % i, "float32", (1, dims[i + 1]))
        ops.append(Op("fused_nn_dense_add" + ("" if last else "_nn_relu") + ("_%d" % i if i else ""),
                      "dense", [prev, w.name, b.name], out, workspace=16 * (i + 1), relu=not last))
        prev = out.name
    return Model(name, [Tensor("data", "float32", (1, dims[0]))], params, ops)


# --------------------------------------------------------------------------------------
# Graph: node order, storage planning, graph JSON (spec 2.2) and sids (spec 1.4.1)
# --------------------------------------------------------------------------------------

@dataclass
class Plan:
    nodes: list                       # ("null", Tensor) or ("op", Op) in graph order
    sid: Dict[str, int]               # tensor name -> storage id
    sid_bytes: Dict[int, int]         # storage id -> bytes


def plan_storage(model: Model, any_size: bool = False) -> Plan:
    """Graph order (arguments appear just before their first use) and storage ids.

    Intermediates reuse a free storage id of the same byte size once every reader of the
    previous tenant has run; inputs, params and the model output get their own ids.
    With ``any_size`` an intermediate takes the first free id whatever its size and the id
    grows to its largest tenant (as TVM's graph planner does).
    """
    nodes, seen = [], set()
    for op in model.ops:
        for a in op.args:
            if model.is_arg(a) and a not in seen:
                nodes.append(("null", model.tensor(a)))
                seen.add(a)
        nodes.append(("op", op))
    last_use = {}
    for i, (kind, item) in enumerate(nodes):
        if kind == "op":
            for a in item.args:
                last_use[a] = i
    outputs = {t.name for t in model.outputs}
    sid, sid_bytes, free, released = {}, {}, [], set()
    for i, (kind, item) in enumerate(nodes):
        for name, last in last_use.items():
            if last < i and name in sid and name not in released and not model.is_arg(name):
                released.add(name)
                free.append(sid[name])
        t = item if kind == "null" else item.out
        reuse = None
        if kind == "op" and t.name not in outputs:
            reuse = next((s for s in free if any_size or sid_bytes[s] == t.nbytes), None)
        if reuse is None:
            sid[t.name] = len(sid_bytes)
            sid_bytes[sid[t.name]] = t.nbytes
        else:
            free.remove(reuse)
            sid[t.name] = reuse
            sid_bytes[reuse] = max(sid_bytes[reuse], t.nbytes)
    return Plan(nodes, sid, sid_bytes)


def graph_json(model: Model, plan: Plan, prefix: str, rng: random.Random) -> dict:
    index, names_used = {}, {}
    nodes, arg_nodes = [], []
    shapes, dltypes, sids = [], [], []
    for i, (kind, item) in enumerate(plan.nodes):
        t = item if kind == "null" else item.out
        index[t.name] = i
        if kind == "null":
            arg_nodes.append(i)
            nodes.append({"op": "null", "name": t.name, "inputs": []})
        else:
            func = prefix + item.func
            n = names_used.get(func, 0)
            names_used[func] = n + 1
            nodes.append({
                "op": "tvm_op",
                "name": func if n == 0 else "%s_%d" % (func, n),
                "attrs": {"num_outputs": "1", "num_inputs": str(len(item.args)),
                          "flatten_data": "0", "func_name": func,
                          "hash": "%016x" % rng.getrandbits(64)},
                "inputs": [[index[a], 0, 0] for a in item.args],
            })
        shapes.append(list(t.shape))
        dltypes.append(t.dtype)
        sids.append(plan.sid[t.name])
    return {
        "nodes": nodes,
        "arg_nodes": arg_nodes,
        "heads": [[index[t.name], 0, 0] for t in model.outputs],
        "attrs": {
            "dltype": ["list_str", dltypes],
            "device_index": ["list_int", [CPU] * len(nodes)],
            "storage_id": ["list_int", sids],
            "shape": ["list_shape", shapes],
        },
        "node_row_ptr": list(range(len(nodes) + 1)),
    }


def sids_from_graph(graph: dict) -> list:
    """memory.sids as TVM builds it, including its quirk: the shape and dtype of storage id
    *s* are taken from entry *s* of the attrs lists (not from an entry that uses *s*)."""
    shapes = graph["attrs"]["shape"][1]
    dltypes = graph["attrs"]["dltype"][1]
    out, seen = [], set()
    for entry, s in enumerate(graph["attrs"]["storage_id"][1]):
        if s in seen:
            continue
        seen.add(s)
        bits = int("".join(ch for ch in dltypes[s] if ch.isdigit()))
        item = {"storage_id": s, "size_bytes": (prod(shapes[s]) * bits + 7) // 8}
        if entry in graph["arg_nodes"]:
            item["input_binding"] = graph["nodes"][entry]["name"]
        out.append(item)
    return out


def dump_graph(obj, indent: int = 0) -> str:
    """Pretty JSON in the dmlc style: objects broken over lines, small arrays inline."""
    pad, inner = " " * indent, " " * (indent + 2)

    def flat(o):          # arrays without objects inside are printed on one line
        return not isinstance(o, dict) and (not isinstance(o, list) or all(flat(x) for x in o))
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        body = ",\n".join("%s%s: %s" % (inner, json.dumps(k), dump_graph(v, indent + 2))
                          for k, v in obj.items())
        return "{\n%s\n%s}" % (body, pad)
    if isinstance(obj, list) and not flat(obj):
        body = ",\n".join(inner + dump_graph(v, indent + 2) for v in obj)
        return "[\n%s\n%s]" % (body, pad)
    return json.dumps(obj)


# --------------------------------------------------------------------------------------
# C code: kernel bodies, kernels in three calling styles, main, lib0 wrappers, header
# --------------------------------------------------------------------------------------

C_PROLOGUE = """// tvm target: c -keys=cpu -model=host
#define TVM_EXPORTS
#include "tvm/runtime/c_runtime_api.h"
#include "tvm/runtime/c_backend_api.h"
#include <math.h>
#include <stdint.h>
#include <stddef.h>
"""

EXTERN_C_OPEN = "#ifdef __cplusplus\nextern \"C\" {\n#endif\n"
EXTERN_C_CLOSE = "#ifdef __cplusplus\n}\n#endif\n"

PACKED_SIGNATURE = ("void* args, int32_t* arg_type_ids, int32_t num_args, void* out_ret_value, "
                    "int32_t* out_ret_tcode, void* resource_handle")


def c_number(v, dtype: str) -> str:
    if dtype != "float32":
        return str(v)
    s = "%.9g" % v
    if not any(ch in s for ch in ".en"):
        s += ".0"
    return s + "f"


def c_array(name: str, t: Tensor, per_line: int = 8) -> str:
    vals = [c_number(v, t.dtype) for v in t.values()]
    lines = ["  " + ", ".join(vals[i:i + per_line]) for i in range(0, len(vals), per_line)]
    return "static const %s %s[%d] = {\n%s\n};\n" % (t.ctype, name, len(vals), ",\n".join(lines))


def kernel_body(op: Op, model: Model, var: Dict[str, str], scratch: Optional[str]) -> List[str]:
    """Statements computing ``op``; ``var`` maps tensor names (and "out") to C pointers."""
    out, o = op.out, var["out"]
    acc = out.ctype
    if op.kind == "dense":
        x, w, b = (model.tensor(a) for a in op.args)
        k, n = x.shape[-1], w.shape[0]
        store = "(%s > (%s)0) ? %s : (%s)0" % ("acc", acc, "acc", acc) if op.relu else "acc"
        return [
            "for (int32_t j = 0; j < %d; ++j) {" % n,
            "  %s acc = (%s)%s[j];" % (acc, acc, var[b.name]),
            "  for (int32_t k = 0; k < %d; ++k) {" % k,
            "    acc = acc + (((%s)%s[k]) * ((%s)%s[((j * %d) + k)]));" % (acc, var[x.name], acc,
                                                                          var[w.name], k),
            "  }",
            "  %s[j] = %s;" % (o, store),
            "}",
        ]
    if op.kind == "cast_multiply":
        x, s = (model.tensor(a) for a in op.args)
        return ["for (int32_t i = 0; i < %d; ++i) {" % prod(out.shape),
                "  %s[i] = (((%s)%s[i]) * %s[i]);" % (o, acc, var[x.name], var[s.name]),
                "}"]
    if op.kind == "relu":
        x = var[op.args[0]]
        return ["for (int32_t i = 0; i < %d; ++i) {" % prod(out.shape),
                "  %s[i] = ((%s[i] > (%s)0) ? %s[i] : (%s)0);" % (o, x, acc, x, acc),
                "}"]
    if op.kind == "softmax":
        n, x = prod(out.shape), var[op.args[0]]
        assert scratch and softmax_scratch_bytes(n) <= op.workspace, "softmax needs scratch"
        return [
            "float* T_exp = (float*)%s;" % scratch,
            "float* T_max = &T_exp[%d];" % n,
            "float* T_sum = &T_exp[%d];" % (n + 1),
            "T_max[0] = %s[0];" % x,
            "for (int32_t i = 1; i < %d; ++i) {" % n,
            "  T_max[0] = ((%s[i] > T_max[0]) ? %s[i] : T_max[0]);" % (x, x),
            "}",
            "T_sum[0] = 0.000000e+00f;",
            "for (int32_t i = 0; i < %d; ++i) {" % n,
            "  T_exp[i] = expf((%s[i] - T_max[0]));" % x,
            "  T_sum[0] = (T_sum[0] + T_exp[i]);",
            "}",
            "for (int32_t i = 0; i < %d; ++i) {" % n,
            "  %s[i] = (T_exp[i] / T_sum[0]);" % o,
            "}",
        ]
    raise ValueError(op.kind)


def touch_scratch(scratch: str, nbytes: int) -> List[str]:
    return ["for (int32_t i = 0; i < %d; ++i) {" % nbytes,
            "  ((uint8_t*)%s)[i] = (uint8_t)0;" % scratch,
            "}"]


def indent(lines: List[str], n: int = 2) -> str:
    return "".join(" " * n + ln + "\n" for ln in lines)


ARG_NAMES = {"dense": ["data", "weight", "bias"], "cast_multiply": ["data", "scale"],
             "relu": ["data"], "softmax": ["data"]}
OUT_NAMES = {"dense": "T_add", "cast_multiply": "T_multiply", "relu": "T_relu",
             "softmax": "T_softmax"}


def out_name(op: Op) -> str:
    return "T_relu" if op.relu else OUT_NAMES[op.kind]


def op_params(op: Op, model: Model) -> List[Tuple[str, Tensor]]:
    """(C parameter name, tensor) for the op's inputs then its output."""
    ps = [(n, model.tensor(a)) for n, a in zip(ARG_NAMES[op.kind], op.args)]
    return ps + [(out_name(op), op.out)]


def kernel_packed(op: Op, model: Model, fname: str) -> str:
    """Packed-API kernel (graph executor): arguments arrive as DLTensor handles."""
    ps = op_params(op, model)
    lines = ["(void)arg_type_ids; (void)out_ret_value; (void)out_ret_tcode; (void)resource_handle;",
             "if (num_args != %d) {" % len(ps), "  return -1;", "}"]
    for i, (pn, t) in enumerate(ps):
        lines.append("%s* %s = (%s*)(((DLTensor*)(((TVMValue*)args)[%d].v_handle))[0].data);"
                     % (t.ctype, pn, t.ctype, i))
    lines += alloc_and_compute(op, model, ps)
    return "TVM_DLL int32_t %s(%s) {\n%s}\n\n" % (fname, PACKED_SIGNATURE, indent(lines))


def alloc_and_compute(op: Op, model: Model, ps) -> List[str]:
    var = {t.name: pn for pn, t in ps}
    var["out"] = out_name(op)
    lines = ["void* scratch = TVMBackendAllocWorkspace(%d, 0, (uint64_t)%d, 2, 32);"
             % (CPU, op.workspace),
             "if (scratch == NULL) {", "  return -1;", "}"]
    if op.kind == "softmax":
        lines += kernel_body(op, model, var, "scratch")
    else:
        lines += touch_scratch("scratch", op.workspace) + kernel_body(op, model, var, None)
    lines += ["if (TVMBackendFreeWorkspace(%d, 0, scratch) != 0) {" % CPU, "  return -1;", "}",
              "return 0;"]
    return lines


def kernel_typed(op: Op, model: Model, fname: str, ws_var: Optional[str],
                 scratch_offset: int = 0) -> str:
    """Unpacked-API kernel (AOT). With ``ws_var`` the scratch region is carved from that
    workspace buffer at ``scratch_offset``; without it TVMBackendAllocWorkspace is used."""
    ps = op_params(op, model)
    sig = ", ".join("%s* %s" % (t.ctype, pn) for pn, t in ps)
    if ws_var is None:
        lines = alloc_and_compute(op, model, ps)
    else:
        sig += ", uint8_t* %s" % ws_var
        var = {t.name: pn for pn, t in ps}
        var["out"] = out_name(op)
        lines = []
        if op.workspace:
            lines.append("void* scratch = (void*)(&(%s[%d]));" % (ws_var, scratch_offset))
        else:
            lines.append("(void)%s;" % ws_var)
        if op.workspace and op.kind != "softmax":
            lines += touch_scratch("scratch", op.workspace)
        lines += kernel_body(op, model, var, "scratch" if op.workspace else None)
        lines.append("return 0;")
    return "TVM_DLL int32_t %s(%s) {\n%s}\n\n" % (fname, sig, indent(lines))


@dataclass
class CContext:
    """How the C of one module is written."""
    prefix: str                  # "" (v1/v2) or "tvmgen_<mod>_"
    api: str                     # "packed" (graph) or "typed" (AOT)
    carve_kernels: bool = False  # kernels take the workspace var (example / pools)
    c_interface: bool = False    # tvmgen_<mod>.h + tvmgen_<mod>_run wrapper
    pools: Optional["Pools"] = None


@dataclass
class Pools:
    """USMP-style external pools: one workspace pool for I/O + intermediates, one for the
    operator scratch, one constant pool holding the weights."""
    io_pool: str
    scratch_pool: str
    const_pool: str
    io_offsets: Dict[str, int] = field(default_factory=dict)
    io_end: int = 0              # intermediates start here in the I/O pool
    io_pool_size: int = 0
    scratch_pool_size: int = 0
    const_offsets: Dict[str, int] = field(default_factory=dict)
    const_size: int = 0
    const_data: bytes = b""


def carve_offsets(model: Model, plan: Plan, start: int = 0) -> Tuple[Dict[int, int], int]:
    """Offsets of the intermediate storage ids inside main's workspace; returns (map, end)."""
    outputs = {t.name for t in model.outputs}
    offsets, pos = {}, start
    for op in model.ops:
        s = plan.sid[op.out.name]
        if op.out.name not in outputs and s not in offsets:
            offsets[s] = pos
            pos += align(plan.sid_bytes[s])
    return offsets, pos


def main_function(model: Model, plan: Plan, ctx: CContext, weight_expr: Dict[str, str]) -> str:
    """__tvm_main__: carves intermediates from its workspace and calls the kernels in order."""
    main = ctx.prefix + "__tvm_main__"
    gws = "global_workspace_var"
    if ctx.pools:
        gws = c_ident(ctx.pools.io_pool) + "_var"
    offsets, _ = carve_offsets(model, plan, ctx.pools.io_end if ctx.pools else 0)
    sig = ["%s* %s_buffer_var" % (t.ctype, c_ident(t.name)) for t in model.inputs]
    sig += ["%s* %s_buffer_var" % (t.ctype, c_ident(n)) for t, n in zip(model.outputs,
                                                                         model.output_names)]
    sig.append("uint8_t* %s" % gws)
    if ctx.pools:
        sig.append("uint8_t* %s_var" % c_ident(ctx.pools.scratch_pool))
        sig.append("const uint8_t* %s_var" % c_ident(ctx.pools.const_pool))
    expr = {t.name: "%s_buffer_var" % c_ident(t.name) for t in model.inputs}
    for t, n in zip(model.outputs, model.output_names):
        expr[t.name] = "%s_buffer_var" % c_ident(n)
    lines, local = [], {}
    for s, off in offsets.items():
        local[s] = "sid_%d_let" % (len(local) + 1)
        lines.append("void* %s = (&(%s[%d]));" % (local[s], gws, off))
    for op in model.ops:
        if op.out.name not in expr:
            expr[op.out.name] = local[plan.sid[op.out.name]]
    for op in model.ops:
        args = []
        for a in op.args + [op.out.name]:
            t = model.tensor(a)
            e = weight_expr[a] if model.is_param(a) else expr[a]
            args.append("(%s*)%s" % (t.ctype, e))
        if ctx.carve_kernels:
            args.append("%s_var" % c_ident(ctx.pools.scratch_pool) if ctx.pools else gws)
        lines += ["if (%s%s(%s) != 0) {" % (ctx.prefix, op.func, ", ".join(args)),
                  "  return -1;", "}"]
    if not ctx.carve_kernels and not offsets:
        lines.insert(0, "(void)%s;" % gws)
    lines.append("return 0;")
    return "TVM_DLL int32_t %s(%s) {\n%s}\n\n" % (main, ", ".join(sig), indent(lines))


def unique_functions(model: Model, prefix: str) -> List[Tuple[str, int]]:
    seen = {}
    for op in model.ops:
        name = prefix + op.func
        if name in seen:
            assert seen[name] == op.workspace, "one function, one workspace"
        seen.setdefault(name, op.workspace)
    return list(seen.items())


def lib1_source(model: Model, plan: Plan, ctx: CContext,
                linked: Optional[List[Tuple[Tensor, int]]] = None) -> str:
    """Operator kernels (+ for AOT the linked weights and __tvm_main__).  ``linked``
    (graph executor, -link-params=1): [(param, storage id)] written as __tvm_param__ arrays
    at the top and served by _lookup_linked_param at the end."""
    parts = [C_PROLOGUE, EXTERN_C_OPEN]
    for t, _ in linked or []:
        parts.append(c_array("__tvm_param__" + t.name, t))
    if linked:
        parts.append("\n")
    emitted = set()
    weight_expr = {}
    if ctx.api == "typed" and not ctx.pools:
        for t in model.params:
            weight_expr[t.name] = ctx.prefix + t.name
            parts.append(c_array(weight_expr[t.name], t))
        parts.append("\n")
    if ctx.pools:
        cp = c_ident(ctx.pools.const_pool) + "_var"
        for t in model.params:
            weight_expr[t.name] = "(&(%s[%d]))" % (cp, ctx.pools.const_offsets[t.name])
    scratch_offset = 0 if ctx.pools else carve_offsets(model, plan)[1]
    for op in model.ops:
        fname = ctx.prefix + op.func
        if fname in emitted:
            continue
        emitted.add(fname)
        if ctx.api == "packed":
            parts.append(kernel_packed(op, model, fname))
        else:
            ws_var = None
            if ctx.carve_kernels:
                ws_var = c_ident(ctx.pools.scratch_pool) + "_var" if ctx.pools else \
                    "global_workspace_var"
            parts.append(kernel_typed(op, model, fname, ws_var, scratch_offset))
    if ctx.api == "typed":
        parts.append(main_function(model, plan, ctx, weight_expr))
    if linked:
        parts.append(lookup_linked_param(linked))
    parts.append(EXTERN_C_CLOSE)
    return "".join(parts)


LINKED_PARAM_SIGNATURE = ("void* args, int* arg_type_ids, int num_args, void* out_ret_value, "
                          "int* out_ret_tcode, void* resource_handle")


def lookup_linked_param(linked: List[Tuple[Tensor, int]]) -> str:
    """_lookup_linked_param: storage id (args[0]) -> address of its __tvm_param__ array."""
    cases = "".join("  case %d:\n"
                    "    ((uint64_t*)out_ret_value)[0] = (uint64_t) (uintptr_t) __tvm_param__%s;\n"
                    "    out_ret_tcode[0] = 3;\n"
                    "    return 0;\n" % (sid, t.name) for t, sid in linked)
    return ("TVM_DLL int32_t _lookup_linked_param(%s) {\n"
            "  (void)arg_type_ids; (void)num_args; (void)resource_handle;\n"
            "  switch (((int64_t*) args)[0]) {\n"
            "  default:\n"
            "    out_ret_tcode[0] = 4;\n"
            "    return 0;\n"
            "%s  }\n}\n\n" % (LINKED_PARAM_SIGNATURE, cases))


def main_decl(model: Model, ctx: CContext) -> str:
    sig = ["%s*" % t.ctype for t in model.inputs + model.outputs] + ["uint8_t*"]
    if ctx.pools:
        sig += ["uint8_t*", "const uint8_t*"]
    return "TVM_DLL int32_t %s__tvm_main__(%s);\n" % (ctx.prefix, ", ".join(sig))


def lib0_function_table(funcs: List[Tuple[str, int]], prefix: str) -> str:
    """Graph executor glue: the packed kernels by name, and a lookup function."""
    names, table = prefix + "func_names", prefix + "func_table"
    decls = "".join("TVM_DLL int32_t %s(%s);\n" % (n, PACKED_SIGNATURE) for n, _ in funcs)
    return (C_PROLOGUE + EXTERN_C_OPEN + decls +
            "\nstatic const char* const %s[%d] = {\n%s};\n" % (
                names, len(funcs), "".join('  "%s",\n' % n for n, _ in funcs)) +
            "static TVMBackendPackedCFunc const %s[%d] = {\n%s};\n\n" % (
                table, len(funcs), "".join("  %s,\n" % n for n, _ in funcs)) +
            "TVM_DLL TVMBackendPackedCFunc %slookup(const char* name) {\n"
            "  for (int32_t i = 0; i < %d; ++i) {\n"
            "    const char* a = %s[i];\n"
            "    const char* b = name;\n"
            "    while (*a != 0 && *a == *b) { ++a; ++b; }\n"
            "    if (*a == *b) {\n"
            "      return %s[i];\n"
            "    }\n"
            "  }\n"
            "  return NULL;\n"
            "}\n" % (prefix or "module_", len(funcs), names, table) + EXTERN_C_CLOSE)


def io_params(model: Model) -> List[Tuple[str, Tensor]]:
    """(C name, tensor) of the model inputs then outputs, as the entry points see them."""
    return [(c_ident(t.name), t) for t in model.inputs] + \
        [(c_ident(n), t) for n, t in zip(model.output_names, model.outputs)]


def static_workspace(ctx: CContext, workspace: int) -> Tuple[str, str]:
    name = ctx.prefix + "global_workspace"
    return name, "static uint8_t %s[%d] __attribute__((aligned(16)));\n\n" % (name, max(workspace, 1))


def entry_c_interface(model: Model, ctx: CContext, workspace: int) -> str:
    """tvmgen_<mod>_run(inputs, outputs) over a static workspace."""
    gw, decl = static_workspace(ctx, workspace)
    n_in = len(model.inputs)
    args = ["(%s*)%s->%s" % (t.ctype, "inputs" if i < n_in else "outputs", n)
            for i, (n, t) in enumerate(io_params(model))] + [gw]
    return decl + ("int32_t tvmgen_%s_run(struct tvmgen_%s_inputs* inputs, "
                   "struct tvmgen_%s_outputs* outputs) {\n  return %s__tvm_main__(%s);\n}\n"
                   % (model.name, model.name, model.name, ctx.prefix, ", ".join(args)))


def entry_packed(model: Model, ctx: CContext, workspace: int) -> str:
    """Pre-C-interface AOT: a packed <prefix>run_model(DLTensor inputs..., outputs...)."""
    gw, decl = static_workspace(ctx, workspace)
    ios = io_params(model)
    args = ["(%s*)(((DLTensor*)(((TVMValue*)args)[%d].v_handle))[0].data)" % (t.ctype, i)
            for i, (_, t) in enumerate(ios)] + [gw]
    return decl + ("TVM_DLL int32_t %srun_model(%s) {\n"
                   "  (void)arg_type_ids; (void)out_ret_value; (void)out_ret_tcode; "
                   "(void)resource_handle;\n"
                   "  if (num_args != %d) {\n    return -1;\n  }\n"
                   "  return %s__tvm_main__(%s);\n}\n"
                   % (ctx.prefix, PACKED_SIGNATURE, len(ios), ctx.prefix, ", ".join(args)))


def entry_pools(model: Model, ctx: CContext) -> str:
    """USMP style: the constant pool, the I/O mappers and tvmgen_<mod>_run(pools)."""
    p, mod = ctx.pools, model.name
    io, sc, cp = (c_ident(x) for x in (p.io_pool, p.scratch_pool, p.const_pool))
    out = ["static const uint8_t %s%s_pool[%d] __attribute__((aligned(16))) = "
           "TVMGEN_%s_%s_CONSTANT_POOL_DATA;\n\n" % (ctx.prefix, cp, p.const_size,
                                                     c_ident(mod).upper(), cp.upper())]
    ios = io_params(model)
    for kind, items in (("inputs", ios[:len(model.inputs)]), ("outputs", ios[len(model.inputs):])):
        fields = "".join("    (void*)(&(((uint8_t*)workspace_pools->%s)[%d])),\n"
                         % (io, p.io_offsets[t.name]) for _, t in items)
        out.append("struct tvmgen_%s_%s tvmgen_%s_map_%s(struct tvmgen_%s_workspace_pools* "
                   "workspace_pools) {\n  struct tvmgen_%s_%s r = {\n%s  };\n  return r;\n}\n\n"
                   % (mod, kind, mod, kind, mod, mod, kind, fields))
    args = ["(%s*)(&(((uint8_t*)workspace_pools->%s)[%d]))" % (t.ctype, io, p.io_offsets[t.name])
            for _, t in ios]
    args += ["(uint8_t*)workspace_pools->%s" % io, "(uint8_t*)workspace_pools->%s" % sc,
             "%s%s_pool" % (ctx.prefix, cp)]
    out.append("int32_t tvmgen_%s_run(struct tvmgen_%s_workspace_pools* workspace_pools) {\n"
               "  return %s__tvm_main__(%s);\n}\n" % (mod, mod, ctx.prefix, ", ".join(args)))
    return "".join(out)


def lib0_source(model: Model, ctx: CContext, funcs: List[Tuple[str, int]], workspace: int) -> str:
    """Executor glue: a function table for the graph executor, or the AOT entry point."""
    if ctx.api == "packed":
        return lib0_function_table(funcs, ctx.prefix)
    head = C_PROLOGUE + ('#include "tvmgen_%s.h"\n' % model.name if ctx.c_interface else "")
    if ctx.pools:
        body = entry_pools(model, ctx)
    elif ctx.c_interface:
        body = entry_c_interface(model, ctx, workspace)
    else:
        body = entry_packed(model, ctx, workspace)
    return head + EXTERN_C_OPEN + main_decl(model, ctx) + body + EXTERN_C_CLOSE


def c_header(mod: str, inputs: Dict[str, Tuple[str, int]], outputs: Dict[str, Tuple[str, int]],
             workspace: int, size_macros: bool, pools: Optional[Pools] = None) -> str:
    """codegen/host/include/tvmgen_<mod>.h (spec 1.6): guard, size macros, I/O structs,
    optional pool struct and mappers, the run prototype, workspace and pool macros."""
    low, up = "tvmgen_" + c_ident(mod), "TVMGEN_" + c_ident(mod).upper()
    out = ["#ifndef %s_H_\n#define %s_H_\n#include <stdint.h>\n\n" % (up, up), EXTERN_C_OPEN, "\n"]
    if size_macros:
        for kind, items in (("input", inputs), ("output", outputs)):
            for name, (_, size) in items.items():
                out.append("/* Bytes of %s tensor \"%s\" of module \"%s\". */\n"
                           "#define %s_%s_SIZE %d\n" % (kind, name, mod, up,
                                                        c_ident(name).upper(), size))
        out.append("\n")
    for kind, items in (("inputs", inputs), ("outputs", outputs)):
        verb = "reads its" if kind == "inputs" else "writes its"
        out.append("/* Where module \"%s\" %s %s. */\nstruct %s_%s {\n%s};\n\n"
                   % (mod, verb, kind, low, kind, "".join("  void* %s;\n" % c_ident(n) for n in items)))
    if pools:
        out.append("/* Memory the caller provides for module \"%s\". */\n"
                   "struct %s_workspace_pools {\n  void* %s;\n  void* %s;\n};\n\n"
                   % (mod, low, c_ident(pools.io_pool), c_ident(pools.scratch_pool)))
        for kind in ("inputs", "outputs"):
            out.append("/* Locates the %s of module \"%s\" inside the pools. */\n"
                       "struct %s_%s %s_map_%s(struct %s_workspace_pools* workspace_pools);\n\n"
                       % (kind, mod, low, kind, low, kind, low))
        out.append("/* Runs module \"%s\" once; inputs and outputs live in the pools. */\n"
                   "int32_t %s_run(\n  struct %s_workspace_pools* workspace_pools\n);\n\n"
                   % (mod, low, low))
    else:
        out.append("/* Runs module \"%s\" once. Returns 0 on success. */\n"
                   "int32_t %s_run(\n  struct %s_inputs* inputs,\n  struct %s_outputs* outputs\n);\n\n"
                   % (mod, low, low, low))
    out.append("/* Bytes of working memory module \"%s\" needs. */\n"
               "#define %s_WORKSPACE_SIZE %d\n" % (mod, up, workspace))
    if pools:
        for pool, size in ((pools.io_pool, pools.io_pool_size),
                           (pools.scratch_pool, pools.scratch_pool_size)):
            out.append("#define %s_%s_WORKSPACE_POOL_SIZE %d\n" % (up, c_ident(pool).upper(), size))
        cp = "%s_%s" % (up, c_ident(pools.const_pool).upper())
        out.append("#define %s_CONSTANT_POOL_SIZE %d\n" % (cp, pools.const_size))
        rows = [", ".join("0x%02x" % b for b in pools.const_data[i:i + 16])
                for i in range(0, len(pools.const_data), 16)]
        out.append("#define %s_CONSTANT_POOL_DATA \\\n{ \\\n%s \\\n}\n"
                   % (cp, ", \\\n".join("  " + r for r in rows)))
    out += ["\n", EXTERN_C_CLOSE, "\n#endif  /* %s_H_ */\n" % up]
    return "".join(out)


# --------------------------------------------------------------------------------------
# Relay text (informational file in the archive)
# --------------------------------------------------------------------------------------

def relay_type(t: Tensor) -> str:
    dims = ", ".join(str(d) for d in t.shape) + ("," if len(t.shape) == 1 else "")
    return "Tensor[(%s), %s]" % (dims, t.dtype)


def relay_text(model: Model) -> str:
    """Relay-like text of the model; params appear as bound constants."""
    ref, lines = {}, []
    for t in model.inputs:
        ref[t.name] = "%" + t.name
    for i, t in enumerate(model.params):
        ref[t.name] = "meta[relay.Constant][%d] /* %s ty=%s */" % (i, t.name, relay_type(t))
    n = 0

    def bind(expr, t):
        nonlocal n
        lines.append("  %%%d = %s /* ty=%s */;" % (n, expr, relay_type(t)))
        n += 1
        return "%%%d" % (n - 1)
    for op in model.ops:
        a = [ref[x] for x in op.args]
        o = op.out
        if op.kind == "dense":
            w = model.tensor(op.args[1])
            acc = ', out_dtype="%s"' % o.dtype if o.dtype != model.tensor(op.args[0]).dtype else ""
            e = bind("nn.dense(%s, %s, units=%d%s)" % (a[0], a[1], w.shape[0], acc), o)
            e = bind("add(%s, %s)" % (e, a[2]), o)
            if op.relu:
                e = bind("nn.relu(%s)" % e, o)
        elif op.kind == "cast_multiply":
            e = bind('cast(%s, dtype="%s")' % (a[0], o.dtype), o)
            e = bind("multiply(%s, %s)" % (e, a[1]), o)
        elif op.kind == "relu":
            e = bind("nn.relu(%s)" % a[0], o)
        else:
            e = bind("nn.softmax(%s)" % a[0], o)
        ref[o.name] = e
    last = lines.pop()
    result = last.split(" = ", 1)[1].rsplit(";", 1)[0]
    params = ", ".join("%%%s: %s /* ty=%s */" % (t.name, relay_type(t), relay_type(t))
                       for t in model.inputs)
    return ('#[version = "0.0.5"]\ndef @main(%s) -> %s {\n%s\n  %s\n}\n\n'
            "#[metadata]\n/* %d constants: %s */\n" % (
                params, relay_type(model.outputs[0]), "\n".join(lines), result,
                len(model.params), ", ".join(t.name for t in model.params)))


# --------------------------------------------------------------------------------------
# ModuleSpec: everything one module of an archive needs, already rendered
# --------------------------------------------------------------------------------------

@dataclass
class ModuleSpec:
    name: str
    executor: str                           # "graph" or "aot"
    targets: List[str]
    functions: List[Tuple[str, int]]        # operator_functions: (name, workspace bytes)
    workspace: int                          # memory.functions.main[0].workspace_size_bytes
    constants: int
    inputs: Dict[str, Tuple[str, int]]      # name -> (dtype, bytes)
    outputs: Dict[str, Tuple[str, int]]
    params: List[Tensor]
    params_file: Blob
    relay: str
    sources: List[Blob] = field(default_factory=list)     # lib<N>.c, N = index
    objects: List[Blob] = field(default_factory=list)     # lib<N>.o
    graph: Optional[dict] = None
    header: Optional[str] = None
    pools: Optional[Pools] = None
    crt_runtime: bool = False              # external_dependencies + ./runtime subtree

    @property
    def io_bytes(self) -> int:
        return sum(s for _, s in self.inputs.values()) + sum(s for _, s in self.outputs.values())

    @property
    def sids(self) -> Optional[list]:
        return sids_from_graph(self.graph) if self.graph else None


def fn_prefix(version: int, mod: str) -> str:
    return "" if version < 3 else "tvmgen_%s_" % mod


def lower_model(model: Model, executor: str, version: int, *, seed: int = 7,
                carve_kernels: bool = False, with_pools: bool = False,
                crt_runtime: bool = False, llvm: bool = False,
                params_override: Optional[List[Tensor]] = None) -> ModuleSpec:
    """Turn a Model into a ModuleSpec for one executor and metadata version.

    Memory numbers (all derived here):
      graph: main workspace = largest operator workspace (intermediates live in sids);
             constants = params bytes (kept by the executor).
      aot:   main workspace = bytes main carves for intermediates + largest operator workspace;
             constants = bytes of the weights linked into the C as constant arrays for v7,
             0 before (also when params_override empties the .params file, the C keeps
             the weights: v7_noparams has a 32-byte params file and non-zero constants).
      io = input bytes + output bytes.
    """
    prefix = fn_prefix(version, model.name)
    plan = plan_storage(model)
    funcs = unique_functions(model, prefix)
    largest = max((w for _, w in funcs), default=0)
    params = model.params if params_override is None else params_override
    params_bytes = sum(t.nbytes for t in params)
    inputs = {t.name: (t.dtype, t.nbytes) for t in model.inputs}
    outputs = {n: (t.dtype, t.nbytes) for n, t in zip(model.output_names, model.outputs)}
    c_interface = executor == "aot" and version >= 5
    pools = None
    if executor == "graph":
        workspace, constants = largest, params_bytes
    else:
        carve = carve_offsets(model, plan)[1]
        workspace = carve + largest
        constants = sum(t.nbytes for t in model.params) if version >= 7 else 0
        if with_pools:
            pools = make_pools(model, carve, largest)
    ctx = CContext(prefix=prefix, api="packed" if executor == "graph" else "typed",
                   carve_kernels=carve_kernels or with_pools, c_interface=c_interface, pools=pools)
    graph = graph_json(model, plan, prefix, random.Random(seed)) if executor == "graph" else None
    spec = ModuleSpec(
        name=model.name, executor=executor, targets=[LLVM_TARGET if llvm else C_TARGET],
        functions=funcs, workspace=workspace, constants=constants, inputs=inputs,
        outputs=outputs, params=params, params_file=params_blob(params),
        relay=relay_text(model), graph=graph, pools=pools, crt_runtime=crt_runtime)
    if llvm:
        spec.objects = [fake_object(model.name, seed)]
    else:
        spec.sources = [Blob.of(lib0_source(model, ctx, funcs, workspace)),
                        Blob.of(lib1_source(model, plan, ctx))]
    if c_interface:
        spec.header = c_header(model.name, inputs, outputs, workspace,
                               size_macros=version >= 7, pools=pools)
    return spec


def make_pools(model: Model, carve: int, largest: int) -> Pools:
    p = Pools(io_pool="sram", scratch_pool="dtcm", const_pool="flash")
    pos = 0
    for t in model.inputs + model.outputs:
        p.io_offsets[t.name] = pos
        pos += align(t.nbytes)
    p.io_end = pos
    p.io_pool_size = pos + carve
    p.scratch_pool_size = largest
    data = b""
    for t in model.params:
        p.const_offsets[t.name] = len(data)
        raw = b"".join(t.data_chunks())
        data += raw + b"\0" * (align(len(raw)) - len(raw))
    p.const_data, p.const_size = data, len(data)
    return p


def fake_object(name: str, seed: int) -> Blob:
    """A few hundred bytes that start like a 32-bit little-endian ARM ELF relocatable."""
    rng = random.Random(seed)
    head = b"\x7fELF\x01\x01\x01" + b"\0" * 9 + struct.pack("<HHI", 1, 40, 1)
    return Blob.of(head + bytes(rng.getrandbits(8) for _ in range(700)) + name.encode())


@dataclass
class OperatorSpec:
    """style "operator" archive: funcs = [(name, [(binding, dtype, shape), ...])]."""
    version: int
    name: str
    funcs: List[Tuple[str, List[Tuple[str, str, tuple]]]]


# --------------------------------------------------------------------------------------
# Metadata (spec 1.4, 1.5)
# --------------------------------------------------------------------------------------

def main_entry(mod: ModuleSpec, version: int) -> dict:
    e = {"constants_size_bytes": mod.constants, "device": CPU,
         "io_size_bytes": mod.io_bytes, "workspace_size_bytes": mod.workspace}
    if version >= 7:
        e["inputs"] = {n: {"dtype": d, "size": s} for n, (d, s) in mod.inputs.items()}
        e["outputs"] = {n: {"dtype": d, "size": s} for n, (d, s) in mod.outputs.items()}
    return e


def ext_deps(version_spec: str) -> list:
    return [{"short_name": "tvm_standalone_crt", "url": "./runtime", "url_type": "mlf_path",
             "version_spec": version_spec}]


def module_metadata(mod: ModuleSpec, version: int) -> dict:
    """The per-model object (v7: modules[<mod>]; v1..v6: the top level)."""
    md = {"export_datetime": EXPORT_DATETIME, "model_name": mod.name}
    if version == 1:
        md["memory"] = mod.sids or []
    else:
        md["memory"] = {"functions": {
            "main": [main_entry(mod, version)],
            "operator_functions": [{"function_name": n,
                                    "workspace": [{"device": CPU, "workspace_size_bytes": w}]}
                                   for n, w in mod.functions]}}
        if mod.graph:
            md["memory"]["sids"] = mod.sids
    md["runtimes" if version < 5 else "executors"] = [mod.executor]
    old_target = C_TARGET_OLD if mod.targets == [C_TARGET] else mod.targets[0]
    md["target"] = {str(CPU): old_target} if version < 6 else list(mod.targets)
    if version >= 4:
        md["style"] = "full-model"
    if mod.crt_runtime and version >= 6:
        md["external_dependencies"] = ext_deps(TVM_VERSION if version >= 7 else "0.9.dev0")
    return md


def build_metadata(version: int, mods: List[ModuleSpec], extra_top: Optional[dict] = None,
                   extra_module: Optional[dict] = None) -> dict:
    if version < 7:
        assert len(mods) == 1
        md = module_metadata(mods[0], version)
        md["version"] = version
    else:
        md = {"modules": {m.name: dict(module_metadata(m, version), **(extra_module or {}))
                          for m in mods}, "version": version}
    md.update(extra_top or {})
    return md


def dump_pretty(md: dict) -> str:
    return json.dumps(md, indent=2, sort_keys=True) + "\n"


def operator_metadata(op: OperatorSpec) -> str:
    v = op.version
    md = {"version": v, "model_name": op.name, "export_datetime": EXPORT_DATETIME,
          "memory": {name: [{"size_bytes": (DTYPES[d][1] * prod(s) + 7) // 8, "shape": list(s),
                             "dtype": d, "input_binding": b} for b, d, s in bufs]
                     for name, bufs in op.funcs},
          "target": {str(CPU): C_TARGET_OLD} if v < 6 else [C_TARGET]}
    md["runtimes" if v < 5 else "executors"] = []
    md["style"] = "operator"
    return json.dumps(md)


# --------------------------------------------------------------------------------------
# Archive layout per version
# --------------------------------------------------------------------------------------

def module_files(mod: ModuleSpec, version: int) -> Dict[str, Blob]:
    """Archive paths (without "./") of one module for metadata version ``version``."""
    lib = "lib" if version < 3 else mod.name + "_lib"
    files = {}
    for n, blob in enumerate(mod.sources):
        files["codegen/host/src/%s%d.c" % (lib, n)] = blob
    for n, blob in enumerate(mod.objects):
        files["codegen/host/lib/%s%d.o" % (lib, n)] = blob
    if mod.header is not None:
        files["codegen/host/include/tvmgen_%s.h" % mod.name] = Blob.of(mod.header)
    files["parameters/%s.params" % mod.name] = mod.params_file
    relay = "relay.txt" if version < 4 else "src/relay.txt" if version < 7 else \
        "src/%s.relay" % mod.name
    files[relay] = Blob.of(mod.relay)
    if mod.graph is not None:
        graph = "runtime-config/graph/graph.json" if version < 5 else \
            "executor-config/graph/graph.json" if version < 7 else \
            "executor-config/graph/%s.graph" % mod.name
        files[graph] = Blob.of(dump_graph(mod.graph) + "\n")
    return files


# A small stand-in for the standalone CRT copy found in AOT+crt exports (all text is ours).
MINI_RUNTIME_API = """#ifndef TVM_RUNTIME_C_RUNTIME_API_H_
#define TVM_RUNTIME_C_RUNTIME_API_H_
/* Minimal stand-in written for the microTVM Workbench test fixtures. */
#include <stddef.h>
#include <stdint.h>
#ifndef TVM_DLL
#define TVM_DLL
#endif
typedef struct {
  int32_t device_type;
  int32_t device_id;
} DLDevice;
typedef struct {
  uint8_t code;
  uint8_t bits;
  uint16_t lanes;
} DLDataType;
typedef struct {
  void* data;
  DLDevice device;
  int32_t ndim;
  DLDataType dtype;
  int64_t* shape;
  int64_t* strides;
  uint64_t byte_offset;
} DLTensor;
typedef union {
  int64_t v_int64;
  double v_float64;
  void* v_handle;
  const char* v_str;
} TVMValue;
#endif
"""

MINI_BACKEND_API = """#ifndef TVM_RUNTIME_C_BACKEND_API_H_
#define TVM_RUNTIME_C_BACKEND_API_H_
/* Minimal stand-in written for the microTVM Workbench test fixtures. */
#include "tvm/runtime/c_runtime_api.h"
typedef int32_t (*TVMBackendPackedCFunc)(void* args, int32_t* type_codes, int32_t num_args,
                                         void* out_ret_value, int32_t* out_ret_tcode,
                                         void* resource_handle);
TVM_DLL void* TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes,
                                       int dtype_code_hint, int dtype_bits_hint);
TVM_DLL int TVMBackendFreeWorkspace(int device_type, int device_id, void* ptr);
#endif
"""


def runtime_files(version: int) -> Dict[str, Blob]:
    """./runtime (v6+ AOT with crt) and, for v7, ./templates."""
    files = {
        "runtime/CMakeLists.txt": Blob.of("cmake_minimum_required(VERSION 3.18)\n"
                                          "project(standalone_crt_mini C)\n"
                                          "add_library(tvm_crt_mini INTERFACE)\n"),
        "runtime/include/tvm/runtime/c_runtime_api.h": Blob.of(MINI_RUNTIME_API),
        "runtime/include/tvm/runtime/c_backend_api.h": Blob.of(MINI_BACKEND_API),
        "templates/crt_config.h.template": Blob.of(
            "#ifndef CRT_CONFIG_H_\n#define CRT_CONFIG_H_\n#define TVM_CRT_MAX_NDIM 6\n"
            "#define TVM_CRT_MAX_ARGS 10\n#define TVM_CRT_MAX_STRLEN_PARAM_NAME 80\n#endif\n"),
        "templates/platform.c.template": Blob.of(
            "/* minimal platform hooks for the fixtures */\n#include <stdint.h>\n"
            "int TVMPlatformMini(void) { return 0; }\n"),
    }
    return {p: b for p, b in files.items() if version >= 7 or not p.startswith("templates/")}


def archive_files(mods: List[ModuleSpec], version: int, metadata: Optional[dict] = None,
                  metadata_text: Optional[str] = None) -> Dict[str, Blob]:
    files = {}
    for m in mods:
        files.update(module_files(m, version))
    if any(m.crt_runtime for m in mods):
        files.update(runtime_files(version))
    if metadata_text is None:
        metadata_text = dump_pretty(metadata or build_metadata(version, mods))
    files["metadata.json"] = Blob.of(metadata_text)
    return files


def tir_text(version: int, funcs) -> str:
    """src/tir-1.txt: TVMScript for v6+, the older "primfn" printout for v4/v5."""
    out = []
    if version >= 6:
        header = "# from tvm.script import tir as T\n\n"
        many = len(funcs) > 1
        if many:
            header = "# from tvm.script import ir as I\n# from tvm.script import tir as T\n\n" \
                     "@I.ir_module\nclass Module:\n"
        out.append(header)
        for name, bufs in funcs:
            params = ", ".join('%s: T.Buffer((%s), "%s")' % (b, ", ".join(map(str, s)) +
                                                             ("," if len(s) == 1 else ""), d)
                               for b, d, s in bufs)
            (a, _, _), (bb, _, _), (c, _, cs) = bufs
            body = ["@T.prim_func", "def %s(%s):" % (name, params),
                    '    T.func_attr({"global_symbol": "%s", "tir.noalias": T.bool(True)})' % name,
                    "    for i in range(%d):" % cs[0],
                    '        with T.block("%s"):' % c,
                    "            v_i = T.axis.spatial(%d, i)" % cs[0],
                    "            %s[v_i] = %s[v_i] %s %s[0]" % (c, a, "+" if "add" in name else "*",
                                                               bb)]
            pad = "    " if many else ""
            out.append("".join(pad + ln + "\n" for ln in body) + "\n")
        return "".join(out)
    for name, bufs in funcs:
        (a, _, _), (bb, _, _), (c, _, cs) = bufs
        out.append("primfn(%s) -> ()\n" % ", ".join("%s_1: handle" % b for b, _, _ in bufs))
        out.append('  attr = {"global_symbol": "%s", "tir.noalias": True}\n' % name)
        out.append("  buffers = {%s}\n" % ", ".join(
            "%s: Buffer(%s_2: Pointer(%s), %s, [%s], [])" % (b, b, d, d, ", ".join(map(str, s)))
            for b, d, s in bufs))
        out.append("  buffer_map = {%s} {\n" % ", ".join("%s_1: %s" % (b, b) for b, _, _ in bufs))
        out.append("  for (i: int32, 0, %d) {\n    %s_2[i] = (%s_2[i] %s %s_2[0])\n  }\n}\n\n"
                   % (cs[0], c, a, "+" if "add" in name else "*", bb))
    return "".join(out)


def operator_c(funcs) -> str:
    parts = [C_PROLOGUE, EXTERN_C_OPEN]
    for name, bufs in funcs:
        (a, da, _), (b, db, _), (c, dc, cs) = bufs
        ta, tb, tc = (DTYPES[d][3] for d in (da, db, dc))
        sym = "+" if "add" in name else "*"
        parts.append(
            "TVM_DLL int32_t %s(%s) {\n"
            "  (void)arg_type_ids; (void)out_ret_value; (void)out_ret_tcode; (void)resource_handle;\n"
            "  if (num_args != 3) {\n    return -1;\n  }\n"
            "  %s* %s = (%s*)(((DLTensor*)(((TVMValue*)args)[0].v_handle))[0].data);\n"
            "  %s* %s = (%s*)(((DLTensor*)(((TVMValue*)args)[1].v_handle))[0].data);\n"
            "  %s* %s = (%s*)(((DLTensor*)(((TVMValue*)args)[2].v_handle))[0].data);\n"
            "  for (int32_t i = 0; i < %d; ++i) {\n"
            "    %s[i] = (%s)(%s[i] %s %s[0]);\n  }\n  return 0;\n}\n\n"
            % (name, PACKED_SIGNATURE, ta, a, ta, tb, b, tb, tc, c, tc, cs[0], c, tc, a, sym, b))
    parts.append(EXTERN_C_CLOSE)
    return "".join(parts)


def operator_files(op: OperatorSpec) -> Dict[str, Blob]:
    return {"metadata.json": Blob.of(operator_metadata(op)),
            "codegen/host/src/lib0.c": Blob.of(operator_c(op.funcs)),
            "src/tir-%d.txt" % CPU: Blob.of(tir_text(op.version, op.funcs))}


# --------------------------------------------------------------------------------------
# Containers: tar (pax/gnu/ustar, with or without "./"), gzip, zip, directory
# --------------------------------------------------------------------------------------

TAR_FORMATS = {"pax": tarfile.PAX_FORMAT, "gnu": tarfile.GNU_FORMAT, "ustar": tarfile.USTAR_FORMAT}


def _tarinfo(name: str, kind=tarfile.REGTYPE, size: int = 0, mode: int = 0o664,
             fmt: str = "pax", owner: Tuple[int, str] = (0, "root")) -> tarfile.TarInfo:
    ti = tarfile.TarInfo(name)
    ti.type, ti.size, ti.mode = kind, size, mode
    ti.mtime = PAX_MTIME if fmt == "pax" else MTIME
    ti.uid = ti.gid = owner[0]
    ti.uname = ti.gname = owner[1]
    return ti


def tree_order(paths) -> List[Tuple[str, bool]]:
    """Depth-first, name-sorted listing of all files and their parent directories:
    [(path, is_dir)] without the root itself."""
    tree = {}
    for p in paths:
        node = tree
        parts = p.split("/")
        for d in parts[:-1]:
            node = node.setdefault(d + "/", {})
        node[parts[-1]] = None
    out = []

    def walk(node, base):
        for key in sorted(node, key=lambda k: k.rstrip("/")):
            if key.endswith("/"):
                out.append((base + key[:-1], True))
                walk(node[key], base + key)
            else:
                out.append((base + key, False))
    walk(tree, "")
    return out


def owner_of(path: str) -> Tuple[int, str]:
    # The runtime/ and templates/ copies keep the exporting user's ownership in real archives.
    return (1000, "builder") if path.split("/")[0] in ("runtime", "templates") else (0, "root")


def mode_of(path: str, is_dir: bool) -> int:
    if path.startswith("templates/"):
        return 0o777 if not is_dir else 0o775
    return 0o775 if is_dir else 0o664


def write_tar(fileobj, files: Dict[str, Blob], fmt: str = "pax", dot_prefix: bool = True,
              dirs: bool = True, root: Optional[str] = None,
              extra: Optional[List[Tuple[tarfile.TarInfo, Optional[Blob]]]] = None) -> None:
    """Write ``files`` the way tarfile.add(staging_dir, arcname=".") does: "." first, then a
    name-sorted depth-first walk with directory members.  ``root`` nests everything under a
    folder (e.g. "model"); ``extra`` members are appended verbatim after the others."""
    with tarfile.open(fileobj=fileobj, mode="w", format=TAR_FORMATS[fmt]) as tar:
        tar.copybufsize = 1 << 20
        lead = root + "/" if root else ("./" if dot_prefix else "")
        if dirs:
            tar.addfile(_tarinfo(root if root else ".", tarfile.DIRTYPE, mode=0o700, fmt=fmt))
        for path, is_dir in tree_order(files):
            if is_dir and not dirs:
                continue
            if is_dir:
                tar.addfile(_tarinfo(lead + path, tarfile.DIRTYPE, mode=mode_of(path, True),
                                     fmt=fmt, owner=owner_of(path)))
            else:
                blob = files[path]
                tar.addfile(_tarinfo(lead + path, size=blob.size, mode=mode_of(path, False),
                                     fmt=fmt, owner=owner_of(path)), blob.reader())
        for ti, blob in extra or []:
            tar.addfile(ti, blob.reader() if blob else None)


def write_gzip(path: str, write_inner: Callable) -> None:
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=MTIME, compresslevel=9) as gz:
            write_inner(gz)


def write_zip(path: str, files: Dict[str, Blob], extra_names: Tuple[str, ...] = ()) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p, is_dir in tree_order(files):
            zi = zipfile.ZipInfo(p + ("/" if is_dir else ""), date_time=ZIP_DATETIME)
            zi.create_system = 3
            zi.external_attr = ((0o40775 if is_dir else 0o100664) << 16) | (0x10 if is_dir else 0)
            zi.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
            zf.writestr(zi, b"" if is_dir else files[p].read_all())
        for name in extra_names:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATETIME)
            zi.create_system = 3
            zi.external_attr = 0o100664 << 16
            zf.writestr(zi, b"escaped\n")


def write_dir(path: str, files: Dict[str, Blob]) -> None:
    for p, is_dir in tree_order(files):
        full = os.path.join(path, p)
        if is_dir:
            os.makedirs(full, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(full) or ".", exist_ok=True)
        with open(full, "wb") as f:
            for c in files[p].chunks():
                f.write(c)
        os.utime(full, (MTIME, MTIME))
    for p, is_dir in reversed(tree_order(files)):
        if is_dir:
            os.utime(os.path.join(path, p), (MTIME, MTIME))
    os.utime(path, (MTIME, MTIME))


def tar_bytes(files: Dict[str, Blob], **kw) -> bytes:
    buf = io.BytesIO()
    write_tar(buf, files, **kw)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# Hand-built tar headers (for the oversize-entry fixtures)
# --------------------------------------------------------------------------------------

def raw_tar_header(name: str, size: int, base256: bool = False, typeflag: bytes = b"0") -> bytes:
    """One 512-byte header written field by field, checksum included."""
    def octal(v, width):
        return ("%0*o" % (width - 1, v)).encode() + b"\0"
    if base256:
        size_field = bytes([0x80]) + size.to_bytes(11, "big")
        magic = b"ustar  \0"                      # GNU magic + version
    else:
        assert size < 8 ** 11
        size_field = octal(size, 12)
        magic = b"ustar\x0000"
    h = bytearray(512)
    h[0:100] = name.encode().ljust(100, b"\0")
    h[100:108] = octal(0o664, 8)
    h[108:116] = octal(0, 8)
    h[116:124] = octal(0, 8)
    h[124:136] = size_field
    h[136:148] = octal(MTIME, 12)
    h[148:156] = b" " * 8
    h[156:157] = typeflag
    h[257:265] = magic
    h[265:297] = b"root".ljust(32, b"\0")
    h[297:329] = b"root".ljust(32, b"\0")
    h[329:337] = octal(0, 8)
    h[337:345] = octal(0, 8)
    h[148:156] = ("%06o" % sum(h)).encode() + b"\0 "
    return bytes(h)


def tar_without_end(files: Dict[str, Blob], fmt: str) -> bytes:
    """Members of ``files`` with no end-of-archive blocks, ready for more headers."""
    buf = io.BytesIO()
    tar = tarfile.open(fileobj=buf, mode="w", format=TAR_FORMATS[fmt])
    tar.addfile(_tarinfo(".", tarfile.DIRTYPE, mode=0o700, fmt=fmt))
    for path, is_dir in tree_order(files):
        if not is_dir:
            blob = files[path]
            tar.addfile(_tarinfo("./" + path, size=blob.size, fmt=fmt), blob.reader())
    end = tar.offset
    return buf.getvalue()[:end]


# --------------------------------------------------------------------------------------
# The example archive
# --------------------------------------------------------------------------------------

def example_module() -> ModuleSpec:
    return lower_model(tinydense_model(), "aot", 7, carve_kernels=True)


def example_files() -> Dict[str, Blob]:
    mod = example_module()
    return archive_files([mod], 7)


def cmd_example(args) -> int:
    with open(args.out, "wb") as f:
        write_tar(f, example_files())
    mod = example_module()
    print("wrote %s: workspace=%d io=%d constants=%d params=%d bytes, functions=%s" % (
        args.out, mod.workspace, mod.io_bytes, mod.constants, sum(t.nbytes for t in mod.params),
        ", ".join(n for n, _ in mod.functions)))
    return 0


# --------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------

def module_facts(mod: ModuleSpec, version: int) -> dict:
    """Expected facts for the manifest, read from the same ModuleSpec the files came from.
    Facts that metadata.json of that version does not carry are null (v1 has no
    memory.functions: no operator list, workspace, io or constants numbers)."""
    sids = mod.sids if mod.graph else ([] if version == 1 else None)
    facts = {
        "name": mod.name,
        "executors": [mod.executor],
        "targets": list(mod.targets) if version >= 6 else
        [C_TARGET_OLD if mod.targets == [C_TARGET] else mod.targets[0]],
        "operator_count": len(mod.functions),
        "operator_functions": [n for n, _ in mod.functions],
        "workspace_bytes": mod.workspace,
        "io_bytes": mod.io_bytes,
        "constants_bytes": mod.constants,
        "params_count": len(mod.params),
        "params_bytes": sum(t.nbytes for t in mod.params),
        "sids_count": None if sids is None else len(sids),
        "has_graph": mod.graph is not None,
        "has_header": mod.header is not None,
        "inputs": {n: {"dtype": d, "size": s} for n, (d, s) in mod.inputs.items()}
        if version >= 7 else None,
        "outputs": {n: {"dtype": d, "size": s} for n, (d, s) in mod.outputs.items()}
        if version >= 7 else None,
        "pools": [] if mod.pools is None else [
            {"name": mod.pools.io_pool, "kind": "workspace", "size": mod.pools.io_pool_size},
            {"name": mod.pools.scratch_pool, "kind": "workspace",
             "size": mod.pools.scratch_pool_size},
            {"name": mod.pools.const_pool, "kind": "constant", "size": mod.pools.const_size}],
    }
    if version == 1:
        facts.update(operator_count=None, operator_functions=None, workspace_bytes=None,
                     io_bytes=None, constants_bytes=None)
    return facts


def operator_facts(op: OperatorSpec) -> dict:
    return {"name": op.name, "executors": [],
            "targets": [C_TARGET_OLD] if op.version < 6 else [C_TARGET],
            "operator_count": len(op.funcs), "operator_functions": [n for n, _ in op.funcs],
            "workspace_bytes": None, "io_bytes": None, "constants_bytes": None,
            "params_count": None, "params_bytes": None, "sids_count": None,
            "has_graph": False, "has_header": False, "inputs": None, "outputs": None,
            "pools": []}


class FixtureWriter:
    def __init__(self, outdir: str):
        self.outdir = outdir
        self.manifest = []
        os.makedirs(outdir, exist_ok=True)

    def path(self, name: str) -> str:
        return os.path.join(self.outdir, name)

    def valid(self, name: str, form: str, version: int, style: str, modules: List[dict],
              files: Dict[str, Blob], root: str = "", tar_format: Optional[str] = None,
              note: str = "", memory_truth: Optional[dict] = None) -> None:
        entry = {"file": name, "kind": "valid", "form": form, "version": version, "style": style,
                 "root": root, "modules": modules, "files": sorted(files)}
        if tar_format:
            entry["tar_format"] = tar_format
        if note:
            entry["note"] = note
        if memory_truth is not None:
            entry["memory_truth"] = memory_truth
        self.manifest.append(entry)

    def codegen_only(self, name: str, files: Dict[str, Blob], memory_truth: dict,
                     note: str = "") -> None:
        entry = {"file": name, "kind": "codegen-only", "form": "tar", "tar_format": "pax",
                 "root": "", "files": sorted(files), "memory_truth": memory_truth}
        if note:
            entry["note"] = note
        self.manifest.append(entry)

    def hostile(self, name: str, form: str, error: str, stage: str, caps: Optional[dict] = None,
                note: str = "", template_error: str = "", workbench_only: bool = False) -> None:
        entry = {"file": name, "kind": "hostile", "form": form, "error_contains": error,
                 "stage": stage}
        # The host-sim template reads less than the workbench: it may refuse in its own words
        # (template_error), or not be the one to judge (workbench_only: the fault is in figures it
        # never uses, or in sizes its own caps govern).
        if template_error:
            entry["template_error_contains"] = template_error
        if workbench_only:
            entry["workbench_only"] = True
        if caps:
            entry["needs_caps"] = caps
        if note:
            entry["note"] = note
        self.manifest.append(entry)

    def tar(self, name: str, files: Dict[str, Blob], **kw) -> None:
        with open(self.path(name), "wb") as f:
            write_tar(f, files, **kw)

    def raw(self, name: str, data: bytes) -> None:
        with open(self.path(name), "wb") as f:
            f.write(data)

    def finish(self) -> None:
        with open(self.path("manifest.json"), "w") as f:
            json.dump(self.manifest, f, indent=2, sort_keys=True)
            f.write("\n")


def full_model_fixture(w: FixtureWriter, name: str, mods: List[ModuleSpec], version: int,
                       metadata: Optional[dict] = None, note: str = "", **tar_kw) -> None:
    files = archive_files(mods, version, metadata)
    w.tar(name, files, **tar_kw)
    w.valid(name, "tar", (metadata or {}).get("version", version), "full-model",
            [module_facts(m, version) for m in mods], files, tar_format=tar_kw.get("fmt", "pax"),
            root=tar_kw.get("root") or "", note=note)


OPERATOR_ADD = ("add", [("A", "int8", (2,)), ("B", "int8", (1,)), ("C", "int8", (2,))])
OPERATOR_MUL = ("multiply", [("X", "float32", (16,)), ("Y", "float32", (1,)),
                             ("Z", "float32", (16,))])


def versioned_fixtures(w: FixtureWriter) -> None:
    """v{N}_graph.tar / v{N}_aot.tar for N = 1..7 and v{N}_operator.tar for N = 4..7."""
    for version in range(1, 8):
        name = "net" if version < 5 else "default"
        for executor in ("graph", "aot"):
            mod = lower_model(fixture_model(name), executor, version,
                              crt_runtime=executor == "aot" and version >= 6)
            full_model_fixture(w, "v%d_%s.tar" % (version, executor), [mod], version)
    for version in range(4, 8):
        funcs = [OPERATOR_ADD, OPERATOR_MUL] if version in (5, 7) else [OPERATOR_ADD]
        op = OperatorSpec(version, "add" if len(funcs) == 1 else "ops", funcs)
        files = operator_files(op)
        fname = "v%d_operator.tar" % version
        w.tar(fname, files)
        w.valid(fname, "tar", version, "operator", [operator_facts(op)], files, tar_format="pax")


def v7_aot_module(name: str = "default") -> ModuleSpec:
    return lower_model(fixture_model(name), "aot", 7, crt_runtime=True)


def v7_graph_module(name: str = "default") -> ModuleSpec:
    return lower_model(fixture_model(name), "graph", 7)


def container_fixtures(w: FixtureWriter) -> None:
    mod = v7_aot_module()
    files = archive_files([mod], 7)
    facts = [module_facts(mod, 7)]

    def gz(name, form, note=""):
        write_gzip(w.path(name), lambda out: write_tar(out, files))
        w.valid(name, form, 7, "full-model", facts, files, tar_format="pax", note=note)

    gz("v7_aot.tar.gz", "gzip")
    gz("v7_aot.tgz.tar", "gzip", "gzip data despite the .tar name")
    w.tar("v7_aot_uncompressed.tar.gz", files)
    w.valid("v7_aot_uncompressed.tar.gz", "tar", 7, "full-model", facts, files, tar_format="pax",
            note="plain tar despite the .gz name")
    write_zip(w.path("v7_aot.zip"), files)
    w.valid("v7_aot.zip", "zip", 7, "full-model", facts, files)
    for fmt in ("gnu", "ustar"):
        name = "v7_aot_%s.tar" % fmt
        w.tar(name, files, fmt=fmt)
        w.valid(name, "tar", 7, "full-model", facts, files, tar_format=fmt)
    w.tar("v7_aot_noprefix.tar", files, dot_prefix=False, dirs=False)
    w.valid("v7_aot_noprefix.tar", "tar", 7, "full-model", facts, files, tar_format="pax",
            note="no ./ prefix, no directory members")
    w.tar("v7_nested.tar", files, root="model")
    w.valid("v7_nested.tar", "tar", 7, "full-model", facts, files, root="model",
            tar_format="pax")
    d = w.path("v7_aot_dir")
    write_dir(d, files)
    w.valid("v7_aot_dir", "dir", 7, "full-model", facts, files)
    # Long member names (> 100 bytes) need PAX records or GNU ././@LongLink members.
    long_mod = v7_aot_module("m" + "_very_long_module_name" * 4)
    for fmt in ("pax", "gnu"):
        full_model_fixture(w, "v7_longnames_%s.tar" % fmt, [long_mod], 7, fmt=fmt,
                           note="member names longer than 100 bytes")


def other_fixtures(w: FixtureWriter) -> None:
    # Two modules, a graph one and an AOT one (spec 1.4.1's example shape).
    full_model_fixture(w, "v7_two_modules.tar",
                       [v7_graph_module("default"),
                        lower_model(fixture_model("second"), "aot", 7, crt_runtime=True)], 7)
    # USMP pools in the header.
    full_model_fixture(w, "v7_pools.tar",
                       [lower_model(fixture_model(), "aot", 7, with_pools=True)], 7)
    # LLVM target: an object file, no C sources.
    full_model_fixture(w, "v7_llvm.tar", [lower_model(fixture_model(), "graph", 7, llvm=True)], 7)
    # A future version with unknown keys.
    mod = v7_aot_module()
    md = build_metadata(8, [mod], extra_top={"provenance": {"tool": "mlfgen", "schema": "future"}},
                        extra_module={"accelerators": []})
    full_model_fixture(w, "v8_future.tar", [mod], 7, metadata=md,
                       note="version 8 with unknown keys provenance (top) and accelerators (module)")
    # Zero params.
    full_model_fixture(w, "v7_noparams.tar",
                       [lower_model(fixture_model(), "aot", 7, params_override=[])], 7,
                       note="32-byte params file with zero tensors")
    # ~30 MB of params.
    big = mlp_model("default", [2560, 1024, 2048, 1400], seed=301)
    full_model_fixture(w, "v7_bigparams.tar", [lower_model(big, "graph", 7)], 7)


# --------------------------------------------------------------------------------------
# Memory-truth fixtures: memory that only the generated C states
# --------------------------------------------------------------------------------------
#
# Each of these carries a manifest key "memory_truth": figures this generator knows because
# it wrote them (array sizes, pool layouts, storage ids, the calls each buffer is passed to),
# recorded while the C text is assembled, never read back from the written files.

C_TARGET_LINKED = "c -keys=cpu -link-params=1 -model=host"
RODATA_TVM = '__attribute__((section(".rodata.tvm"), aligned(16)))'


def c_list(vals: List[str], per_line: int = 12, pad: str = "  ") -> str:
    return ",\n".join(pad + ", ".join(vals[i:i + per_line]) for i in range(0, len(vals), per_line))


def c_values(dtype: str, count: int, seed: int) -> List[str]:
    return [c_number(v, dtype) for v in _random_values(dtype, count, seed)]


def c_bytes_literal(data: bytes) -> str:
    """A C string literal spelling every byte as \\xNN (no terminator is counted: the array
    size is declared)."""
    return '"' + "".join("\\x%02x" % b for b in data) + '"'


def random_bytes(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(n))


def dtype_bytes(dtype: str) -> int:
    return DTYPES[dtype][1] // 8


class ConstLedger:
    """The initialised arrays a fixture's C declares, noted as each one is written."""

    def __init__(self):
        self.items: List[dict] = []

    def add(self, symbol: str, nbytes: int, kind: str, file: str) -> str:
        self.items.append({"symbol": symbol, "bytes": nbytes, "kind": kind, "file": file})
        return symbol

    @property
    def total(self) -> int:
        return sum(e["bytes"] for e in self.items)


def static_const_array(symbol: str, dtype: str, count: int, seed: int, attribute: str = "") -> str:
    """`static const T [attribute ]symbol[count] = { ... };` with deterministic values."""
    attr = attribute + " " if attribute else ""
    return "static const %s %s%s[%d] = {\n%s\n};\n" % (DTYPES[dtype][3], attr, symbol, count,
                                                       c_list(c_values(dtype, count, seed)))


def aot_call(func: str, args: List[str]) -> str:
    return "if (%s(%s) != 0 ) return -1;" % (func, ", ".join(args))


def call_span(name: str, calls: List[Tuple[str, List[str]]]) -> dict:
    """First and last call whose argument list (as this generator wrote it) names ``name``."""
    used = [i for i, (_, args) in enumerate(calls) if any(a in (name, name + "_let") for a in args)]
    return {"first_call": used[0], "last_call": used[-1]}


def let_truth(name: str, offset: int, nbytes: int, calls: List[Tuple[str, List[str]]]) -> dict:
    return dict({"name": name, "offset": offset, "bytes": nbytes}, **call_span(name, calls))


# ---- v7_constforms.tar: every form TVM writes constants in, a USMP-style AOT main ----------

CF_IN, CF_HIDDEN, CF_CONV, CF_OUT = 16, 32, 24, 4     # float32 elements along the model
CF_TAPS, CF_PAD = 5, 2                                 # the 1-d convolution after the dense
CF_POOL = [("fused_constant_0_let", "int8", 100, 711),          # (member, dtype, count, seed)
           ("fused_nn_dense_constant_let", "int32", 8, 712),
           ("fused_constant_1_let", "int16", 20, 713),
           ("fused_constant_2_let", "float32", 3, 714)]
CF_NPU_FLAG = "WORKBENCH_NPU_WEIGHTS_PROTECTED"


def constforms_module() -> Tuple[ModuleSpec, dict]:
    mod, prefix = "default", "tvmgen_default_"
    src = ["codegen/host/src/%s_lib%d.c" % (mod, n) for n in range(3)]
    consts = ConstLedger()
    f32 = dtype_bytes("float32")

    # The constant pool: members at 16-aligned offsets.
    pool, pos = {}, 0
    for name, dt, n, seed in CF_POOL:
        off = align(pos)
        pool[name] = (dt, n, seed, off, n * dtype_bytes(dt))
        pos = off + n * dtype_bytes(dt)
    pool_bytes = pos

    # The workspace: intermediates and the pad operator's scratch.  sid_3 reuses sid_1's
    # bytes (sid_1 is dead once the pad+conv call has read it).
    sid_bytes = {"sid_1": CF_HIDDEN * f32, "sid_2": CF_CONV * f32, "sid_3": CF_CONV * f32}
    pad_bytes = (CF_HIDDEN + 2 * CF_PAD) * f32
    offsets = {"sid_1": 0}
    offsets["sid_2"] = align(offsets["sid_1"] + sid_bytes["sid_1"])
    pad_offset = align(offsets["sid_2"] + sid_bytes["sid_2"])
    offsets["sid_3"] = offsets["sid_1"]
    workspace = pad_offset + pad_bytes

    f_dense, f_pad, f_relu, f_npu = (prefix + n for n in (
        "fused_nn_dense_add", "fused_nn_pad_conv1d_add", "fused_nn_relu", "ethos_u_main_0"))
    calls = [(f_dense, ["input_buffer_var", "sid_1_let"]),
             (f_pad, ["sid_1_let", "sid_2_let"]),
             (f_relu, ["sid_2_let", "sid_3_let"]),
             (f_npu, ["sid_3_let", "output_buffer_var"])]
    pools_args = ["global_const_workspace_0_var", "global_workspace_1_var"]
    ws_of = {f_dense: 0, f_pad: pad_bytes, f_relu: 0, f_npu: 0}

    def sig(func, n, t_in="float", t_out="float", out="T_add"):
        return "TVM_DLL int32_t %s(%s* p0, %s* %s, uint8_t* global_const_workspace_%d_var, " \
               "uint8_t* global_workspace_%d_var) {\n" % (func, t_in, t_out, out, n, n + 1)

    def pool_let(member, n):
        return "void* %s = (&(global_const_workspace_%d_var[%d]));" % (member, n, pool[member][3])

    # lib0: the constant pool, the workspace array and the C interface entry point.
    members = []
    for i, (name, (dt, n, _, off, nb)) in enumerate(pool.items()):
        attr = "aligned(16)" if i == 0 else "packed, aligned(16)"
        members.append("  %s %s[%d] __attribute__((%s)); // %d bytes, aligned offset: %d\n"
                       % (DTYPES[dt][3], name, n, attr, nb, off))
    inits = "".join("  .%s = {\n%s\n  },\n" % (name, c_list(c_values(dt, n, seed), pad="    "))
                    for name, (dt, n, seed, _, _) in pool.items())
    consts.add("global_const_workspace", pool_bytes, "constant_pool", src[0])
    lib0 = (C_PROLOGUE + '#include "tvmgen_%s.h"\n' % mod + EXTERN_C_OPEN +
            '__attribute__((section(".rodata.tvm"), ))\n'
            "static struct global_const_workspace {\n%s} global_const_workspace = {\n%s};\n"
            % ("".join(members), inits) +
            '__attribute__((section(".bss.noinit.tvm"), aligned(16)))\n'
            "static uint8_t global_workspace[%d];\n\n" % workspace +
            "TVM_DLL int32_t %s__tvm_main__(float* input_buffer_var, float* output_buffer_var, "
            "uint8_t* global_const_workspace_0_var, uint8_t* global_workspace_1_var);\n" % prefix +
            "int32_t tvmgen_%s_run(struct tvmgen_%s_inputs* inputs, "
            "struct tvmgen_%s_outputs* outputs) {\n"
            "  return %s__tvm_main__((float*)inputs->input, (float*)outputs->output, "
            "(uint8_t*)&global_const_workspace, global_workspace);\n}\n" % (mod, mod, mod, prefix) +
            EXTERN_C_CLOSE)

    # lib1: a linked parameter, a constant with its attribute before the name, three
    # operators on the CPU and the main function.
    n_p0, n_c3 = CF_CONV * CF_TAPS, CF_CONV
    p0 = consts.add("__tvm_param__p0", n_p0 * dtype_bytes("int16"), "linked_param", src[1])
    c3 = consts.add("constant_3", n_c3 * dtype_bytes("int32"), "constant", src[1])
    dense = sig(f_dense, 2) + indent([
        pool_let("fused_nn_dense_constant_let", 2),
        pool_let("fused_constant_0_let", 2),
        "(void)global_workspace_3_var;",
        "for (int32_t j = 0; j < %d; ++j) {" % CF_HIDDEN,
        "  float acc = (float)((int32_t*)fused_nn_dense_constant_let)[(j %% %d)];"
        % pool["fused_nn_dense_constant_let"][1],
        "  for (int32_t k = 0; k < %d; ++k) {" % CF_IN,
        "    acc = (acc + (p0[k] * "
        "((float)((int8_t*)fused_constant_0_let)[(((j * %d) + k) %% %d)])));"
        % (CF_IN, pool["fused_constant_0_let"][1]),
        "  }",
        "  T_add[j] = acc;",
        "}",
        "return 0;"]) + "}\n\n"
    pad = sig(f_pad, 4) + indent([
        "void* PadInput_let = (&(global_workspace_5_var[%d]));" % pad_offset,
        "(void)global_const_workspace_4_var;",
        "for (int32_t i = 0; i < %d; ++i) {" % (CF_HIDDEN + 2 * CF_PAD),
        "  ((float*)PadInput_let)[i] = (((%d <= i) && (i < %d)) ? p0[(i - %d)] : 0.000000e+00f);"
        % (CF_PAD, CF_HIDDEN + CF_PAD, CF_PAD),
        "}",
        "for (int32_t c = 0; c < %d; ++c) {" % CF_CONV,
        "  float acc = (float)%s[c];" % c3,
        "  for (int32_t r = 0; r < %d; ++r) {" % CF_TAPS,
        "    acc = (acc + (((float*)PadInput_let)[(c + r)] * ((float)%s[((c * %d) + r)])));"
        % (p0, CF_TAPS),
        "  }",
        "  T_add[c] = acc;",
        "}",
        "return 0;"]) + "}\n\n"
    relu = sig(f_relu, 6, out="T_relu") + indent([
        pool_let("fused_constant_2_let", 6),
        pool_let("fused_constant_1_let", 6),
        "(void)global_workspace_7_var;",
        "for (int32_t i = 0; i < %d; ++i) {" % CF_CONV,
        "  float v = ((p0[i] > 0.000000e+00f) ? p0[i] : 0.000000e+00f);",
        "  T_relu[i] = ((v * ((float*)fused_constant_2_let)[(i %% %d)]) + "
        "((float)((int16_t*)fused_constant_1_let)[(i %% %d)]));"
        % (pool["fused_constant_2_let"][1], pool["fused_constant_1_let"][1]),
        "}",
        "return 0;"]) + "}\n\n"
    lets_order = ["sid_2", "sid_3", "sid_1"]          # declared out of numeric order
    main = ("TVM_DLL int32_t %s__tvm_main__(float* input_buffer_var, float* output_buffer_var, "
            "uint8_t* global_const_workspace_0_var, uint8_t* global_workspace_1_var) {\n" % prefix +
            indent(["void* %s_let = (&(global_workspace_1_var[%d]));" % (s, offsets[s])
                    for s in lets_order] +
                   [aot_call(f, args + pools_args) for f, args in calls] + ["return 0;"]) + "}\n")
    npu_decl = ("TVM_DLL int32_t %s(float* p0, float* T_out, "
                "uint8_t* global_const_workspace_8_var, uint8_t* global_workspace_9_var);\n\n"
                % f_npu)
    lib1 = (C_PROLOGUE + EXTERN_C_OPEN +
            static_const_array(p0, "int16", n_p0, 721) +
            static_const_array(c3, "int32", n_c3, 722, attribute=RODATA_TVM) + "\n" +
            dense + pad + relu + npu_decl + main + EXTERN_C_CLOSE)

    # lib2: NPU-style byte strings, a symbol defined in both branches of an #if, and a
    # non-static array sized by a macro expression.
    n_w, n_cms, n_bias = CF_OUT * CF_CONV, 64, 40
    page, header_bytes = 64, 16
    w = consts.add(f_npu + "_weights", n_w, "npu_weights", src[2])
    cms = consts.add(f_npu + "_cms_data_data", n_cms, "npu_command_stream", src[2])
    bias = consts.add(f_npu + "_bias_weights", n_bias, "npu_weights", src[2])
    padding = consts.add("padding", page - header_bytes, "constant", src[2])
    weights_data = b"\x80\x01" + random_bytes(n_w - 2, 731)
    npu_attr = '__attribute__((section("tvm.weight"), aligned(%d))) const static int8_t %s[%d] ='
    npu = sig(f_npu, 8, out="T_out") + indent([
        "const int8_t* weights = (const int8_t*)%s;" % w,
        "const int8_t* cms_data = (const int8_t*)%s;" % cms,
        "(void)global_const_workspace_8_var;",
        "(void)global_workspace_9_var;",
        "for (int32_t o = 0; o < %d; ++o) {" % CF_OUT,
        "  float acc = (((float)%s[o] + (float)%s[o]) + (float)cms_data[o]);" % (bias, padding),
        "  for (int32_t k = 0; k < %d; ++k) {" % CF_CONV,
        "    acc = (acc + (p0[k] * (float)weights[((o * %d) + k)]));" % CF_CONV,
        "  }",
        "  T_out[o] = acc;",
        "}",
        "return 0;"]) + "}\n"
    lib2 = (C_PROLOGUE +
            "\n#define WB_PAGE_ALIGN %d\n#define WB_HEADER_BYTES %d\n\n" % (page, header_bytes) +
            '__attribute__((section("tvm.dummy"), aligned(16))) const char %s'
            "[WB_PAGE_ALIGN - WB_HEADER_BYTES] = {0};\n\n" % padding +
            "%s static int8_t %s[%d] = %s;\n" % (RODATA_TVM, w, n_w,
                                                 c_bytes_literal(weights_data)) +
            "%s static int8_t %s[%d] = %s;\n\n" % (RODATA_TVM, cms, n_cms,
                                                   c_bytes_literal(random_bytes(n_cms, 732))) +
            "/* The NPU reads its weights from tvm.weight; "
            "a protected build aligns them to 16. */\n"
            "#if defined(%s)\n" % CF_NPU_FLAG +
            npu_attr % (16, bias, n_bias) + "\n#else\n" + npu_attr % (32, bias, n_bias) +
            "\n#endif\n" + c_bytes_literal(random_bytes(n_bias, 733)) + ";\n\n" +
            EXTERN_C_OPEN + npu + EXTERN_C_CLOSE)

    inputs = {"input": ("float32", CF_IN * f32)}
    outputs = {"output": ("float32", CF_OUT * f32)}
    relay = ('#[version = "0.0.5"]\n'
             "def @main(%%input: Tensor[(1, %d), float32]) -> Tensor[(1, %d), float32] {\n"
             "  %%0 = nn.dense(%%input, meta[relay.Constant][0], units=%d)"
             " /* ty=Tensor[(1, %d), float32] */;\n"
             "  %%1 = nn.pad(%%0, pad_width=[[0, 0], [%d, %d]])"
             " /* ty=Tensor[(1, %d), float32] */;\n"
             "  %%2 = nn.conv1d(%%1, meta[relay.Constant][1]) /* ty=Tensor[(1, %d), float32] */;\n"
             "  %%3 = nn.relu(%%2) /* ty=Tensor[(1, %d), float32] */;\n"
             "  ethos-u.dense(%%3, meta[relay.Constant][2]) /* ty=Tensor[(1, %d), float32] */\n"
             "}\n" % (CF_IN, CF_OUT, CF_HIDDEN, CF_HIDDEN, CF_PAD, CF_PAD, CF_HIDDEN + 2 * CF_PAD,
                      CF_CONV, CF_CONV, CF_OUT))
    spec = ModuleSpec(
        name=mod, executor="aot", targets=[C_TARGET], functions=[(f, ws_of[f]) for f, _ in calls],
        workspace=workspace, constants=0, inputs=inputs, outputs=outputs, params=[],
        params_file=params_blob([]), relay=relay,
        sources=[Blob.of(lib0), Blob.of(lib1), Blob.of(lib2)],
        header=c_header(mod, inputs, outputs, workspace, size_macros=True))
    lets = [let_truth(s, offsets[s], sid_bytes[s], calls) for s in sorted(sid_bytes)]
    truth = {
        "constants": consts.items,
        "constants_bytes": consts.total,
        "constant_pools": [{"symbol": "global_const_workspace", "bytes": pool_bytes,
                            "members": [{"name": n, "offset": v[3], "bytes": v[4]}
                                        for n, v in pool.items()]}],
        "metadata_constants_bytes": 0,
        "workspace_arrays": [{"symbol": "global_workspace", "bytes": workspace}],
        "workspace_bytes": workspace,
        "calls": [f for f, _ in calls],
        "lets": lets,
        "scratch": [{"function": f_pad, "name": "PadInput", "offset": pad_offset,
                     "bytes": pad_bytes, "call": 1}],
        "peak_bytes": sid_bytes["sid_1"] + sid_bytes["sid_2"] + pad_bytes,
        "peak_call": 1,
        "io_bytes": spec.io_bytes,
    }
    return spec, truth


# ---- v4_graph_linked.tar: graph executor, every parameter linked into the C ----------------

def linked_graph_model() -> Model:
    """Storage ids are shared by tensors of different sizes: t2 and t4 reuse t0's id (32, 96
    and 16 bytes), t3 reuses t1's (32 and 96)."""
    p = {t.name: t for t in [
        Tensor("p0", "int8", (8, 16), seed=801), Tensor("p1", "int32", (8,), seed=802),
        Tensor("p2", "float32", (8,), seed=803), Tensor("p3", "float32", (24, 8), seed=804),
        Tensor("p4", "float32", (24,), seed=805), Tensor("p5", "float32", (4, 24), seed=806),
        Tensor("p6", "float32", (4,), seed=807)]}
    ops = [
        Op("fused_nn_dense_add", "dense", ["data", "p0", "p1"], Tensor("t0", "int32", (1, 8)), 64),
        Op("fused_cast_multiply", "cast_multiply", ["t0", "p2"],
           Tensor("t1", "float32", (1, 8)), 0),
        Op("fused_nn_dense_add_1", "dense", ["t1", "p3", "p4"],
           Tensor("t2", "float32", (1, 24)), 128),
        Op("fused_nn_relu", "relu", ["t2"], Tensor("t3", "float32", (1, 24)), 16),
        Op("fused_nn_dense_add_2", "dense", ["t3", "p5", "p6"],
           Tensor("t4", "float32", (1, 4)), 32),
        Op("fused_nn_softmax", "softmax", ["t4"], Tensor("t5", "float32", (1, 4)),
           align(softmax_scratch_bytes(4))),
    ]
    order = ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]
    return Model("default", [Tensor("data", "int8", (1, 16))], [p[n] for n in order], ops)


def graph_linked_module(version: int = 4) -> Tuple[ModuleSpec, dict]:
    model = linked_graph_model()
    prefix = fn_prefix(version, model.name)
    plan = plan_storage(model, any_size=True)
    graph = graph_json(model, plan, prefix, random.Random(811))
    funcs = unique_functions(model, prefix)
    largest = max(w for _, w in funcs)
    ctx = CContext(prefix=prefix, api="packed")
    # The lookup's cases in a fixed, unsorted order (last parameter first).
    linked = [(t, plan.sid[t.name]) for t in reversed(model.params)]
    def retarget(text):
        return text.replace("// tvm target: " + C_TARGET + "\n",
                            "// tvm target: " + C_TARGET_LINKED + "\n", 1)
    lib0 = retarget(lib0_function_table(funcs + [("_lookup_linked_param", 0)], prefix))
    lib1 = retarget(lib1_source(model, plan, ctx, linked=linked))
    params_bytes = sum(t.nbytes for t in model.params)
    spec = ModuleSpec(
        name=model.name, executor="graph", targets=[C_TARGET_LINKED], functions=funcs,
        workspace=largest, constants=params_bytes,
        inputs={t.name: (t.dtype, t.nbytes) for t in model.inputs},
        outputs={n: (t.dtype, t.nbytes) for n, t in zip(model.output_names, model.outputs)},
        params=model.params, params_file=params_blob(model.params), relay=relay_text(model),
        sources=[Blob.of(lib0), Blob.of(lib1)], graph=graph)
    linked_sids = sorted(s for _, s in linked)
    unlinked = sum(b for s, b in plan.sid_bytes.items() if s not in linked_sids)
    tenants = {}
    for name, s in plan.sid.items():
        tenants.setdefault(s, []).append(name)
    truth = {
        "storage": {str(s): b for s, b in sorted(plan.sid_bytes.items())},
        "shared": {str(s): names for s, names in sorted(tenants.items()) if len(names) > 1},
        "linked": linked_sids,
        "linked_symbols": {str(s): "__tvm_param__" + t.name for t, s in linked},
        "claimed": {str(e["storage_id"]): e["size_bytes"] for e in spec.sids},
        "largest_operator_workspace": largest,
        "ram_bytes": unlinked + largest,
        "flash_bytes": params_bytes,
    }
    return spec, truth


# ---- codegen_only_header.tar: no metadata.json; header, constants, allocator-based main ----

def codegen_only_files() -> Tuple[Dict[str, Blob], dict]:
    mod, prefix = "default", "tvmgen_default_"
    src = ["codegen/host/src/%s_lib%d.c" % (mod, n) for n in range(2)]
    consts = ConstLedger()
    n_in, filters, taps, win = 80, 8, 5, 4
    width = n_in - taps + 1                    # 76 after the convolution
    pooled = width // win                      # 19 after the pooling
    units = 10
    c0 = consts.add("constant_0", filters * taps, "constant", src[1])
    c1 = consts.add("constant_1", filters * 4, "constant", src[1])
    c2 = consts.add("constant_2", units * filters * pooled, "constant", src[1])
    c3 = consts.add("constant_3", units * 4, "constant", src[1])
    allocs = [("sid_1", filters * width), ("sid_2", filters * pooled), ("sid_3", units * 4)]
    softmax_scratch = (units + 2) * 4
    f_conv, f_pool, f_dense, f_soft = (prefix + n for n in (
        "fused_nn_conv1d_add_clip", "fused_nn_max_pool1d", "fused_nn_dense_add",
        "fused_nn_softmax"))
    calls = [(f_conv, ["input_1_buffer_var", c0, c1, "sid_1"]),
             (f_pool, ["sid_1", "sid_2"]),
             (f_dense, ["sid_2", c2, c3, "sid_3"]),
             (f_soft, ["sid_3", "Identity_buffer_var"])]
    workspace = sum(align(b) for _, b in allocs) + align(softmax_scratch)

    def fn(head, body):
        return "TVM_DLL int32_t %s {\n%s}\n\n" % (head, indent(body))
    conv = fn("%s(int8_t* input, const int8_t* weights, const int32_t* bias, int8_t* output)"
              % f_conv, [
        "for (int32_t f = 0; f < %d; ++f) {" % filters,
        "  for (int32_t x = 0; x < %d; ++x) {" % width,
        "    int32_t acc = bias[f];",
        "    for (int32_t r = 0; r < %d; ++r) {" % taps,
        "      acc = (acc + (((int32_t)input[(x + r)]) * "
        "((int32_t)weights[((f * %d) + r)])));" % taps,
        "    }",
        "    output[((f * %d) + x)] = (int8_t)((acc < -128) ? -128 : ((acc > 127) ? 127 : acc));"
        % width,
        "  }",
        "}",
        "return 0;"])
    pool = fn("%s(int8_t* input, int8_t* output)" % f_pool, [
        "for (int32_t f = 0; f < %d; ++f) {" % filters,
        "  for (int32_t x = 0; x < %d; ++x) {" % pooled,
        "    int8_t m = input[((f * %d) + (x * %d))];" % (width, win),
        "    for (int32_t r = 1; r < %d; ++r) {" % win,
        "      int8_t v = input[(((f * %d) + (x * %d)) + r)];" % (width, win),
        "      m = ((v > m) ? v : m);",
        "    }",
        "    output[((f * %d) + x)] = m;" % pooled,
        "  }",
        "}",
        "return 0;"])
    dense = fn("%s(int8_t* input, const int8_t* weights, const int32_t* bias, int32_t* output)"
               % f_dense, [
        "for (int32_t j = 0; j < %d; ++j) {" % units,
        "  int32_t acc = bias[j];",
        "  for (int32_t k = 0; k < %d; ++k) {" % (filters * pooled),
        "    acc = (acc + (((int32_t)input[k]) * ((int32_t)weights[((j * %d) + k)])));"
        % (filters * pooled),
        "  }",
        "  output[j] = acc;",
        "}",
        "return 0;"])
    soft = fn("%s(int32_t* input, float* output)" % f_soft, [
        "void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)%d, 2, 32);" % softmax_scratch,
        "if (scratch == NULL) {", "  return -1;", "}",
        "float* T_exp = (float*)scratch;",
        "float* T_max = &T_exp[%d];" % units,
        "float* T_sum = &T_exp[%d];" % (units + 1),
        "T_max[0] = (float)input[0];",
        "for (int32_t i = 1; i < %d; ++i) {" % units,
        "  T_max[0] = (((float)input[i] > T_max[0]) ? (float)input[i] : T_max[0]);",
        "}",
        "T_sum[0] = 0.000000e+00f;",
        "for (int32_t i = 0; i < %d; ++i) {" % units,
        "  T_exp[i] = expf(((float)input[i] - T_max[0]));",
        "  T_sum[0] = (T_sum[0] + T_exp[i]);",
        "}",
        "for (int32_t i = 0; i < %d; ++i) {" % units,
        "  output[i] = (T_exp[i] / T_sum[0]);",
        "}",
        "if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {", "  return -1;", "}",
        "return 0;"])
    body = []
    for name, nbytes in allocs:
        body += ["void* %s = TVMBackendAllocWorkspace(1, 0, (uint64_t)%d, 0, 8);" % (name, nbytes),
                 "if (%s == NULL) {" % name, "  return -1;", "}"]
    body += [aot_call(f, args) for f, args in calls]
    for name, _ in reversed(allocs):
        body += ["if (TVMBackendFreeWorkspace(1, 0, %s) != 0) {" % name, "  return -1;", "}"]
    body.append("return 0;")
    main = fn("%s__tvm_main__(int8_t* input_1_buffer_var, float* Identity_buffer_var)" % prefix,
              body)
    lib1 = (C_PROLOGUE + EXTERN_C_OPEN +
            static_const_array(c1, "int32", filters, 851, attribute=RODATA_TVM) +
            static_const_array(c0, "int8", filters * taps, 852, attribute=RODATA_TVM) +
            static_const_array(c3, "int32", units, 853, attribute=RODATA_TVM) +
            static_const_array(c2, "int8", units * filters * pooled, 854,
                               attribute=RODATA_TVM) + "\n" +
            conv + pool + dense + soft + main + EXTERN_C_CLOSE)
    lib0 = (C_PROLOGUE + '#include "tvmgen_%s.h"\n' % mod + EXTERN_C_OPEN +
            "TVM_DLL int32_t %s__tvm_main__(int8_t* input_1_buffer_var, "
            "float* Identity_buffer_var);\n" % prefix +
            "int32_t tvmgen_%s_run(struct tvmgen_%s_inputs* inputs, "
            "struct tvmgen_%s_outputs* outputs) {\n"
            "  return %s__tvm_main__((int8_t*)inputs->input_1, (float*)outputs->Identity);\n}\n"
            % (mod, mod, mod, prefix) + EXTERN_C_CLOSE)
    header = c_header(mod, {"input_1": ("int8", n_in)}, {"Identity": ("float32", units * 4)},
                      workspace, size_macros=False)
    files = {"codegen/host/include/tvmgen_%s.h" % mod: Blob.of(header),
             src[0]: Blob.of(lib0), src[1]: Blob.of(lib1)}
    truth = {
        "module": mod,
        "workspace_bytes": workspace,
        "workspace_source": "header",
        "constants": consts.items,
        "constants_bytes": consts.total,
        "allocations": [dict({"name": n, "bytes": b}, **call_span(n, calls)) for n, b in allocs],
        "operator_allocations": [{"function": f_soft, "bytes": softmax_scratch}],
        "calls": [f for f, _ in calls],
        "io_known": False,
    }
    return files, truth


def memory_fixtures(w: FixtureWriter) -> None:
    """Fixtures whose memory figures come from the generated C (manifest key memory_truth)."""
    mod, truth = constforms_module()
    files = archive_files([mod], 7)
    w.tar("v7_constforms.tar", files)
    w.valid("v7_constforms.tar", "tar", 7, "full-model", [module_facts(mod, 7)], files,
            tar_format="pax", memory_truth=truth,
            note="constants in every C form TVM writes; metadata constants_size_bytes is 0")
    mod, truth = graph_linked_module(4)
    files = archive_files([mod], 4)
    w.tar("v4_graph_linked.tar", files)
    w.valid("v4_graph_linked.tar", "tar", 4, "full-model", [module_facts(mod, 4)], files,
            tar_format="pax", memory_truth=truth,
            note="-link-params=1: every parameter is a __tvm_param__ array served by "
                 "_lookup_linked_param; storage ids shared by entries of different sizes")
    files, truth = codegen_only_files()
    w.tar("codegen_only_header.tar", files)
    w.codegen_only("codegen_only_header.tar", files, truth,
                   note="no metadata.json; the header has no input/output size macros")


def hostile_fixtures(w: FixtureWriter) -> None:
    mod = v7_aot_module()
    files = archive_files([mod], 7)

    def with_member(name, ti, blob=None, **hostile_kw):
        w.tar(name, files, extra=[(ti, blob)])
        w.hostile(name, "tar", **hostile_kw)

    evil = Blob.of("evil\n")
    with_member("hostile_dotdot.tar", _tarinfo("./../evil.txt", size=evil.size), evil,
                error="..", stage="archive")
    with_member("hostile_absolute.tar", _tarinfo("/etc/evil", size=evil.size), evil,
                error="absolute", stage="archive")
    ti = _tarinfo("./codegen/host/src/link.c", tarfile.SYMTYPE, mode=0o777)
    ti.linkname = "default_lib1.c"
    with_member("hostile_symlink.tar", ti, error="link", stage="archive")
    ti = _tarinfo("./codegen/host/src/hard.c", tarfile.LNKTYPE)
    ti.linkname = "./codegen/host/src/default_lib1.c"
    with_member("hostile_hardlink.tar", ti, error="link", stage="archive")
    ti = _tarinfo("./dev/tty0", tarfile.CHRTYPE, mode=0o620)
    ti.devmajor, ti.devminor = 4, 0
    with_member("hostile_chardev.tar", ti, error="device", stage="archive")
    with_member("hostile_fifo.tar", _tarinfo("./codegen/fifo", tarfile.FIFOTYPE),
                error="fifo", stage="archive")

    # Cut in the middle of default_lib1.c's data.
    data = tar_bytes(files)
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        m = t.getmember("./codegen/host/src/default_lib1.c")
    w.raw("hostile_truncated.tar", data[:m.offset_data + m.size // 2])
    w.hostile("hostile_truncated.tar", "tar", "truncat", "archive")

    w.raw("hostile_notarchive.tar", bytes(random.Random(404).getrandbits(8) for _ in range(4096)))
    w.hostile("hostile_notarchive.tar", "tar", "archive", "archive",
              note="random bytes: expect e.g. 'not an archive' / 'unrecognized archive format'")
    w.raw("hostile_empty.tar", b"")
    w.hostile("hostile_empty.tar", "tar", "empty", "archive")

    # Compression inside compression: gzip in gzip (a bomb's shape), and gzip around formats only
    # an external program decompresses (libarchive would run lrzip or lzop from $PATH).
    def gz(data: bytes) -> bytes:
        raw = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=MTIME) as g:
            g.write(data)
        return raw.getvalue()
    w.raw("hostile_nested_gzip.tar.gz", gz(gz(data)))
    w.hostile("hostile_nested_gzip.tar.gz", "tar.gz", "nested", "archive")
    w.raw("hostile_gzip_lrzip.tar.gz", gz(b"LRZI\x00\x06" + bytes(4096)))
    w.hostile("hostile_gzip_lrzip.tar.gz", "tar.gz", "lrzip", "archive")
    w.raw("hostile_gzip_lzop.tar.gz", gz(b"\x89LZO\x00\r\n\x1a\n" + bytes(4096)))
    w.hostile("hostile_gzip_lzop.tar.gz", "tar.gz", "lzop", "archive")

    def with_metadata(name, text, error, **kw):
        bad = dict(files)
        bad["metadata.json"] = Blob.of(text)
        w.tar(name, bad)
        w.hostile(name, "tar", error, "metadata", **kw)

    good_md = build_metadata(7, [mod])
    with_metadata("hostile_badjson.tar", dump_pretty(good_md)[:200] + '\n  "oops": [1, 2,,\n',
                  "json")
    wrong = json.loads(json.dumps(good_md))
    wrong["version"] = "7"
    wrong["modules"]["default"]["memory"]["functions"]["main"] = 42
    with_metadata("hostile_wrongtype.tar", dump_pretty(wrong), "version")

    # Sizes that are no sizes: a negative workspace must not read as "unknown", and two sizes near
    # 2^63 must not wrap around to a small sum that "fits".
    negative = json.loads(json.dumps(good_md))
    negative["modules"]["default"]["memory"]["functions"]["main"][0]["workspace_size_bytes"] = -5000000
    with_metadata("hostile_negative_size.tar", dump_pretty(negative), "negative", workbench_only=True)
    wrapping = json.loads(json.dumps(good_md))
    main0 = wrapping["modules"]["default"]["memory"]["functions"]["main"][0]
    main0["workspace_size_bytes"] = main0["io_size_bytes"] = 1 << 62  # twice that is 2^63
    with_metadata("hostile_wrapping_sizes.tar", dump_pretty(wrapping), "more than any device",
                  workbench_only=True)

    # A header claiming 3 GiB followed by only 4 KiB of data.
    huge = 3 << 30
    tail = b"int huge_filler;\n" * 241
    for name, b256, fmt in (("hostile_hugeentry.tar", False, "ustar"),
                            ("hostile_hugeentry_b256.tar", True, "gnu")):
        w.raw(name, tar_without_end(files, fmt) + raw_tar_header("./codegen/host/src/huge.c", huge,
                                                                 base256=b256) + tail)
        w.hostile(name, "tar", "size", "archive",
                  note="member ./codegen/host/src/huge.c claims %d bytes (%s size field)"
                  % (huge, "base-256" if b256 else "octal"))

    many = dict(files)
    for i in range(2000):
        many["src/extra/f%04d.txt" % i] = Blob.of("%d\n" % i)
    w.tar("hostile_manyentries.tar", many)
    w.hostile("hostile_manyentries.tar", "tar", "entries", "archive", caps={"max_entries": 1000},
              note="valid otherwise; 2000 extra members")

    zeros = Blob(200 << 20, lambda: (bytes(1 << 20) for _ in range(200)))
    bomb = dict(files)
    bomb["src/zeros.bin"] = zeros
    write_gzip(w.path("hostile_bomb.tar.gz"), lambda out: write_tar(out, bomb))
    w.hostile("hostile_bomb.tar.gz", "gzip", "size", "archive",
              caps={"max_total_bytes": 64 << 20}, note="200 MiB of zeros in one member")

    # Over 256 MiB of zeros in a few hundred KB: refused as a bomb while expanding, with the
    # default limits (16 GiB would have let it through).
    zeros300 = Blob(300 << 20, lambda: (bytes(1 << 20) for _ in range(300)))
    bomb300 = dict(files)
    bomb300["src/zeros.bin"] = zeros300
    write_gzip(w.path("hostile_ratio_bomb.tar.gz"), lambda out: write_tar(out, bomb300))
    w.hostile("hostile_ratio_bomb.tar.gz", "gzip", "compression bomb", "archive",
              workbench_only=True, note="300 MiB of zeros: expands about 1,000 times")

    rng = random.Random(7)
    noisy_c = b"".join(b"int v%d = %d;\n" % (rng.randrange(10 ** 6), i) for i in range(20000))
    # A gzip stream cut short after a header claiming 3 GiB: refused at that header, while the
    # stream is expanded, not later as "truncated".
    cut = gzip.compress(tar_without_end(files, "ustar") + raw_tar_header("./codegen/host/src/huge.c", huge)
                        + noisy_c, mtime=MTIME)
    w.raw("hostile_gzip_hugeentry.tar.gz", cut[:len(cut) * 9 // 10])
    w.hostile("hostile_gzip_hugeentry.tar.gz", "gzip", "claims a size of", "archive",
              workbench_only=True, note="gzip cut short after a member header claiming 3 GiB")

    # A zip with 300 MiB of zeros in one entry: its entries claim over 500 times the file's size.
    write_zip(w.path("hostile_zip_bomb.zip"), files)
    with zipfile.ZipFile(w.path("hostile_zip_bomb.zip"), "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zi = zipfile.ZipInfo("src/zeros.bin", date_time=ZIP_DATETIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(zi, "w") as out:
            for _ in range(300):
                out.write(bytes(1 << 20))
    w.hostile("hostile_zip_bomb.zip", "zip", "compression bomb", "archive",
              workbench_only=True, note="300 MiB of zeros in one deflated entry")

    # A metadata.json over the 16 MiB the workbench parses (whitespace, so the fixture stays small).
    padded = dict(files)
    padded["metadata.json"] = Blob.of(dump_pretty(build_metadata(7, [mod])) + " " * (17 << 20))
    write_gzip(w.path("hostile_huge_metadata.tar.gz"), lambda out: write_tar(out, padded))
    w.hostile("hostile_huge_metadata.tar.gz", "gzip", "more than the 16.0 mib allowed", "metadata",
              workbench_only=True, note="metadata.json of 17 MiB, most of it spaces")

    # The same 300 MiB of zeros in xz: its index says so, and it is refused before expanding.
    with lzma.open(w.path("hostile_xz_bomb.tar.xz"), "wb", preset=1) as xz:
        write_tar(xz, bomb300)
    w.hostile("hostile_xz_bomb.tar.xz", "xz", "says it expands to", "archive",
              workbench_only=True, note="300 MiB of zeros; the xz index declares the size")

    write_zip(w.path("hostile_zip_dotdot.zip"), files, extra_names=("../evil.txt",))
    w.hostile("hostile_zip_dotdot.zip", "zip", "..", "archive")

    gmod = v7_graph_module()
    gfiles = archive_files([gmod], 7)
    graph = json.loads(json.dumps(gmod.graph))
    graph["nodes"][-1]["inputs"][0] = [999, 0, 0]
    gfiles["executor-config/graph/default.graph"] = Blob.of(dump_graph(graph) + "\n")
    w.tar("hostile_graph_badref.tar", gfiles)
    w.hostile("hostile_graph_badref.tar", "tar", "node", "graph",
              note="last node's first input references node 999")

    # Entry counts the nodes do not back: a 6 KB graph whose row pointers end in 80,000,000, and
    # nodes that each claim 65,535 outputs (over a million entries in all).
    rowptr = json.loads(json.dumps(gmod.graph))
    rowptr["node_row_ptr"][-1] = 80_000_000
    gfiles["executor-config/graph/default.graph"] = Blob.of(dump_graph(rowptr) + "\n")
    w.tar("hostile_graph_rowptr.tar", gfiles)
    w.hostile("hostile_graph_rowptr.tar", "tar", "node_row_ptr", "graph", template_error="80000000")
    outputs = json.loads(json.dumps(gmod.graph))
    for node in outputs["nodes"]:
        node.setdefault("attrs", {})["num_outputs"] = "65535"
    outputs.pop("node_row_ptr", None)
    outputs.pop("attrs", None)
    outputs["heads"] = [[0, 0, 0]]
    for node in outputs["nodes"]:
        node["inputs"] = []
    outputs["nodes"] = outputs["nodes"] * (20 // len(outputs["nodes"]) + 1)
    outputs["arg_nodes"] = []
    gfiles["executor-config/graph/default.graph"] = Blob.of(dump_graph(outputs) + "\n")
    w.tar("hostile_graph_outputs.tar", gfiles)
    w.hostile("hostile_graph_outputs.tar", "tar", "entries", "graph", template_error="attrs")

    params = mod.params_file.read_all()
    last = mod.params[-1]
    cut = len(params) - last.nbytes + last.nbytes // 2
    bad = dict(files)
    bad["parameters/default.params"] = Blob.of(params[:cut])
    w.tar("hostile_params_trunc.tar", bad)
    w.hostile("hostile_params_trunc.tar", "tar", "truncat", "params",
              note="params cut inside the last tensor's data")
    bad = dict(files)
    bad["parameters/default.params"] = Blob.of(b"\x00\x11\x22\x33\x44\x55\x66\x77" + params[8:])
    w.tar("hostile_params_badmagic.tar", bad)
    w.hostile("hostile_params_badmagic.tar", "tar", "magic", "params")


def cmd_fixtures(args) -> int:
    w = FixtureWriter(args.outdir)
    versioned_fixtures(w)
    container_fixtures(w)
    other_fixtures(w)
    memory_fixtures(w)
    hostile_fixtures(w)
    w.finish()
    print("wrote %d fixtures and manifest.json to %s" % (len(w.manifest), args.outdir))
    return 0


# --------------------------------------------------------------------------------------
# Benchmark archives: many C files / a huge C file / big params (all streamed)
# --------------------------------------------------------------------------------------

class SyntheticC:
    """Fast generator of plausible kernel text: each function has a constant weight table
    (text sliced from a precomputed pool of lines) and a loop over it."""

    def __init__(self, seed: int, prefix: str):
        rng = random.Random(seed)
        self.prefix = prefix
        self.lines = ["  " + ", ".join(str(rng.randint(-128, 127)) for _ in range(16)) + ",\n"
                      for _ in range(4096)]
        self.rng = rng

    def function(self, index: int, rows: int, workspace: int) -> str:
        start = (index * 131) % (len(self.lines) - rows)
        name = "%sfused_op_%d" % (self.prefix, index)
        return ("static const int8_t %s_w[%d] = {\n%s};\n\n"
                "TVM_DLL int32_t %s(int8_t* x, int32_t* T_out) {\n"
                "  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)%d, 2, 32);\n"
                "  if (scratch == NULL) {\n    return -1;\n  }\n"
                "  for (int32_t j = 0; j < 16; ++j) {\n"
                "    int32_t acc = 0;\n"
                "    for (int32_t k = 0; k < %d; ++k) {\n"
                "      acc = acc + ((int32_t)x[k] * (int32_t)%s_w[((j * %d) + k) %% %d]);\n"
                "    }\n    T_out[j] = acc;\n  }\n"
                "  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {\n    return -1;\n  }\n"
                "  return 0;\n}\n\n"
                % (name, rows * 16, "".join(self.lines[start:start + rows]), name, workspace,
                   rows, name, rows, rows * 16))

    def name(self, index: int) -> str:
        return "%sfused_op_%d" % (self.prefix, index)


def synthetic_module(n_sources: int, funcs_per_source: int, rows: Tuple[int, int], params_mb: int,
                     big_single_mb: int = 0) -> ModuleSpec:
    """v7 AOT module with synthetic kernels; sources[0] is the run wrapper.

    Each function's weight table has between rows[0] and rows[1] lines of 16 values
    (~80 bytes a line).  The params are not referenced by the C, so constants = 0."""
    name, prefix = "default", "tvmgen_default_"
    gen = SyntheticC(seed=501, prefix=prefix)
    wrng = random.Random(502)
    if big_single_mb:
        typical = len(gen.function(0, sum(rows) // 2, 16))
        n_funcs = max(1, (big_single_mb << 20) // typical)
    else:
        n_funcs = (n_sources - 1) * funcs_per_source
    funcs = [(gen.name(i), 16 * wrng.randint(1, 256)) for i in range(n_funcs)]
    func_rows = [wrng.randint(*rows) for _ in range(n_funcs)]
    model = Model(name, [Tensor("input", "float32", (1, 1024))], [], [],
                  output_names=["output"])
    inputs = {"input": ("float32", 4096)}
    outputs = {"output": ("float32", 64)}
    main_ws = 8192
    workspace = main_ws + max(w for _, w in funcs)
    n_tensors = 8 if params_mb >= 8 else max(params_mb, 1)
    rows_per_tensor = max(1, (params_mb << 20) // n_tensors // 4096)
    params = [Tensor("p%d" % i, "float32", (rows_per_tensor, 1024), seed=600 + i)
              for i in range(n_tensors)] if params_mb else []
    wrapper = (C_PROLOGUE + '#include "tvmgen_default.h"\n' + EXTERN_C_OPEN +
               "TVM_DLL int32_t tvmgen_default___tvm_main__(float*, float*, uint8_t*);\n"
               "static uint8_t tvmgen_default_global_workspace[%d] __attribute__((aligned(16)));\n"
               "int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs, "
               "struct tvmgen_default_outputs* outputs) {\n"
               "  return tvmgen_default___tvm_main__((float*)inputs->input, "
               "(float*)outputs->output, tvmgen_default_global_workspace);\n}\n"
               % workspace + EXTERN_C_CLOSE)
    main_fn = ("TVM_DLL int32_t tvmgen_default___tvm_main__(float* input_buffer_var, "
               "float* output_buffer_var, uint8_t* global_workspace_var) {\n"
               "  (void)input_buffer_var; (void)global_workspace_var;\n"
               "  for (int32_t i = 0; i < 16; ++i) {\n    output_buffer_var[i] = 0.0f;\n  }\n"
               "  return 0;\n}\n\n")

    def source(lo, hi, with_main):
        def chunks():
            yield C_PROLOGUE + EXTERN_C_OPEN
            for i in range(lo, hi):
                yield gen.function(i, func_rows[i], funcs[i][1])
            if with_main:
                yield main_fn
            yield EXTERN_C_CLOSE
        return Blob.measured(lambda: (c.encode() for c in chunks()))

    sources = [Blob.of(wrapper)]
    if big_single_mb:
        sources.append(source(0, n_funcs, True))
    else:
        for s in range(1, n_sources):
            lo = (s - 1) * funcs_per_source
            sources.append(source(lo, lo + funcs_per_source, s == 1))
    mod = ModuleSpec(name=name, executor="aot", targets=[C_TARGET], functions=funcs,
                     workspace=workspace, constants=0, inputs=inputs, outputs=outputs,
                     params=params, params_file=params_blob(params), relay=relay_synthetic(model),
                     sources=sources)
    mod.header = c_header(name, inputs, outputs, workspace, size_macros=True)
    return mod


def relay_synthetic(model: Model) -> str:
    return ('#[version = "0.0.5"]\ndef @main(%%input: %s) -> Tensor[(1, 16), float32] {\n'
            "  /* synthetic benchmark model: operators omitted */\n"
            "  zeros(shape=[1, 16], dtype=\"float32\")\n}\n" % relay_type(model.inputs[0]))


def cmd_large(args) -> int:
    mod = synthetic_module(args.c_files, funcs_per_source=4, rows=(125, 160),
                           params_mb=args.params_mb)
    files = archive_files([mod], 7)
    with open(args.out, "wb") as f:
        write_tar(f, files)
    print("wrote %s: %d C files, %d functions, params %d bytes" % (
        args.out, len(mod.sources), len(mod.functions), mod.params_file.size))
    return 0


def cmd_bigc(args) -> int:
    mod = synthetic_module(2, 0, rows=(125, 160), params_mb=1, big_single_mb=args.mb)
    files = archive_files([mod], 7)
    with open(args.out, "wb") as f:
        write_tar(f, files)
    print("wrote %s: default_lib1.c %d bytes, %d functions" % (
        args.out, mod.sources[1].size, len(mod.functions)))
    return 0


# --------------------------------------------------------------------------------------
# Self test
# --------------------------------------------------------------------------------------

SPEC_VECTOR = (
    "b79c04054f8de5f7 0000000000000000 0200000000000000"
    " 0200000000000000 7030 0200000000000000 7031 0200000000000000"
    " 3fa1b496f0405edd 0000000000000000 0100000000000000 02000000 02200100"
    " 0100000000000000 0200000000000000 0800000000000000 0000004000008040"
    " 3fa1b496f0405edd 0000000000000000 0100000000000000 01000000 00080100"
    " 0300000000000000 0300000000000000 01fe03")


def cmd_selftest(args) -> int:
    failures = []

    def check(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    vector = bytes.fromhex(SPEC_VECTOR.replace(" ", ""))
    mine = params_blob([Tensor("p0", "float32", (1, 2), explicit=[2.0, 4.0]),
                        Tensor("p1", "int8", (3,), explicit=[1, -2, 3])]).read_all()
    check(len(vector) == 167, "spec test vector is 167 bytes")
    check(mine == vector, "params encoder matches the spec test vector")
    check(decode_params(vector)[1] == ("p1", "int8", (3,), b"\x01\xfe\x03"),
          "params decoder reads the spec test vector")
    check(len(params_blob([]).read_all()) == 32, "empty params file is 32 bytes")

    mod = example_module()
    decoded = decode_params(mod.params_file.read_all())
    check([d[0] for d in decoded] == ["p0", "p1", "p2", "p3"], "example params names")
    check(all(d[3] == b"".join(t.data_chunks()) for d, t in zip(decoded, mod.params)),
          "example params round-trip")
    check(tar_bytes(example_files()) == tar_bytes(example_files()), "example is reproducible")
    check(mod.workspace == 80 and mod.io_bytes == 80, "example workspace 80 / io 80")

    for version in range(1, 8):
        g = lower_model(fixture_model(), "graph", version).graph
        n = len(g["nodes"])
        refs_ok = all(0 <= i[0] < k for k, node in enumerate(g["nodes"]) for i in node["inputs"])
        check(refs_ok and g["node_row_ptr"][-1] == n and
              len(g["attrs"]["storage_id"][1]) == n, "graph v%d is consistent" % version)
    big = Tensor("big", "float32", (600, 1024), seed=9)
    check(sum(len(c) for c in big.data_chunks()) == big.nbytes, "streamed tensor size")
    h = raw_tar_header("./x", 3 << 30, base256=True)
    check(tarfile.TarInfo.frombuf(h, "utf-8", "strict").size == 3 << 30,
          "hand-built base-256 header parses")
    h = raw_tar_header("./x", 3 << 30)
    check(tarfile.TarInfo.frombuf(h, "utf-8", "strict").size == 3 << 30,
          "hand-built octal header parses")

    cf, cf_truth = constforms_module()
    again = constforms_module()[0]
    check(tar_bytes(archive_files([cf], 7)) == tar_bytes(archive_files([again], 7)),
          "v7_constforms is reproducible")
    pool = cf_truth["constant_pools"][0]
    check(all(m["offset"] % ALIGN == 0 for m in pool["members"]) and
          pool["bytes"] == pool["members"][-1]["offset"] + pool["members"][-1]["bytes"],
          "constant pool members 16-aligned, size = last offset + bytes")
    check(len({c["kind"] for c in cf_truth["constants"]}) == 5 and cf.constants == 0,
          "v7_constforms has all five constant kinds and metadata constants 0")
    spans = [(l["offset"], l["offset"] + l["bytes"], l["first_call"], l["last_call"])
             for l in cf_truth["lets"]]
    spans += [(x["offset"], x["offset"] + x["bytes"], x["call"], x["call"])
              for x in cf_truth["scratch"]]
    clash = any(a[0] < b[1] and b[0] < a[1] and a[2] <= b[3] and b[2] <= a[3]
                for i, a in enumerate(spans) for b in spans[i + 1:])
    check(not clash and max(e for _, e, _, _ in spans) <= cf.workspace,
          "v7_constforms buffers fit the workspace and never overlap while live")
    gl, gl_truth = graph_linked_module()
    again = graph_linked_module()[0]
    check(tar_bytes(archive_files([gl], 4)) == tar_bytes(archive_files([again], 4)),
          "v4_graph_linked is reproducible")
    sizes = {}
    attrs = gl.graph["attrs"]
    for sid, shape, dt in zip(attrs["storage_id"][1], attrs["shape"][1], attrs["dltype"][1]):
        sizes.setdefault(str(sid), set()).add(prod(shape) * DTYPES[dt][1] // 8)
    check({k: max(v) for k, v in sizes.items()} == gl_truth["storage"] and
          any(len(v) > 1 for v in sizes.values()),
          "graph storage ids shared by entries of different sizes; truth = largest entry")
    check(gl_truth["claimed"] != gl_truth["storage"],
          "metadata sids show the lookup-by-entry quirk")
    co_files, co_truth = codegen_only_files()
    check("metadata.json" not in co_files and
          tar_bytes(co_files) == tar_bytes(codegen_only_files()[0]),
          "codegen_only_header has no metadata.json and is reproducible")
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


# --------------------------------------------------------------------------------------
# verify: re-read written fixtures independently and compare with manifest.json
# --------------------------------------------------------------------------------------

def read_fixture_files(path: str, entry: dict) -> Dict[str, bytes]:
    """Regular files of a valid fixture, keyed by path relative to its model root."""
    out = {}
    if entry["form"] == "dir":
        for dirpath, _, names in os.walk(path):
            for n in names:
                full = os.path.join(dirpath, n)
                with open(full, "rb") as f:
                    out[os.path.relpath(full, path).replace(os.sep, "/")] = f.read()
        return out
    if entry["form"] == "zip":
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    with open(path, "rb") as f:
        is_gzip = f.read(2) == b"\x1f\x8b"
    if is_gzip != (entry["form"] == "gzip"):
        raise ValueError("gzip magic does not match form %s" % entry["form"])
    root = entry["root"] + "/" if entry["root"] else ""
    with tarfile.open(path) as t:
        for m in t:
            if m.isfile():
                name = m.name[2:] if m.name.startswith("./") else m.name
                if not name.startswith(root):
                    raise ValueError("member %s outside root" % m.name)
                out[name[len(root):]] = t.extractfile(m).read()
    return out


def verify_module(files: Dict[str, bytes], md: dict, facts: dict, version: int, style: str):
    """Yield mismatch descriptions between one module's metadata/files and its facts."""
    executors = md.get("executors", md.get("runtimes"))
    targets = list(md["target"].values()) if isinstance(md["target"], dict) else md["target"]
    if executors != facts["executors"] or targets != facts["targets"]:
        yield "executors/targets"
    if style == "operator":
        if len(md["memory"]) != facts["operator_count"]:
            yield "operator count"
        return
    memory = md["memory"] if isinstance(md["memory"], dict) else {"sids": md["memory"]}
    if version > 1:
        main = memory["functions"]["main"][0]
        ops = memory["functions"]["operator_functions"]
        got = (main["workspace_size_bytes"], main["io_size_bytes"], main["constants_size_bytes"],
               [o["function_name"] for o in ops])
        want = (facts["workspace_bytes"], facts["io_bytes"], facts["constants_bytes"],
                facts["operator_functions"])
        if got != want:
            yield "main/operator numbers %r != %r" % (got, want)
        src = b"".join(v for k, v in files.items() if k.endswith(".c"))
        for name in (o["function_name"] for o in ops):
            if src and ("TVM_DLL int32_t %s(" % name).encode() not in src:
                yield "no C definition of %s" % name
        if version >= 7 and (main.get("inputs"), main.get("outputs")) != (facts["inputs"],
                                                                         facts["outputs"]):
            yield "inputs/outputs maps"
    sids = memory.get("sids")
    if (None if sids is None else len(sids)) != facts["sids_count"]:
        yield "sids count"
    params = decode_params(files["parameters/%s.params" % facts["name"]])
    if (len(params), sum(len(p[3]) for p in params)) != (facts["params_count"],
                                                         facts["params_bytes"]):
        yield "params count/bytes"
    if facts["has_header"] != ("codegen/host/include/tvmgen_%s.h" % facts["name"] in files):
        yield "header presence"
    graphs = [k for k in files if k.endswith("/%s.graph" % facts["name"]) or
              k.endswith("graph.json")]
    if facts["has_graph"] != bool(graphs):
        yield "graph presence"
    for k in graphs:
        if sids_from_graph(json.loads(files[k])) != sids:
            yield "sids differ from graph"


def verify_memory_truth(files: Dict[str, bytes], truth: dict) -> Iterator[str]:
    """Yield mismatches between memory_truth and a plain textual re-read of the files."""
    text = {k: v.decode("utf-8") for k, v in files.items() if k.endswith((".c", ".h"))}
    src = "".join(v for k, v in sorted(text.items()) if k.endswith(".c"))
    for c in truth.get("constants", []):
        if not re.search(r"\b%s\s*\[" % re.escape(c["symbol"]), text.get(c["file"], "")) and \
                not re.search(r"struct\s+%s\b" % re.escape(c["symbol"]), text.get(c["file"], "")):
            yield "constant %s not declared in %s" % (c["symbol"], c["file"])
    if "constants" in truth and \
            sum(c["bytes"] for c in truth["constants"]) != truth["constants_bytes"]:
        yield "constants_bytes is not the sum of constants"
    for a in truth.get("workspace_arrays", []):
        if "%s[%d];" % (a["symbol"], a["bytes"]) not in src:
            yield "workspace array %s[%d]" % (a["symbol"], a["bytes"])
    for let in truth.get("lets", []):
        decl = "void* %s_let = (&(global_workspace_1_var[%d]));" % (let["name"], let["offset"])
        if decl not in src:
            yield "let %s at %d" % (let["name"], let["offset"])
    for a in truth.get("allocations", []):
        decl = "void* %s = TVMBackendAllocWorkspace(1, 0, (uint64_t)%d, 0, 8);" % (a["name"],
                                                                                  a["bytes"])
        if decl not in src:
            yield "allocation %s of %d" % (a["name"], a["bytes"])
    pos = 0
    for call in truth.get("calls", []):
        pos = src.find("if (%s(" % call, pos)
        if pos < 0:
            yield "call %s (in order)" % call
            break
    headers = [v for k, v in text.items() if k.endswith(".h")]
    if "workspace_source" in truth:
        ws = re.findall(r"#define \w+_WORKSPACE_SIZE (\d+)", "".join(headers))
        if [int(x) for x in ws] != [truth["workspace_bytes"]]:
            yield "header workspace"
        if re.search(r"#define \w+_(?:INPUT|OUTPUT)\w*_SIZE ", "".join(headers)) and \
                not truth["io_known"]:
            yield "header has I/O size macros"
    if "storage" in truth:
        graph = json.loads(next(v for k, v in files.items() if k.endswith("graph.json")))
        attrs = graph["attrs"]
        largest = {}
        for s, shape, dt in zip(attrs["storage_id"][1], attrs["shape"][1], attrs["dltype"][1]):
            nbytes = (prod(shape) * int(re.sub(r"\D", "", dt)) + 7) // 8
            largest[str(s)] = max(largest.get(str(s), 0), nbytes)
        if largest != truth["storage"]:
            yield "storage differs from the graph's largest entries"
        md = json.loads(files["metadata.json"])
        claimed = {str(e["storage_id"]): e["size_bytes"] for e in md["memory"]["sids"]}
        if claimed != truth["claimed"]:
            yield "claimed differs from metadata sids"
        cases = {int(n) for n in re.findall(r"\bcase (\d+):", src)}
        if cases != set(truth["linked"]):
            yield "linked storage ids differ from the lookup's cases"
        if "-link-params=1" not in json.dumps(md["target"]):
            yield "target lacks -link-params=1"


def cmd_verify(args) -> int:
    with open(os.path.join(args.outdir, "manifest.json")) as f:
        manifest = json.load(f)
    problems = 0
    for entry in manifest:
        if entry["kind"] == "codegen-only":
            files = read_fixture_files(os.path.join(args.outdir, entry["file"]), entry)
            issues = list(verify_memory_truth(files, entry["memory_truth"]))
            if sorted(files) != entry["files"] or "metadata.json" in files:
                issues.append("file list")
            print("%s %s%s" % ("ok  " if not issues else "BAD ", entry["file"],
                               "" if not issues else ": " + "; ".join(issues)))
            problems += bool(issues)
            continue
        if entry["kind"] != "valid":
            continue
        files = read_fixture_files(os.path.join(args.outdir, entry["file"]), entry)
        md = json.loads(files["metadata.json"])
        issues = []
        if "memory_truth" in entry:
            issues += verify_memory_truth(files, entry["memory_truth"])
        if sorted(files) != entry["files"]:
            issues.append("file list")
        if md["version"] != entry["version"]:
            issues.append("version")
        mods = md["modules"] if "modules" in md else {md["model_name"]: md}
        if [m["name"] for m in entry["modules"]] != list(mods):
            issues.append("module names")
        else:
            for facts in entry["modules"]:
                issues += verify_module(files, mods[facts["name"]], facts, entry["version"],
                                        entry["style"])
        print("%s %s%s" % ("ok  " if not issues else "BAD ", entry["file"],
                           "" if not issues else ": " + "; ".join(issues)))
        problems += bool(issues)
    print("%d valid fixture(s) with problems" % problems)
    return 1 if problems else 0


# --------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("example", help="write the bundled example archive")
    p.add_argument("out")
    p.set_defaults(func=cmd_example)
    p = sub.add_parser("fixtures", help="write all test fixtures and manifest.json")
    p.add_argument("outdir")
    p.set_defaults(func=cmd_fixtures)
    p = sub.add_parser("large", help="write the ~500 MB benchmark archive")
    p.add_argument("out")
    p.add_argument("--c-files", type=int, default=2000)
    p.add_argument("--params-mb", type=int, default=400)
    p.set_defaults(func=cmd_large)
    p = sub.add_parser("bigc", help="write an archive with one huge C file")
    p.add_argument("out")
    p.add_argument("--mb", type=int, default=100)
    p.set_defaults(func=cmd_bigc)
    p = sub.add_parser("verify", help="re-read written fixtures and check manifest.json")
    p.add_argument("outdir")
    p.set_defaults(func=cmd_verify)
    p = sub.add_parser("selftest", help="check the encoders; non-zero exit on failure")
    p.set_defaults(func=cmd_selftest)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
