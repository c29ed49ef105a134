"""Writes src/hostsim_model.c: the C glue between the archive's modules and the host program.

For each module it defines the I/O buffers, an ``hs_tensor`` table per direction, a setup
function and a run function (see runtime/hostsim.h):

* AOT with the C interface header: fills ``struct tvmgen_<mod>_inputs``/``_outputs`` (or maps
  them into the workspace pools) and calls ``tvmgen_<mod>_run``;
* AOT without the header (early archives): calls ``<prefix>run_model`` with data pointers
  (unpacked API) or with DLTensor arguments (packed API);
* graph executor: a straight-line schedule made from the graph JSON at generate time - one
  static buffer per storage id, parameters copied in from an embedded blob, then one packed
  call per ``tvm_op`` node in graph order.
"""

import os
import re
from typing import Dict, List

import hostsim_mlf as mlf

ALIGNED = "__attribute__((aligned(HOSTSIM_ALIGN)))"


def c_string(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def c_blob(data: bytes, per_line: int = 64) -> str:
    """A string literal holding ``data``: every byte a \\x escape, so exactly len(data) chars."""
    lines = []
    for i in range(0, len(data), per_line):
        lines.append('  "\\x' + data[i : i + per_line].hex("x").replace("x", "\\x") + '"')
    return "\n".join(lines) if lines else '  ""'


def _int_list(values: List[int]) -> str:
    return ", ".join(map(str, values)) or "0"


def _dltype(dtype: str) -> str:
    code, bits, lanes = mlf.parse_dtype(dtype)
    return "{%d, %d, %d}" % (code, bits, lanes)


def _prototype(fn: mlf.CFunction) -> str:
    if fn.is_packed:
        args = "void*, int32_t*, int32_t, void*, int32_t*"
        if len(fn.params) == 6:
            args += ", void*"
    else:
        args = ", ".join(["void*"] * len(fn.params)) or "void"
    return "int32_t %s(%s);" % (fn.name, args)


def _shape_of(t: mlf.TensorInfo) -> List[int]:
    """The tensor's shape, or a flat [count] when the archive gives none."""
    if t.shape is not None and mlf.tensor_bytes(t.dtype, t.shape) == t.nbytes:
        return list(t.shape)
    return [t.nbytes // mlf.element_bytes(t.dtype)]


# Generated once per host-driven project: the checks every operator wrapper makes.
_BIND_ARGS = r"""
/* What an unpacked operator's parameter receives in the model: a tensor the host must give, the
 * model's constant (the host may pass null for it) or a workspace pool (null or left out when
 * last); nbytes is the least the host's tensor must hold. */
enum { HS_ARG_TENSOR, HS_ARG_CONSTANT, HS_ARG_WORKSPACE };
typedef struct {
  int kind;
  int64_t nbytes;
  void *fallback; /* passed for null: the model's constant or a scratch pool */
} hs_arg_need;

/* Bytes a DLTensor describes from data + byte_offset (as the device checked them), or -1. */
static int64_t hs_dl_bytes(const DLTensor *t) {
  int64_t n = ((int64_t)t->dtype.bits * (t->dtype.lanes ? t->dtype.lanes : 1) + 7) / 8;
  if (n == 0) n = 1;
  for (int i = 0; i < t->ndim; ++i) {
    if (t->shape[i] < 0 || t->shape[i] > ((int64_t)1 << 40)) return -1;
    n *= t->shape[i];
    if (n > ((int64_t)1 << 40)) return -1;
  }
  return n;
}

/* Turns the host's arguments into the operator's pointers, each checked against what the
 * operator is given in the model. */
static int hs_bind_args(const char *fn, const TVMValue *v, const int32_t *c, int n,
                        const hs_arg_need *need, int k, void **p) {
  int optional = need[k - 1].kind == HS_ARG_WORKSPACE;
  if (n != k && !(optional && n == k - 1))
    return hs_fail("%s: want %d arguments, got %d", fn, k, n);
  for (int i = 0; i < k; ++i) {
    if (i == n || c[i] == kTVMNullptr) {
      if (need[i].kind == HS_ARG_TENSOR)
        return hs_fail("%s: argument %d is null; the operator uses %lld bytes", fn, i,
                       (long long)need[i].nbytes);
      p[i] = need[i].fallback;
    } else if (c[i] == kTVMDLTensorHandle) {
      const DLTensor *t = (const DLTensor *)v[i].v_handle;
      int64_t bytes = hs_dl_bytes(t);
      if (bytes < need[i].nbytes)
        return hs_fail("%s: argument %d holds %lld bytes; the operator uses %lld", fn, i,
                       (long long)bytes, (long long)need[i].nbytes);
      p[i] = (char *)t->data + t->byte_offset;
    } else {
      return hs_fail("%s: argument %d is not a tensor", fn, i);
    }
  }
  return 0;
}"""

_WRAPPER_HEAD = "static int32_t hs_w_%s(void *args, int32_t *c, int32_t n, void *rv, int32_t *rc, void *res) {"


def _syslib_wrapper(fn: mlf.CFunction, needs: List[str]) -> List[str]:
    """A packed-API wrapper for an unpacked operator: each DLTensor argument becomes its data
    pointer once it is known to hold what the model gives that parameter (``needs``: one
    hs_arg_need initializer per parameter)."""
    k = len(fn.params)
    return [
        _WRAPPER_HEAD % fn.name,
        "  static const hs_arg_need need[%d] = {%s};" % (k, ", ".join(needs)),
        "  void *p[%d];" % k,
        "  (void)rv; (void)rc; (void)res;",
        "  if (hs_bind_args(%s, (TVMValue *)args, c, n, need, %d, p) != 0)" % (c_string(fn.name), k),
        "    return -1;",
        "  return %s(%s);" % (fn.name, ", ".join("p[%d]" % i for i in range(k))),
        "}",
    ]


def _refusing_wrapper(name: str, reason: str) -> List[str]:
    """A wrapper for an operator whose argument sizes are unknown: it never runs it."""
    return [
        _WRAPPER_HEAD % name,
        "  (void)args; (void)c; (void)n; (void)rv; (void)rc; (void)res;",
        '  return hs_fail("%%s: cannot be called from the host: %%s", %s, %s);'
        % (c_string(name), c_string(reason)),
        "}",
    ]


class _SyslibData:
    """The scratch pools and copies of the model's constants the wrappers pass for null."""

    def __init__(self, plan: mlf.OperatorPlan, arrays: Dict[str, mlf.CArray], header_text: str):
        self.plan, self.arrays, self.header_text = plan, arrays, header_text
        self.pools: Dict[str, str] = {}
        self.constants: Dict[str, str] = {}
        self.lines: List[str] = []

    def pool(self, key: str) -> str:
        if key not in self.pools:
            self.pools[key] = "hs_ws%d" % len(self.pools)
            self.lines.append("static uint8_t %s[%d] %s; /* %s */" % (
                self.pools[key], max(1, self.plan.pools[key]), ALIGNED, key.replace("*/", "* /")))
        return self.pools[key]

    def constant(self, name: str) -> str:
        """The name of a copy of the model's constant array, or "" when it cannot be copied
        (its initializer is a macro that no header included here defines)."""
        if name not in self.constants:
            a = self.arrays[name]
            init = a.init or ""
            copyable = init.startswith("{") or (
                re.fullmatch(r"[A-Za-z_]\w*", init)
                and re.search(r"#\s*define\s+%s\b" % re.escape(init), self.header_text))
            self.constants[name] = "hs_c%d" % len(self.constants) if copyable else ""
            if copyable:
                self.lines.append("static const %s %s[%d] %s = /* %s */\n%s;" % (
                    a.ctype, self.constants[name], a.count, ALIGNED, name, init))
        return self.constants[name]

    def need(self, arg: mlf.OperatorArg) -> str:
        if arg.kind == "workspace":
            return "{HS_ARG_WORKSPACE, %d, %s}" % (arg.nbytes, self.pool(arg.pool))
        if arg.kind == "constant":
            array, offset = arg.constant
            copy = self.constant(array)
            if copy:
                return "{HS_ARG_CONSTANT, %d, (void *)((const uint8_t *)%s + %d)}" % (
                    arg.nbytes, copy, offset)
        return "{HS_ARG_TENSOR, %d, NULL}" % arg.nbytes


_ENTRY_POINT = re.compile(r"(_run_model|___tvm_main__|^tvmgen_\w+_run)$")


def _packed_call(fn: mlf.CFunction, nargs: int) -> str:
    extra = ", NULL" if len(fn.params) == 6 else ""
    return "%s(v, c, %d, &rv, &rc%s)" % (fn.name, nargs, extra)


class _Writer:
    def __init__(self, analysis: mlf.Analysis):
        self.analysis = analysis
        self.index = analysis.index
        self.lines: List[str] = []
        self.prototypes: Dict[str, str] = {}
        self.headers: List[str] = []

    def emit(self, *lines: str) -> None:
        self.lines.extend(lines)

    def function(self, name: str, what: str) -> mlf.CFunction:
        fn = self.index.definitions.get(name)
        if fn is None:
            raise mlf.ModelError("%s %s is not defined in the archive's C sources" % (what, name))
        self.prototypes[name] = _prototype(fn)
        return fn

    def tensor_table(self, p: str, kind: str, tensors: List[mlf.TensorInfo], buffers: List[str]):
        shapes, offsets = [], []
        for t in tensors:
            offsets.append(len(shapes))
            shapes += _shape_of(t)
        self.emit("static const int64_t %s_%s_shape[] = {%s};" % (p, kind, _int_list(shapes)))
        self.emit("static hs_tensor %s_%s[] = {" % (p, kind))
        for t, buf, off in zip(tensors, buffers, offsets):
            self.emit(
                "  {%s, %s, %s, %d, %s, %d, %s_%s_shape + %d},"
                % (c_string(t.name), c_string(t.dtype), _dltype(t.dtype), t.nbytes, buf,
                   len(_shape_of(t)), p, kind, off)
            )
        if not tensors:
            self.emit("  {NULL, NULL, {0, 0, 0}, 0, NULL, 0, NULL},")
        self.emit("};")

    def buffers(self, p: str, kind: str, tensors: List[mlf.TensorInfo]) -> List[str]:
        names = []
        for i, t in enumerate(tensors):
            names.append("%s_%s%d" % (p, kind, i))
            self.emit("static uint8_t %s[%d] %s;" % (names[-1], max(1, t.nbytes), ALIGNED))
        return names

    # ------------------------------------------------------------------ AOT, C interface

    def aot_header(self, p: str, m: mlf.Module) -> None:
        ident = m.header[: -len(".h")]
        self.headers.append(m.header)
        in_bufs = ["NULL"] * len(m.inputs) if m.map_inputs else self.buffers(p, "in", m.inputs)
        out_bufs = ["NULL"] * len(m.outputs) if m.map_outputs else self.buffers(p, "out", m.outputs)
        for i, (_, size) in enumerate(m.pools):
            self.emit("static uint8_t %s_pool%d[%d] %s;" % (p, i, max(1, size), ALIGNED))
        self.tensor_table(p, "inputs", m.inputs, in_bufs)
        self.tensor_table(p, "outputs", m.outputs, out_bufs)
        structs = {"inputs": "_inputs", "outputs": "_outputs", "pools": "_workspace_pools",
                   "devices": "_devices"}
        for kind in m.run_params:
            self.emit("static struct %s%s %s_arg_%s;" % (ident, structs[kind], p, kind))
        if m.pools and "pools" not in m.run_params:
            self.emit("static struct %s_workspace_pools %s_arg_pools;" % (ident, p))

        self.emit("", "static int %s_setup(void) {" % p)
        for i, (member, _) in enumerate(m.pools):
            self.emit("  %s_arg_pools.%s = %s_pool%d;" % (p, member, p, i))
        for kind, members, mapped, bufs in (
            ("inputs", m.input_members, m.map_inputs, in_bufs),
            ("outputs", m.output_members, m.map_outputs, out_bufs),
        ):
            if mapped:
                self.emit("  struct %s_%s %s_map = %s_map_%s(&%s_arg_pools);"
                          % (ident, kind, kind, ident, kind, p))
                for i, member in enumerate(members):
                    self.emit("  %s_%s[%d].data = %s_map.%s;" % (p, kind, i, kind, member))
            else:
                for i, member in enumerate(members):
                    self.emit("  %s_arg_%s.%s = %s;" % (p, kind, member, bufs[i]))
        self.emit("  return 0;", "}", "")
        args = ", ".join("&%s_arg_%s" % (p, kind) for kind in m.run_params)
        self.emit("static int %s_run(void) { return %s_run(%s); }" % (p, ident, args))

    # ------------------------------------------------------------------ AOT, run_model

    def aot_entry(self, p: str, m: mlf.Module) -> None:
        fn = self.function(m.entry.name, "entry point")
        in_bufs = self.buffers(p, "in", m.inputs)
        out_bufs = self.buffers(p, "out", m.outputs)
        self.tensor_table(p, "inputs", m.inputs, in_bufs)
        self.tensor_table(p, "outputs", m.outputs, out_bufs)
        self.emit("", "static int %s_setup(void) { return 0; }" % p, "")
        buffers = in_bufs + out_bufs
        if not fn.is_packed:
            self.emit("static int %s_run(void) { return %s(%s); }"
                      % (p, fn.name, ", ".join(buffers)))
            return
        tensors = m.inputs + m.outputs
        shape_values, offsets = [], []
        for t in tensors:
            offsets.append(len(shape_values))
            if t.shape is not None:
                shape_values += t.shape
            else:
                shape_values.append(t.nbytes // mlf.element_bytes(t.dtype))
        self.emit("static int64_t %s_shapes[] = {%s};" % (p, _int_list(shape_values)))
        self.emit("static DLTensor %s_dl[] = {" % p)
        for t, buf, off in zip(tensors, buffers, offsets):
            ndim = len(t.shape) if t.shape is not None else 1
            self.emit("  {%s, {kDLCPU, 0}, %d, %s, %s_shapes + %d, NULL, 0},"
                      % (buf, ndim, _dltype(t.dtype), p, off))
        self.emit("};", "", "static int %s_run(void) {" % p)
        n = len(tensors)
        self.emit("  TVMValue v[%d], rv;" % max(1, n), "  int32_t c[%d], rc = 0;" % max(1, n))
        self.emit("  for (int i = 0; i < %d; ++i) {" % n,
                  "    v[i].v_handle = &%s_dl[i];" % p,
                  "    c[i] = kTVMDLTensorHandle;",
                  "  }",
                  "  return %s;" % _packed_call(fn, n),
                  "}")

    # ------------------------------------------------------------------ graph executor

    def graph(self, p: str, m: mlf.Module) -> None:
        g = m.graph
        nodes, row = g["nodes"], g["node_row_ptr"]
        shapes = g["attrs"]["shape"][1]
        dtypes = g["attrs"]["dltype"][1]
        sids = g["attrs"]["storage_id"][1]
        sizes: Dict[int, int] = {}
        for eid, sid in enumerate(sids):
            sizes[sid] = max(sizes.get(sid, 0), mlf.tensor_bytes(dtypes[eid], shapes[eid]))
        for sid in sorted(sizes):
            self.emit("static uint8_t %s_s%d[%d] %s;" % (p, sid, max(1, sizes[sid]), ALIGNED))

        shape_values, offsets = [], []
        for shape in shapes:
            offsets.append(len(shape_values))
            shape_values += shape
        self.emit("static int64_t %s_shapes[] = {%s};" % (p, _int_list(shape_values)))
        self.emit("static DLTensor %s_t[] = {" % p)
        for eid, sid in enumerate(sids):
            self.emit(
                "  {%s_s%d, {kDLCPU, 0}, %d, %s, %s_shapes + %d, NULL, 0},"
                % (p, sid, len(shapes[eid]), _dltype(dtypes[eid]), p, offsets[eid])
            )
        self.emit("};")

        def storage(eid: int) -> str:
            return "%s_s%d" % (p, sids[eid])

        by_name = {nodes[nid]["name"]: row[nid] for nid in g["arg_nodes"]}
        in_bufs = [storage(by_name[t.name]) for t in m.inputs]
        out_bufs = [storage(row[h[0]] + h[1]) for h in g["heads"]]
        self.tensor_table(p, "inputs", m.inputs, in_bufs)
        self.tensor_table(p, "outputs", m.outputs, out_bufs)

        # Parameters: one embedded blob, copied into their storage by setup.
        binds, blob = [], bytearray()
        for name, _, _, data in m.params:
            eid = by_name.get(name)
            if eid is None:
                continue
            if len(data) > sizes[sids[eid]]:
                raise mlf.ModelError(
                    "module %s: parameter %s is larger than its graph entry" % (m.name, name)
                )
            binds.append((name, eid, len(blob), len(data)))
            blob += data
        if blob:
            self.emit("static const unsigned char %s_params[%d] =" % (p, len(blob)),
                      c_blob(bytes(blob)) + ";")
        self.emit("", "static int %s_setup(void) {" % p)
        for name, eid, off, size in binds:
            self.emit("  memcpy(%s, %s_params + %d, %d); /* %s */"
                      % (storage(eid), p, off, size, name.replace("*/", "* /")))
        self.emit("  return 0;", "}", "")

        max_args = max(
            [len(n.get("inputs", [])) + row[i + 1] - row[i] for i, n in enumerate(nodes)] + [1]
        )
        self.emit("static int %s_run(void) {" % p,
                  "  TVMValue v[%d], rv;" % max_args,
                  "  int32_t c[%d], rc = 0;" % max_args,
                  "  for (int i = 0; i < %d; ++i) c[i] = kTVMDLTensorHandle;" % max_args)
        for nid, node in enumerate(nodes):
            if node.get("op") != "tvm_op":
                continue
            attrs = node.get("attrs") or node.get("attr") or {}
            func = attrs["func_name"]
            args = [row[e[0]] + e[1] for e in node.get("inputs", [])]
            args += list(range(row[nid], row[nid + 1]))
            if func in ("__nop", "__copy"):
                # Reshape alias / device copy: data moves only if the storage differs.
                src, dst = args[0], args[-1]
                if sids[src] != sids[dst]:
                    self.emit("  memcpy(%s, %s, %d); /* node %d: %s */" % (
                        storage(dst), storage(src), mlf.tensor_bytes(dtypes[dst], shapes[dst]),
                        nid, func))
                continue
            fn = self.function(func, "graph operator")
            if not fn.is_packed:
                raise mlf.ModelError(
                    "graph operator %s does not use the packed calling convention" % func
                )
            self.emit("  /* node %d */" % nid)
            for i, eid in enumerate(args):
                self.emit("  v[%d].v_handle = &%s_t[%d];" % (i, p, eid))
            self.emit("  if (%s != 0)" % _packed_call(fn, len(args)),
                      '    return hs_fail("operator %s (node %d) failed: %%s", TVMGetLastError());'
                      % (func, nid))
        self.emit("  return 0;", "}")


def generate(analysis: mlf.Analysis, host_driven: bool = False) -> str:
    """Returns the text of src/hostsim_model.c for the analysed archive; with host_driven, also
    the system library table (hs_syslib) the RPC device serves."""
    w = _Writer(analysis)
    table = []
    for i, m in enumerate(analysis.modules):
        p = "hs_m%d" % i
        w.emit("", "/* ---- module %s (%s) ---- */" % (m.name.replace("*/", "* /"), m.executor), "")
        if m.executor == "graph":
            w.graph(p, m)
        elif m.header:
            w.aot_header(p, m)
        else:
            w.aot_entry(p, m)
        table.append(
            "  {%s, %s, %s_inputs, %d, %s_outputs, %d, %s_setup, %s_run},"
            % (c_string(m.name), c_string(m.executor), p, len(m.inputs), p, len(m.outputs), p, p)
        )

    # Packed functions reachable by name (TVMBackendGetFuncFromEnv); those a module header
    # declares are left out so that no prototype here can clash with the header's.
    header_text = ""
    for h in w.headers:
        for d in analysis.include_dirs:
            try:
                with open(os.path.join(d, h), "r", encoding="utf-8", errors="replace") as f:
                    header_text += f.read()
            except OSError:
                pass
    registry = []
    for name, fn in sorted(analysis.index.definitions.items()):
        declared = re.search(r"\b%s\b" % re.escape(name), header_text)
        if fn.is_packed and not fn.static and not declared:
            w.prototypes.setdefault(name, _prototype(fn))
            registry.append("  {%s, (TVMBackendPackedCFunc)%s}," % (c_string(name), name))

    syslib, wrappers, checked = [], [], 0
    if host_driven:
        # Every operator function of the archive by name: packed ones as they are, unpacked ones
        # (all parameters pointers) through a wrapper that checks the sizes of the host's tensors
        # against what the model's main function passes. Entry points a header declares stay out.
        plan = mlf.operator_plan(analysis)
        data = _SyslibData(plan, analysis.index.arrays, header_text)
        for name, fn in sorted(analysis.index.definitions.items()):
            if fn.static or re.search(r"\b%s\b" % re.escape(name), header_text):
                continue
            if fn.is_packed:
                # A packed entry point (run_model, tvmgen_<mod>_run) hands the host's tensors to
                # the model unchecked; the AOT executor runs the model instead.
                if _ENTRY_POINT.search(name):
                    continue
                w.prototypes.setdefault(name, _prototype(fn))
                syslib.append("  {%s, (TVMBackendPackedCFunc)%s}," % (c_string(name), name))
            elif fn.params and len(fn.params) <= 64 and all("*" in p for p in fn.params):
                if name in plan.args:
                    w.prototypes.setdefault(name, _prototype(fn))
                    wrappers += [""] + _syslib_wrapper(fn, [data.need(a) for a in plan.args[name]])
                    checked += 1
                else:
                    wrappers += [""] + _refusing_wrapper(name, plan.problems.get(name, "unknown"))
                syslib.append("  {%s, hs_w_%s}," % (c_string(name), name))

    workspace = sum(m.workspace_bytes for m in analysis.modules)
    arena = 2 * workspace + 64 * 1024
    out = [
        "/* Generated by the host-sim template's generate_project: connects the archive's",
        " * modules to the host program (see runtime/hostsim.h). */",
        "#include <string.h>",
        "",
        '#include "hostsim.h"',
    ]
    if host_driven:
        out += ['#include "hostsim_rpc_device.h"']
    out += ['#include "%s"' % h for h in w.headers]
    out += ["", "/* Functions of the archive called from here. */"]
    out += [w.prototypes[k] for k in sorted(w.prototypes)]
    out += w.lines
    out += ["", "hs_module hs_modules[] = {"] + table + ["};"]
    out += ["const int hs_num_modules = %d;" % len(table), ""]
    out += ["const hs_func_entry hs_funcs[] = {"] + registry + ["  {NULL, NULL},", "};"]
    out += ["const int hs_num_funcs = %d;" % len(registry), ""]
    if host_driven:
        out += ["/* The host-driven system library: operators by name (hostsim_rpc_device.c). */"]
        if checked:
            out += [_BIND_ARGS, "", "/* Scratch pools and copies of the model's constants, passed "
                    "for null arguments. */"] + data.lines
        out += wrappers
        out += ["", "const hs_func_entry hs_syslib[] = {"] + syslib + ["  {NULL, NULL},", "};"]
        out += ["const int hs_num_syslib = %d;" % len(syslib), ""]
    out += ["/* Twice the workspace the metadata reports, plus 64 KiB of slack. */"]
    out += ["const size_t hs_workspace_arena_bytes = %d;" % arena, ""]
    return "\n".join(out)
