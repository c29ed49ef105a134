<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardListModel</name>
    <message>
        <source>Custom (type the sizes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the RAM and flash sizes of your board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM %1, flash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>Choose a file in the Files pane to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteText</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Print JSON (shape documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only module &lt;name&gt; (default: every module).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mtvw-cli &lt;command&gt; [options]

Reads microTVM Model Library Format (MLF) archives: tar, gzip-compressed tar, zip or a folder.

Commands:
  inspect ARCHIVE [--json]                 what the archive is: version, modules, executors, memory, warnings
  memory ARCHIVE [--module M] [--json|--csv] [--budget-ram BYTES] [--budget-flash BYTES]
                                           the memory map; exit code 3 when over a budget
  params ARCHIVE [--module M] [--json]     the parameter tensors
  graph ARCHIVE [--module M] [--json]      the executor graph (graph-executor archives)
  diff A B [--json]                        what changed between two archives
  cat ARCHIVE PATH                         print one file of the archive

Run mtvw-cli &lt;command&gt; --help for a command&apos;s options.
Exit codes: 0 success, 2 error (message on stderr), 3 over a memory budget.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see mtvw-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), got %2 (see mtvw-cli %1 --help)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see mtvw-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLF archive (tar, tar.gz, zip) or extracted folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what an MLF archive is: metadata version, style, modules, executors, targets, file counts, memory totals, the top operators by workspace, parameters and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV rows (module,kind,name,bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM budget in bytes (K and M suffixes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash budget in bytes (K and M suffixes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLF archive or extracted folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory map of each module: workspace, io, constants, params, code per file, per-operator workspace, pools, storage ids and a RAM/flash estimate. With a budget, exits with 3 when the model does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a byte count (examples: 262144, 256K, 1M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the parameter tensors: name, dtype, shape, bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the graph executor&apos;s nodes with their shapes, dtypes, storage ids and bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first (older) archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second (newer) archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares two archives module by module: per-function workspace and code size, parameter bytes and totals, largest changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in it, e.g. metadata.json or codegen/host/src/default_lib0.c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one file of the archive to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffController</name>
    <message>
        <source>Cannot open archive B “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function name without the tvmgen_&lt;module&gt;_ prefix, so renamed modules still match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace change from A to B: growth in red, shrinkage in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the generated C function&apos;s size from A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the tensor&apos;s data bytes from A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type and shape; “A → B” when they changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPane</name>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second archive (B) to compare with the open one (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals from each archive&apos;s memory map. RAM estimate: workspace + inputs/outputs; flash estimate: constants + object code (C code is not compiled yet, so not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;→&amp;nbsp; B: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive first: it becomes A. Then compare it with another archive (B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open archive (A) with another one (B): per-function workspace and code, parameter tensors and totals, largest changes first. Choose “Compare with…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: every function and parameter tensor of this module pair is the same in A and B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions (%1 of %2 changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (%1 of %2 changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (C source and objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryContent</name>
    <message>
        <source>%1 has no entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file: showing the first %1 of %2 as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file, shown as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the viewer shows text files up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pretty-printed, keys in alphabetical order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (byte %1: %2); shown as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPane</name>
    <message>
        <source>Filter files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <source>This archive has no graph JSON: it holds only generated code (no metadata.json, no executor configuration). The operators are listed in the Operators pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator-style archives have no model graph: they hold single operators, which are listed in the Operators pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOT archives have no graph JSON: the AOT executor calls the operators from generated C code (tvmgen_%1_run). The operators are listed in the Operators pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no graph JSON in this archive. Its operators are listed in the Operators pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes call this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, #%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>Fold parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find node (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw parameter tensors (weights, biases) inside the operators that read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph into the view (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this operator&apos;s C function, TIR and memory in the Operators pane (double-click, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open. The model&apos;s graph (from a graph executor archive) appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node to see what it is; double-click an operator to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>microTVM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Archive: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive the panes show; every archive you open stays in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About microTVM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Model Library Format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLF archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive open. File &gt; Open… or drop an archive on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — MLF version %2, %3, %n module(s), %4 files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no metadata.json, %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — microTVM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About microTVM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;microTVM Workbench %1&lt;/h3&gt;&lt;p&gt;Browse Model Library Format archives: their files, operators, memory, parameters and graph.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board needs RAM and flash sizes greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in board: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file to keep your boards in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch memory the generated code uses while the model runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s input and output tensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights kept by the executor: the AOT executor links them into the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in the parameters file, which the graph executor loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine code in the archive&apos;s object files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated C: its machine code is only known once your project compiles it, so it is not counted. Add your firmware&apos;s code size to the flash figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph executor allocates one buffer per storage id for the whole run: inputs, outputs, parameters and intermediate tensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in the storage ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters, copied into the storage ids when the graph executor loads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace pools of the C interface (or the workspace, if larger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the workspace pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters, which the graph executor loads from the parameters file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AOT executor links the constants into the code and never loads this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights the graph executor holds in RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Model Library Format archive to see where its memory goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no metadata.json, so its workspace, io and constants are unknown and the fit cannot be checked. Its C sources hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs about %1 of RAM and %2 of flash. Pick a board or type its sizes to check the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4) — %5 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4) — %5 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimates need the archive&apos;s metadata.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 estimate = %2 = %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flash figure leaves out the compiled C code: add your firmware&apos;s code size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zephyr template reserves workspace_size_bytes for TVM&apos;s memory allocator: %1 by default for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryPane</name>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s RAM in KiB (0: do not check RAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s flash in KiB (0: do not check flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the RAM and flash sizes above as one of your boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this board from your boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are these figures made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the board&apos;s RAM and flash sizes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep RAM %1 and flash %2 as a board named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the memory map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM estimate %1 = %2 · flash estimate %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a storage id: the graph executor allocates one buffer per storage id for the whole run, drawn here one after another in id order. A box spans the steps from the operator that writes the tensor to the last one that reads it; tensors that share a storage id share a row. Operator workspace sits above, live while its operator runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive gives no offsets for the AOT executor&apos;s buffers: each box is the workspace of one operator call, live while it runs, in the order the executor makes the calls. The tensors passed between operators are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak: %1 live at step %2 (%3); the layout spans %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory figures (no metadata.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left free on the board: RAM %1, flash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the estimate goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n operator(s). Double-click one to show it in the Operators pane.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No per-operator workspace figures in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 operators with the most workspace, of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no C interface header (codegen/host/include), so it declares no memory pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module&apos;s C interface declares no memory pools: the generated code holds its workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pools declared in the C interface (codegen/host/include): your application provides a buffer of this size for each, and can place each in a memory region of its choice. Double-click a pool to open the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryTimelineView</name>
    <message>
        <source>%1
%2, %3 at offset %4
live from step %5 to step %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution order (step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 live at step %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorWorkspaceModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 of workspace while it runs: %3% of the module&apos;s workspace (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s workspace as a share of the module&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsController</name>
    <message>
        <source>The archive has no module “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2, operation “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, storage id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the metadata has no figure for this function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this function: %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Output tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the metadata gives no workspace for this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch memory the function needs while it runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the C sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No C definition found in this module&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the generated C function (source text, not machine code): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes are known from the graph (graph executor) or the buffer list (operator style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: temporary RAM the operator uses while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of the generated C function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph nodes that call this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the C function is defined (double-click to open it in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsPane</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by function or module name (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the operators that need scratch RAM (workspace) while they run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole C file in the archive browser at this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n operator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · indexing C sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operator to see its C code, its TIR, the graph node calling it and its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; module %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No C definition of this function in the module&apos;s generated sources (it may come from a library or an object file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TIR for this function: only operator-style exports (tvm.build) carry src/tir-*.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph node calls this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOT executor: there is no graph; the call order is the generated C code&apos;s run function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no executor graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>&lt;h2&gt;No archive open&lt;/h2&gt;&lt;p&gt;Open a Model Library Format archive (a &lt;code&gt;.tar&lt;/code&gt; that TVM&apos;s &lt;code&gt;export_library&lt;/code&gt; or &lt;code&gt;tvmc compile --output-format mlf&lt;/code&gt; wrote) with File &amp;gt; Open, or drop it on this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an early format from TVM&apos;s development branch in 2021, before any release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format of TVM v0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a development format of 2022 (between v0.8 and v0.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format of TVM v0.9 to v0.18, the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than any format this workbench knows; it is read as far as it looks like version 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead-of-time: the model runs as one generated C function that calls the operators in order; no graph is interpreted on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph executor: a runtime on the device reads the graph JSON and calls the operators it lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an executor this workbench does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C source code, compiled later by the board&apos;s own toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine code compiled by TVM itself (object files in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target TVM compiles for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator style: separate functions built with tvm.build(), not a whole model; there is no executor, graph or parameters file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-model style: a whole model ready to run, with its executor, parameters and memory plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Model Library Format (MLF) archive: what TVM writes when it compiles a model for a microcontroller. It holds the generated C code, the model&apos;s weights (parameters) and a description of the memory the model needs (metadata.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this archive has no metadata.json, so its version, executor and memory figures are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model (module &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name every generated symbol carries: tvmgen_%1_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n C file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n object file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the operators as functions, and for AOT the function that runs them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function an application calls to run the model, declared in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the model&apos;s operators and tensors in execution order, read by the graph executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the trained weights, loaded at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scratch memory the operators share while the model runs (RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s input and output tensors (RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights compiled into the code as constant arrays (flash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated functions that do the model&apos;s work; see the Operators pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every part this kind of archive should have is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamsController</name>
    <message>
        <source>This archive has no parameters file. It holds only generated code (no metadata.json); if the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters file of module &quot;%1&quot; holds no tensors: the model was built with link-params, so its weights are %2 bytes of constants in the generated C sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters file of module &quot;%1&quot; holds no tensors. If the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no parameters file. It is an operator-style archive: its functions take every tensor, weights included, as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no parameters file for module &quot;%1&quot;. If the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>%1: %2 %3, %4 elements, %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamsPane</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std dev:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±Inf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the counts on a logarithmic axis, so rare values stay visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open. The parameters (weights and constants) of a model appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tensors, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of tensor data in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tensor to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finite values: nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and ±Inf are left out of min, max, mean, std dev and the histogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in every file of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n text file(s) searched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — stopped at %1 matches; make the text more precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a text and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVM 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVM 0.9 to 0.18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TVM development build between releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than any TVM release with microTVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive:   %1 (%2, %n entries)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layout:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:  version %1 (%2)%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unknown version: read as far as recognisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:  none (no metadata.json)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  executors:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  targets:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exported:    %1 (local time of the exporting machine)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  files:       %1 C source(s), %2 object(s)%3%4%5%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, graph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, params %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, relay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  operators:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  workspace:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  io:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  constants:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  params:      %1 in %n tensor(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  code:        %1 of C source, %2 of object code
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  estimate:    RAM %1 (%2), flash %3 (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  graph:       %1 nodes, %2 operator calls
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  C interface: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  input:       %1 %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  output:      %1 %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  top operators by workspace:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of module &quot;%1&quot;%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no metadata: figures unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  workspace   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  io          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  constants   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  params      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  storage     %1 in %2 storage ids
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pools:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  operators by workspace:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  RAM estimate    %1 = %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  flash estimate  %1 = %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  RAM fits: %1 of %2 budget free
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  RAM OVER BUDGET by %1 (budget %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  flash fits: %1 of %2 budget free
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  flash OVER BUDGET by %1 (budget %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no parameters file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parameters of module &quot;%1&quot; (%2): %n tensor(s), %3
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no graph (AOT executor or no graph JSON).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph of module &quot;%1&quot; (%2): %3 nodes, %4 operator calls, %5 storage ids, %6 of storage
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1 -&gt; %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM est.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash est.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  functions (workspace delta, code delta):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  params:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvmTextLexer</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global name (@)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>microTVM Workbench: browse Model Library Format archives.</source>
        <translation>microTVM Workbench: Model-Library-Format-Archive durchsehen.</translation>
    </message>
    <message>
        <source>MLF archives or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of each pane into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshots: the archive the Diff pane compares with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtvw::BackendText</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-compressed tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an absolute path; archives may only hold relative paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; climbs out of the archive with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 data cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 stream is corrupt or truncated after %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 stream expands to more than %3, over the size limit for one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decompressed content is not a tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tar, compressed tar or zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt at its first entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt or truncated after entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 has no readable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a hard link to &quot;%3&quot;; links are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a symbolic link to &quot;%3&quot;; links are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a device node; devices are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a FIFO (named pipe); special files are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a special file; only regular files and folders are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a sparse file, which MLF archives never hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; claims a size of %3, over the limit of %4 for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries, the limit for one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands to more than %2 (at entry &quot;%3&quot;), over the size limit for one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: entry &quot;%2&quot; needs %3 bytes but the file ends %4 bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file &quot;%2&quot; is %3, over the limit of %4 for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 files, the limit for one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2, the limit for one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is %2, more than the %3 allowed for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid range in entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is truncated: %2 of %3 bytes could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be greater than 0 but is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;format&quot; is &quot;%2&quot;, not a board list (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: board list version %2 is newer than this program reads (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: a board named &quot;%3&quot; is already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the board list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board list %1 is %2 bytes, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the board list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes is more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) takes its input %3 from node %4, which does not come before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) has an invalid num_outputs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator node %1 (&quot;%2&quot;) has no attrs.func_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arg_nodes[%1] refers to node %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_row_ptr has %1 values but %2 nodes need %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_row_ptr[%1] = %2 is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) reads output %3 of node %4, which has only %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads[%1] refers to node %2 output %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attrs.%1 lists %2 values but the graph has %3 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph layout was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not named tvmgen_&lt;module&gt;.h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no entry point %2_run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exactly one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be %3 but is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage ids + workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace pools + io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace + io + constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace + io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params + object code (C code not compiled yet: not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constants + object code (C code not compiled yet: not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no metadata.json, so the buffer sizes are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph has no operator nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata lists no operator functions, so there is nothing to lay out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AOT executor&apos;s main function was not found in the generated C, so the order of the operator calls is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator call uses workspace memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator-style archive holds separate functions that are not run in a fixed order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has neither a graph nor an AOT executor, so there is no execution order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 (storage id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1 (storage id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of %1 (node %2, storage id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace of %1 (node %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace of %1 (call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: metadata version %2 does not exist (versions start at 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: metadata version %2 is newer than the newest known (%3); it is read as far as it looks like version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;modules&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;model_name&quot;; the module is called &quot;default&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; calls itself &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown style &quot;%2&quot;; read as full-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; names no executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; has no &quot;memory&quot; section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard, one folder down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restructured (codegen/&lt;module&gt;/, models/&lt;module&gt;/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codegen only (no metadata.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Model Library Format archive: it has no metadata.json and no codegen/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this archive was taken apart by another tool: each module has its own codegen/&lt;module&gt;/ folder and its metadata in models/&lt;module&gt;/other_metadata/metadata.json; it was read module by module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metadata.json: this archive holds only generated code, so its metadata version, executor, targets and memory figures are unknown; functions, sources and headers are still shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no generated code (no codegen/host/src or lib files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; uses the graph executor but the archive has no graph JSON for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no parameters file (parameters/%1.params)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; is AOT but has no C interface header tvmgen_%1.h: it was exported without interface-api=&quot;c&quot; or by a TVM older than 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: the header&apos;s TVMGEN_%2_WORKSPACE_SIZE (%3 bytes) differs from the metadata&apos;s main workspace (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; depends on %2 at &quot;%3&quot;, which is not in the archive (the standalone C runtime was left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) outside the MLF layout: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: %2 needs %3 bytes at offset %4 but only %5 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TVM parameter file: the first 8 bytes are 0x%1, not the NDArray-list magic 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims %1 names, more than the file can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 claims %2 bytes, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 names but %2 tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; at offset %2 does not start with the tensor magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is on device type %2; parameter files hold CPU (1) tensors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a 0-bit dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; declares %2 data bytes but %3 %4 elements need %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of tensor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tensor number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of tensor &quot;%1&quot; is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statistics were cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics of %1 tensors are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is not a whole number of %2 elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
