#!/usr/bin/env python3
"""Crafted MLF archives for measuring the workbench's peak memory on hostile-but-valid input.

Each archive is a small valid MLF made with tests/data/mlfgen.py, with one part blown up:

  zip_shared_stream.zip   a zip whose 8 extra C sources (codegen/host/src/default_lib2.c ..
                          default_lib9.c) all point, in the central directory, at ONE local
                          header and ONE deflated stream of "int x;\\n" lines (250 MiB expanded,
                          a few hundred KB stored); the normal AOT files are there as well.
                          (libarchive 3.6 keeps only one entry per local-header offset, so the
                          workbench sees one of the 8.)
  zip_shared_stream_quoted.zip
                          the same 8 sources, each with its own local header, all running on
                          into the one stream: entry i's data starts with a stored deflate block
                          quoting local header i+1 (overlapping-entry construction).
  many_modules.tar        metadata.json with 100,000 modules in the v7 "modules" layout (each a
                          copy of the bundled tinydense AOT module's metadata); only the first,
                          "default", has files.
  many_operators.tar      one AOT module whose memory.functions.operator_functions lists
                          1,000,000 operators.
  many_tensors.tar        parameters/default.params (NDArray list) holding 1,000,000 tensors.
  many_nodes.tar          a graph-executor archive whose executor-config/graph/default.graph has
                          1,000,000 nodes (consistent arg_nodes, heads, node_row_ptr and attrs).
  big_c_sources.tar.gz    gzip'd tar with ~74 MiB (compressed) of generated C in 8 files under
                          codegen/host/src (mlfgen's synthetic kernels; about 3.6x compression).

Sizes scale with --scale (counts and byte sizes are multiplied by it); each can also be set on
its own.  Everything is streamed to disk; nothing holds more than a few MB of file content.

The workbench parses metadata.json and the graph only up to 16 MiB (kMaxJsonBytes in
backend/mlf/mlfarchive.cpp), reads a text file only up to 256 MiB (kMaxTextBytes) and a graph
only up to 2^18 entries and 100,000 nodes (graph.cpp).  A million operators or nodes written exactly as TVM
writes them is over 16 MiB, so those JSON files are written compactly and, if still too big,
made leaner step by step (the chosen shape is printed) until they fit under the cap; with
--no-fit the first (TVM-shaped) form is written whatever its size, and the workbench is expected
to refuse it by size.

Usage: hostile_inputs.py OUTDIR [--scale S] [--only NAME,NAME...] [--no-fit]
Only the Python 3 standard library is used; the output is deterministic.
"""

import argparse
import gzip
import io
import json
import os
import struct
import sys
import time
import zlib
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "data"))
import mlfgen as g  # noqa: E402

MiB = 1 << 20
JSON_CAP = 16 * MiB                  # mlfarchive.cpp kMaxJsonBytes (metadata.json, graph)
JSON_BUDGET = JSON_CAP - 64 * 1024   # what we aim under (the cap is on the file's size)
TEXT_CAP = 256 * MiB                 # mlfarchive.cpp kMaxTextBytes (each C source)
GRAPH_MAX_ENTRIES = 1 << 18          # graph.cpp kMaxEntries
MAX_EXPANSION = 500                  # archive.cpp kMaxExpansion (compressed tar)

NAMES = ["zip_shared_stream.zip", "zip_shared_stream_quoted.zip", "many_modules.tar", "many_operators.tar", "many_tensors.tar",
         "many_nodes.tar", "big_c_sources.tar.gz"]


def log(msg: str) -> None:
    print(msg, flush=True)


def compact(obj) -> str:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True)


def batched(pieces: Iterable, size: int = MiB) -> Iterator[bytes]:
    """Joins many small str/bytes pieces into ~1 MiB byte chunks."""
    buf, n = [], 0
    for p in pieces:
        if isinstance(p, str):
            p = p.encode("ascii")
        buf.append(p)
        n += len(p)
        if n >= size:
            yield b"".join(buf)
            buf, n = [], 0
    if buf:
        yield b"".join(buf)


def measured(pieces: Callable[[], Iterable]) -> g.Blob:
    """A Blob over a piece generator, its size found by running the generator once."""
    return g.Blob.measured(lambda: batched(pieces()))


def write_atomic(path: str, write: Callable[[io.BufferedWriter], None]) -> None:
    part = path + ".part"
    with open(part, "wb") as f:
        write(f)
    os.replace(part, path)


def write_tar_file(path: str, files: Dict[str, g.Blob]) -> None:
    write_atomic(path, lambda f: g.write_tar(f, files))


def human(n: int) -> str:
    return "%.1f MiB" % (n / MiB) if n >= MiB else "%d bytes" % n


def fit(what: str, shapes: List[Tuple[str, Callable[[], g.Blob]]], no_fit: bool) -> g.Blob:
    """The first of ``shapes`` (most TVM-like first) whose JSON fits under the 16 MiB cap."""
    blob = None
    for i, (desc, make) in enumerate(shapes):
        blob = make()
        fits = blob.size <= JSON_BUDGET
        log("  %s: shape %d (%s): %s%s" % (what, i, desc, human(blob.size), "" if fits else
                                         ", too close to or over the %s JSON cap" % human(JSON_CAP)))
        if fits or no_fit:
            return blob
    log("  WARNING: %s is still over the JSON cap; the workbench will refuse it by size" % what)
    return blob


# --------------------------------------------------------------------------------------
# 1. zip whose entries share one deflated stream
# --------------------------------------------------------------------------------------

def dos_time_date(dt) -> Tuple[int, int]:
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


class ZipWriter:
    """Hand-built zip (deflate, no zip64, no data descriptors) that can alias entries."""

    LOCAL = struct.Struct("<IHHHHHIIIHH")
    CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
    END = struct.Struct("<IHHHHIIH")

    def __init__(self, f):
        self.f = f
        self.central = []          # (name, crc, csize, usize, offset)
        self.time, self.date = dos_time_date(g.ZIP_DATETIME)

    def _local(self, name: bytes, crc: int, csize: int, usize: int) -> bytes:
        return self.LOCAL.pack(0x04034B50, 20, 0, 8, self.time, self.date, crc, csize, usize,
                               len(name), 0) + name

    def add(self, name: str, chunks: Iterable[bytes], level: int = 9) -> Tuple[int, int, int, int]:
        """Writes a local header and deflated data; patches CRC and sizes in afterwards."""
        nb = name.encode()
        offset = self.f.tell()
        self.f.write(self._local(nb, 0, 0, 0))
        comp = zlib.compressobj(level, zlib.DEFLATED, -15)
        crc = usize = csize = 0
        for c in chunks:
            crc = zlib.crc32(c, crc)
            usize += len(c)
            out = comp.compress(c)
            csize += len(out)
            self.f.write(out)
        out = comp.flush()
        csize += len(out)
        self.f.write(out)
        if usize >= 1 << 32 or csize >= 1 << 32:
            raise ValueError("%s: zip64 sizes are not written by this script" % name)
        end = self.f.tell()
        self.f.seek(offset)
        self.f.write(self._local(nb, crc, csize, usize))
        self.f.seek(end)
        entry = (name, crc, csize, usize, offset)
        self.central.append(entry)
        return entry

    def alias(self, name: str, of: Tuple[int, int, int, int]) -> None:
        """A central-directory entry for ``name`` pointing at an existing local header."""
        _, crc, csize, usize, offset = of
        self.central.append((name, crc, csize, usize, offset))

    def finish(self) -> None:
        start = self.f.tell()
        for name, crc, csize, usize, offset in self.central:
            nb = name.encode()
            self.f.write(self.CENTRAL.pack(0x02014B50, (3 << 8) | 20, 20, 0, 8, self.time,
                                           self.date, crc, csize, usize, len(nb), 0, 0, 0, 0,
                                           (0o100664 << 16), offset) + nb)
        size = self.f.tell() - start
        n = len(self.central)
        self.f.write(self.END.pack(0x06054B50, 0, 0, n, n, size, start, 0))


def _gf2_times(mat: List[int], vec: int) -> int:
    s, i = 0, 0
    while vec:
        if vec & 1:
            s ^= mat[i]
        vec >>= 1
        i += 1
    return s


def _gf2_square(mat: List[int]) -> List[int]:
    return [_gf2_times(mat, mat[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from crc(A), crc(B) and len(B) (zlib's crc32_combine)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]   # one zero bit
    even = _gf2_square(odd)                              # two zero bits
    odd = _gf2_square(even)                              # four zero bits
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def c_like_chunks(total: int, unit: bytes = b"int x;\n") -> Iterator[bytes]:
    block = unit * (MiB // len(unit))
    left = total
    while left > 0:
        piece = block[:left]
        yield piece
        left -= len(piece)


def make_zip_shared_stream(path: str, stream_bytes: int, entries: int, quoted: bool) -> None:
    """quoted=False: every shared entry's central-directory record points at the same local
    header (and so the same deflate stream).  quoted=True: each shared entry has its own local
    header, and entry i's deflate data begins with a stored (uncompressed) block holding the
    bytes of local header i+1, so all of them run on into the one stream (D. Fifield's
    overlapping construction); entry i expands to local headers i+1.. followed by the text."""
    stream_bytes -= stream_bytes % 7          # whole "int x;\n" lines
    if stream_bytes > TEXT_CAP:
        log("  WARNING: %s per source is over the workbench's %s text cap"
            % (human(stream_bytes), human(TEXT_CAP)))
    mod = g.v7_aot_module()
    files = g.archive_files([mod], 7)
    shared = ["codegen/host/src/default_lib%d.c" % (2 + i) for i in range(entries)]

    def write_same_header(f):
        z = ZipWriter(f)
        for p, is_dir in g.tree_order(files):
            if not is_dir:
                z.add(p, files[p].chunks())
        first = z.add(shared[0], c_like_chunks(stream_bytes))
        for name in shared[1:]:
            z.alias(name, first)
        z.finish()

    def write_quoted(f):
        z = ZipWriter(f)
        for p, is_dir in g.tree_order(files):
            if not is_dir:
                z.add(p, files[p].chunks())
        names = [n.encode() for n in shared]
        head_len = [ZipWriter.LOCAL.size + len(n) for n in names]
        start = f.tell()
        prefix_len = sum(head_len) + 5 * (entries - 1)
        f.write(bytes(prefix_len))                       # headers go here once CRCs are known
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        kcrc = kcsize = 0
        for c in c_like_chunks(stream_bytes):
            kcrc = zlib.crc32(c, kcrc)
            out = comp.compress(c)
            kcsize += len(out)
            f.write(out)
        out = comp.flush()
        kcsize += len(out)
        f.write(out)
        end = f.tell()
        # From the last entry back: entry i expands to headers i+1.. then the text.
        heads = [b""] * entries
        tail, tail_crc = b"", 0                          # bytes of headers i+1.. and their CRC
        for i in range(entries - 1, -1, -1):
            usize = len(tail) + stream_bytes
            csize = (len(tail) + 5 * (entries - 1 - i)) + kcsize
            crc = crc32_combine(zlib.crc32(tail), kcrc, stream_bytes)
            heads[i] = z._local(names[i], crc, csize, usize)
            assert len(heads[i]) == head_len[i]
            tail = heads[i] + tail
        pos = start
        blob = b""
        for i in range(entries):
            crc, csize, usize = ZipWriter.LOCAL.unpack_from(heads[i])[6:9]
            z.central.append((shared[i], crc, csize, usize, pos))
            blob += heads[i]
            pos += len(heads[i])
            if i + 1 < entries:
                n = len(heads[i + 1])
                blob += struct.pack("<BHH", 0, n, n ^ 0xFFFF)   # stored block, not final
                pos += 5
        assert len(blob) == prefix_len
        f.seek(start)
        f.write(blob)
        f.seek(end)
        z.finish()
    write_atomic(path, write_quoted if quoted else write_same_header)
    log("  %d entries %s: %s expanded each (%s declared in all)"
        % (entries, "run on into one stream through quoted local headers" if quoted
           else "share one local header + stream", human(stream_bytes),
           human(stream_bytes * entries)))


# --------------------------------------------------------------------------------------
# 2. many modules
# --------------------------------------------------------------------------------------

def make_many_modules(path: str, count: int, no_fit: bool) -> None:
    spec = g.example_module()                      # tinydense, v7 AOT, C interface
    files = g.archive_files([spec], 7)
    base = g.module_metadata(spec, 7)

    def template(n_ops: Optional[int], datetime: bool) -> str:
        md = json.loads(json.dumps(base))
        ops = md["memory"]["functions"]["operator_functions"]
        if n_ops is not None:
            del ops[n_ops:]
        if not datetime:
            md.pop("export_datetime")
        # "default" appears as model_name and in every tvmgen_default_ prefix
        return compact(md).replace('"default"', '"@M@"').replace("tvmgen_default_", "tvmgen_@M@_")

    def metadata(tmpl: str) -> g.Blob:
        def pieces():
            yield '{"modules":{'
            for i in range(count):
                name = "default" if i == 0 else "m%06d" % i
                yield ('"%s":' % name) + tmpl.replace("@M@", name) + ("," if i + 1 < count else "")
            yield '},"version":7}\n'
        return measured(pieces)

    n_ops = len(base["memory"]["functions"]["operator_functions"])
    shapes = [("tinydense module as exported, %d operators" % n_ops,
               lambda: metadata(template(None, True)))]
    for k in range(n_ops - 1, 0, -1):
        shapes.append(("first %d operator(s) per module" % k,
                       lambda k=k: metadata(template(k, True))))
    shapes.append(("1 operator, no export_datetime", lambda: metadata(template(1, False))))
    files["metadata.json"] = fit("metadata.json", shapes, no_fit)
    write_tar_file(path, files)
    log("  %d modules; only \"default\" has code, params and header" % count)


# --------------------------------------------------------------------------------------
# 3. many operators
# --------------------------------------------------------------------------------------

def make_many_operators(path: str, count: int, no_fit: bool) -> None:
    mod = g.v7_aot_module()
    files = g.archive_files([mod], 7)
    md = g.build_metadata(7, [mod])
    md["modules"]["default"]["memory"]["functions"]["operator_functions"] = "@OPS@"
    head, tail = compact(md).split('"@OPS@"')
    tail += "\n"

    def metadata(name_fmt: str, ws_every: int, device: bool) -> g.Blob:
        def pieces():
            yield head + "["
            for i in range(count):
                sep = "," if i + 1 < count else ""
                name = name_fmt % i
                if ws_every and i % ws_every == 0:
                    ws = 16 * (1 + (i * 7919) % 97)
                    dev = '"device":1,' if device else ""
                    yield ('{"function_name":"%s","workspace":[{%s"workspace_size_bytes":%d}]}%s'
                           % (name, dev, ws, sep))
                else:
                    yield '{"function_name":"%s"}%s' % (name, sep)
            yield "]" + tail
        return measured(pieces)

    shapes = [
        ("TVM shape: tvmgen_default_fused_op_N, workspace [{device, workspace_size_bytes}]",
         lambda: metadata("tvmgen_default_fused_op_%d", 1, True)),
        ("workspace on every 2nd operator", lambda: metadata("tvmgen_default_fused_op_%d", 2, True)),
        ("workspace on every 3rd operator", lambda: metadata("tvmgen_default_fused_op_%d", 3, True)),
        ("workspace on every 4th operator", lambda: metadata("tvmgen_default_fused_op_%d", 4, True)),
        ("names opN, workspace on every 8th", lambda: metadata("op%d", 8, True)),
        ("names opN, no workspace", lambda: metadata("op%d", 0, False)),
    ]
    files["metadata.json"] = fit("metadata.json", shapes, no_fit)
    write_tar_file(path, files)
    log("  %d operator_functions entries in module \"default\"" % count)


# --------------------------------------------------------------------------------------
# 4. many tensors
# --------------------------------------------------------------------------------------

TENSOR_KINDS = [("float32", (4,)), ("int8", (16,)), ("int32", (2, 2)), ("uint8", (3,)),
                ("int16", (1, 2, 2))]


def tensor_variants() -> List[List[bytes]]:
    """For each kind, 61 deterministic data blocks (valid floats, no NaN)."""
    out = []
    for k, (dtype, shape) in enumerate(TENSOR_KINDS):
        t = g.Tensor("x", dtype, shape)
        fmt = "<%d%s" % (g.prod(shape), g.DTYPES[dtype][2])
        out.append([struct.pack(fmt, *g._random_values(dtype, g.prod(shape), 900 + 61 * k + v))
                    for v in range(61)])
        assert all(len(b) == t.nbytes for b in out[-1])
    return out


def make_many_tensors(path: str, count: int) -> None:
    mod = g.v7_aot_module()
    files = g.archive_files([mod], 7)
    variants = tensor_variants()
    headers = [g.tensor_header(g.Tensor("x", d, s)) for d, s in TENSOR_KINDS]

    def pieces():
        yield struct.pack("<QQQ", g.LIST_MAGIC, 0, count)
        for i in range(count):
            name = b"p%d" % i
            yield struct.pack("<Q", len(name)) + name
        yield struct.pack("<Q", count)
        for i in range(count):
            k = i % len(TENSOR_KINDS)
            yield headers[k] + variants[k][i % 61]
    files["parameters/default.params"] = measured(pieces)
    write_tar_file(path, files)
    log("  parameters/default.params: %d tensors, %s" % (count, human(files["parameters/default.params"].size)))


# --------------------------------------------------------------------------------------
# 5. many nodes
# --------------------------------------------------------------------------------------

def b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if not n:
            return s


def make_many_nodes(path: str, count: int, no_fit: bool) -> None:
    if count > GRAPH_MAX_ENTRIES:
        log("  WARNING: %d nodes (one output each) is over the workbench's %d graph entries"
            % (count, GRAPH_MAX_ENTRIES))
    mod = g.v7_graph_module()
    files = g.archive_files([mod], 7)
    funcs = [n for n, _ in mod.functions]

    def graph(op_every: int, lean: bool) -> g.Blob:
        """Node 0 is the input "data"; then groups of (op_every - 1) parameter nodes and one
        tvm_op that takes the previous operator's output (or data) and the group's last param.
        Each node has one output, so entry i is node i.  lean: short names, no "inputs": [] on
        null nodes, no device_index list, no hash/flatten_data/num_inputs attrs."""
        kinds = bytearray(count)          # 1 = operator
        for i in range(count):
            kinds[i] = 1 if i > 0 and i % op_every == 0 else 0
        if count > 1 and not kinds[count - 1]:
            kinds[count - 1] = 1          # the graph ends in an operator
        last_op = max(i for i in range(count) if kinds[i] or i == 0)

        def node(i, prev):
            if not kinds[i]:
                name = "data" if i == 0 else ("p" + b36(i) if lean else "p%d" % i)
                return ('{"op":"null","name":"%s"}' % name if lean
                        else '{"op":"null","name":"%s","inputs":[]}' % name)
            func = funcs[i % len(funcs)]
            ins = "[%d,0,0]" % prev
            if i - 1 != prev and not kinds[i - 1]:
                ins += ",[%d,0,0]" % (i - 1)
            if lean:
                return ('{"op":"tvm_op","name":"o%s","attrs":{"func_name":"%s","num_outputs":"1"},'
                        '"inputs":[%s]}' % (b36(i), func, ins))
            return ('{"op":"tvm_op","name":"%s_n%d","attrs":{"num_outputs":"1","num_inputs":"%d",'
                    '"flatten_data":"0","func_name":"%s","hash":"%016x"},"inputs":[%s]}'
                    % (func, i, ins.count("["), func, (i * 0x9E3779B97F4A7C15) & (2 ** 64 - 1), ins))

        def pieces():
            yield '{"nodes":['
            prev = 0
            for i in range(count):
                yield node(i, prev) + ("," if i + 1 < count else "")
                if kinds[i]:
                    prev = i
            yield '],"arg_nodes":['
            yield from joined(str(i) for i in range(count) if not kinds[i])
            yield '],"heads":[[%d,0,0]],"attrs":{"dltype":["list_str",[' % last_op
            yield from joined('"float32"' for _ in range(count))
            if not lean:
                yield ']],"device_index":["list_int",['
                yield from joined("1" for _ in range(count))
            yield ']],"storage_id":["list_int",['
            # params and data keep their own storage; operator outputs ping-pong over two ids
            yield from joined(str(i) if not kinds[i] else str(count + (i // op_every) % 2)
                              for i in range(count))
            yield ']],"shape":["list_shape",['
            yield from joined("[1,16]" if (kinds[i] or i == 0) else "[16]" for i in range(count))
            yield ']]},"node_row_ptr":['
            yield from joined(str(i) for i in range(count + 1))
            yield "]}\n"
        return measured(pieces)

    shapes = [("TVM shape, an operator every 2nd node", lambda: graph(2, False)),
              ("TVM shape, an operator every 8th node", lambda: graph(8, False)),
              ("lean (short names, no null inputs/device_index/hash), operator every 16th",
               lambda: graph(16, True)),
              ("lean, operator every 64th", lambda: graph(64, True)),
              ("lean, operator every 1024th", lambda: graph(1024, True))]
    files["executor-config/graph/default.graph"] = fit("default.graph", shapes, no_fit)
    write_tar_file(path, files)
    log("  %d graph nodes (metadata's sids still describe the small original graph)" % count)


def joined(items: Iterable[str]) -> Iterator[str]:
    first = True
    for s in items:
        yield s if first else "," + s
        first = False


# --------------------------------------------------------------------------------------
# 6. big C sources, gzip'd
# --------------------------------------------------------------------------------------

GZIP_LEVEL = 6    # zlib level 9 manages ~2.5 MiB/s on this text (minutes); 6 does ~17 MiB/s


def make_big_c_sources(path: str, target_compressed: int, n_files: int) -> None:
    rows = (125, 160)
    # Compressed bytes per function, from a sample of the same generator and compression level.
    sample_funcs = 1000
    sample = g.synthetic_module(2, sample_funcs, rows, params_mb=0)
    raw = sample.sources[1].read_all()
    per_func = len(zlib.compress(raw, GZIP_LEVEL)) / sample_funcs
    # the 1 MiB of random float32 params hardly compresses: it counts in full
    funcs_per_source = max(1, int((target_compressed - MiB) / per_func / n_files))
    # Later functions compress worse than the first ones: measure one whole source of that size.
    probe = g.synthetic_module(3, funcs_per_source, rows, params_mb=0).sources[2]
    comp = zlib.compressobj(GZIP_LEVEL)
    csize = sum(len(comp.compress(c)) for c in probe.chunks()) + len(comp.flush())
    funcs_per_source = max(1, int(funcs_per_source * (target_compressed - MiB) / (csize * n_files)))
    mod = g.synthetic_module(n_files + 1, funcs_per_source, rows, params_mb=1)
    files = g.archive_files([mod], 7)
    expanded = sum(b.size for b in files.values())
    biggest = max(b.size for b in mod.sources)
    if biggest > TEXT_CAP:
        log("  WARNING: a source of %s is over the %s text cap" % (human(biggest), human(TEXT_CAP)))
    def write(raw):
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=g.MTIME,
                           compresslevel=GZIP_LEVEL) as gz:
            g.write_tar(gz, files)
    write_atomic(path, write)
    size = os.path.getsize(path)
    ratio = expanded / size
    log("  %d C files x %d functions; %s expanded, %s compressed (x%.1f, cap x%d)"
        % (len(mod.sources), funcs_per_source, human(expanded), human(size), ratio, MAX_EXPANSION))


# --------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every count and size")
    ap.add_argument("--only", default="", help="comma-separated file names (or stems) to write")
    ap.add_argument("--no-fit", action="store_true",
                    help="write the TVM-shaped JSON even when it is over the 16 MiB cap")
    ap.add_argument("--zip-mib", type=float, default=250, help="expanded size of the shared stream")
    ap.add_argument("--zip-entries", type=int, default=8)
    ap.add_argument("--modules", type=int, default=100_000)
    ap.add_argument("--operators", type=int, default=1_000_000)
    ap.add_argument("--tensors", type=int, default=1_000_000)
    ap.add_argument("--nodes", type=int, default=1_000_000)
    ap.add_argument("--bigc-mib", type=float, default=74, help="compressed size of big_c_sources")
    ap.add_argument("--bigc-files", type=int, default=8)
    a = ap.parse_args(argv)
    s = a.scale
    os.makedirs(a.outdir, exist_ok=True)
    wanted = [w.strip() for w in a.only.split(",") if w.strip()]
    jobs = {
        "zip_shared_stream.zip": lambda p: make_zip_shared_stream(p, int(a.zip_mib * s * MiB),
                                                                  a.zip_entries, False),
        "zip_shared_stream_quoted.zip": lambda p: make_zip_shared_stream(
            p, int(a.zip_mib * s * MiB), a.zip_entries, True),
        "many_modules.tar": lambda p: make_many_modules(p, max(1, int(a.modules * s)), a.no_fit),
        "many_operators.tar": lambda p: make_many_operators(p, max(1, int(a.operators * s)),
                                                            a.no_fit),
        "many_tensors.tar": lambda p: make_many_tensors(p, max(1, int(a.tensors * s))),
        "many_nodes.tar": lambda p: make_many_nodes(p, max(2, int(a.nodes * s)), a.no_fit),
        "big_c_sources.tar.gz": lambda p: make_big_c_sources(p, int(a.bigc_mib * s * MiB),
                                                             a.bigc_files),
    }
    for name in NAMES:
        if wanted and not any(name == w or name.split(".")[0] == w for w in wanted):
            continue
        path = os.path.join(a.outdir, name)
        t0 = time.time()
        log("%s:" % name)
        jobs[name](path)
        log("  wrote %s (%s) in %.1f s" % (path, human(os.path.getsize(path)), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
