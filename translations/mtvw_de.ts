<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>BoardListModel</name>
    <message>
        <source>Custom (type the sizes)</source>
        <translation>Benutzerdefiniert (Größen eingeben)</translation>
    </message>
    <message>
        <source>Type the RAM and flash sizes of your board.</source>
        <translation>Geben Sie die RAM- und Flash-Größe Ihres Boards ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>RAM %1, flash %2</source>
        <translation>RAM %1, Flash %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>One of your boards.</source>
        <translation>Eines Ihrer Boards.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The template&apos;s default build leaves the application %1 of the RAM.</source>
        <translation>Der Standard-Build der Vorlage lässt der Anwendung %1 des RAM.</translation>
    </message>
    <message>
        <source>RAM %1 for the application, flash %2</source>
        <translation>RAM %1 für die Anwendung, Flash %2</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>Choose a file in the Files pane to see it here.</source>
        <translation>Wählen Sie im Bereich „Dateien“ eine Datei, um sie hier anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — wird geladen…</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>Diese Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>shown without highlighting: it is over %1</source>
        <translation>ohne Syntaxhervorhebung angezeigt: größer als %1</translation>
    </message>
</context>
<context>
    <name>ByteText</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 (%2 B)</source>
        <translation>%1 (%2 B)</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Print JSON (shape documented in the README).</source>
        <translation>JSON ausgeben (Format im README beschrieben).</translation>
    </message>
    <message>
        <source>Only module &lt;name&gt; (default: every module).</source>
        <translation>Nur Modul &lt;name&gt; (Standard: alle Module).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source> (see mtvw-cli %1 --help)</source>
        <translation> (siehe mtvw-cli %1 --help)</translation>
    </message>
    <message>
        <source>An MLF archive (tar, tar.gz, zip) or extracted folder.</source>
        <translation>Ein MLF-Archiv (tar, tar.gz, zip) oder ein entpackter Ordner.</translation>
    </message>
    <message>
        <source>Shows what an MLF archive is: metadata version, style, modules, executors, targets, file counts, memory totals, the top operators by workspace, parameters and warnings.</source>
        <translation>Zeigt, was ein MLF-Archiv ist: Metadaten-Version, Stil, Module, Executoren, Targets, Dateianzahlen, Speichersummen, die Operatoren mit dem meisten Workspace, Parameter und Warnungen.</translation>
    </message>
    <message>
        <source>Print CSV rows (module,kind,name,bytes).</source>
        <translation>CSV-Zeilen ausgeben (module,kind,name,bytes).</translation>
    </message>
    <message>
        <source>RAM budget in bytes (K and M suffixes allowed).</source>
        <translation>RAM-Budget in Bytes (Suffixe K und M erlaubt).</translation>
    </message>
    <message>
        <source>Flash budget in bytes (K and M suffixes allowed).</source>
        <translation>Flash-Budget in Bytes (Suffixe K und M erlaubt).</translation>
    </message>
    <message>
        <source>An MLF archive or extracted folder.</source>
        <translation>Ein MLF-Archiv oder ein entpackter Ordner.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json und --csv können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>the archive has no module &quot;%1&quot;</source>
        <translation>das Archiv hat kein Modul &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Lists the parameter tensors: name, dtype, shape, bytes.</source>
        <translation>Listet die Parameter-Tensoren auf: Name, dtype, Form, Bytes.</translation>
    </message>
    <message>
        <source>Prints the graph executor&apos;s nodes with their shapes, dtypes, storage ids and bytes.</source>
        <translation>Gibt die Knoten des Graph-Executors mit Formen, dtypes, Storage-IDs und Bytes aus.</translation>
    </message>
    <message>
        <source>The first (older) archive.</source>
        <translation>Das erste (ältere) Archiv.</translation>
    </message>
    <message>
        <source>The second (newer) archive.</source>
        <translation>Das zweite (neuere) Archiv.</translation>
    </message>
    <message>
        <source>Compares two archives module by module: per-function workspace and code size, parameter bytes and totals, largest changes first.</source>
        <translation>Vergleicht zwei Archive Modul für Modul: Workspace und Codegröße pro Funktion, Parameter-Bytes und Summen, größte Änderungen zuerst.</translation>
    </message>
    <message>
        <source>A file in it, e.g. metadata.json or codegen/host/src/default_lib0.c.</source>
        <translation>Eine Datei darin, z. B. metadata.json oder codegen/host/src/default_lib0.c.</translation>
    </message>
    <message>
        <source>Writes one file of the archive to standard output.</source>
        <translation>Schreibt eine Datei des Archivs auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The memory map of each module: workspace, io, constants, params, code per file, per-operator workspace, pools, storage ids, constants in the code, the tensors held while the model runs and a RAM/flash estimate. With a budget, exits with 3 when the model does not fit and with 4 when a figure the budget needs is unknown.</source>
        <translation>Die Speicherbelegung jedes Moduls: Workspace, E/A, Konstanten, Parameter, Code pro Datei, Workspace pro Operator, Pools, Storage-IDs, Konstanten im Code, die während der Modellausführung belegten Tensoren und eine RAM-/Flash-Schätzung. Mit einem Budget endet das Programm mit Exit-Code 3, wenn das Modell nicht passt, und mit 4, wenn ein für das Budget benötigter Wert unbekannt ist.</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument(s), got %1 (see mtvw-cli %2 --help)</source>
        <translation>
            <numerusform>erwartet %n Argument, erhalten: %1 (siehe mtvw-cli %2 --help)</numerusform>
            <numerusform>erwartet %n Argumente, erhalten: %1 (siehe mtvw-cli %2 --help)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command (see mtvw-cli --help)</source>
        <translation>unbekannter Befehl (siehe mtvw-cli --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte count (examples: 262144, 256K, 1M)</source>
        <translation>&quot;%1&quot; ist keine Byteanzahl (Beispiele: 262144, 256K, 1M)</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>C source</source>
        <translation>C-Quelltext</translation>
    </message>
    <message>
        <source>C header</source>
        <translation>C-Header</translation>
    </message>
    <message>
        <source>object code</source>
        <translation>Objektcode</translation>
    </message>
    <message>
        <source>TIR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lists the files of an archive: path, size in bytes and what each is (metadata, C source, params, graph, relay, TIR, …).</source>
        <translation>Listet die Dateien eines Archivs auf: Pfad, Größe in Bytes und Art jeder Datei (Metadaten, C-Quelltext, Parameter, Graph, Relay, TIR, …).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 bytes
</source>
        <translation>
            <numerusform>%n Datei, %1 Bytes
</numerusform>
            <numerusform>%n Dateien, %1 Bytes
</numerusform>
        </translation>
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
  ls ARCHIVE [--json]                      the archive&apos;s files: path, size, kind
  cat ARCHIVE PATH                         print one file of the archive
  templates [--json]                       the template projects found, with their options
  project info DIR [--json]                a template&apos;s or project&apos;s platform and options
  project generate TEMPLATE ARCHIVE OUTDIR [-o key=value]...
                                           make a project from an archive
  project build|flash DIR [-o key=value]...  build or flash a generated project
  project run DIR [-o key=value]... [--json]
                                           open its transport, print what the program says and a summary
  decode FILE [--json] [--raw] [--from device|host]
                                           a capture of a board&apos;s traffic, message by message
  ports [--json]                           the serial ports, with VID:PID, serial number, board
  monitor PORT [--baud N] [--hex] [--timestamps] [--capture FILE]
                                           what a serial port says, live; reattaches a port that returns
  session DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--capture FILE] [--retry S] [--start-timeout S]
                                           the host&apos;s session handshake, then the device&apos;s Log messages
  timing FILE|PORT|DIR [--json|--csv] [--runs N] [-o key=value]...
                                           run-time statistics: a capture, a text log, a port, a project
  rpc DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; call NAME [ARG]... | list --archive ARCHIVE
                                           TVM RPC with a device: call a function, list the operators it has
  infer DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--input FILE] [--json]
                                           the model once through the device&apos;s AOT executor over RPC
  profile DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--archive A] [--repeat N] [--number N] [--json|--csv]
                                           each operator&apos;s and the model&apos;s time, on the device&apos;s clock

Run mtvw-cli &lt;command&gt; --help for a command&apos;s options.
Exit codes: 0 success, 2 error (message on stderr), 3 over a memory budget, 4 a budget that cannot be checked because a figure is unknown.
</source>
        <translation>Aufruf: mtvw-cli &lt;command&gt; [options]

Liest microTVM-Archive im Model Library Format (MLF): tar, gzip-komprimiertes tar, zip oder ein Ordner.

Befehle:
  inspect ARCHIVE [--json]                 was das Archiv ist: Version, Module, Executoren, Speicher, Warnungen
  memory ARCHIVE [--module M] [--json|--csv] [--budget-ram BYTES] [--budget-flash BYTES]
                                           die Speicherbelegung; Exit-Code 3 bei Überschreitung eines Budgets
  params ARCHIVE [--module M] [--json]     die Parameter-Tensoren
  graph ARCHIVE [--module M] [--json]      der Executor-Graph (Archive mit Graph-Executor)
  diff A B [--json]                        was sich zwischen zwei Archiven geändert hat
  ls ARCHIVE [--json]                      die Dateien des Archivs: Pfad, Größe, Art
  cat ARCHIVE PATH                         eine Datei des Archivs ausgeben
  templates [--json]                       die gefundenen Template-Projekte mit ihren Optionen
  project info DIR [--json]                Plattform und Optionen eines Templates oder Projekts
  project generate TEMPLATE ARCHIVE OUTDIR [-o key=value]...
                                           ein Projekt aus einem Archiv generieren
  project build|flash DIR [-o key=value]...  ein generiertes Projekt bauen oder flashen
  project run DIR [-o key=value]... [--json]
                                           seinen Transport öffnen, ausgeben, was das Programm meldet, und eine Zusammenfassung
  decode FILE [--json] [--raw] [--from device|host]
                                           ein Mitschnitt des Datenverkehrs eines Boards, Nachricht für Nachricht
  ports [--json]                           die seriellen Ports mit VID:PID, Seriennummer, Board
  monitor PORT [--baud N] [--hex] [--timestamps] [--capture FILE]
                                           was ein serieller Port ausgibt, live; öffnet einen zurückkehrenden Port wieder
  session DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--capture FILE] [--retry S] [--start-timeout S]
                                           der Sitzungs-Handshake des Hosts, danach die Log-Nachrichten des Geräts
  timing FILE|PORT|DIR [--json|--csv] [--runs N] [-o key=value]...
                                           Laufzeitstatistik: aus einem Mitschnitt, einem Text-Log, einem Port, einem Projekt
  rpc DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; call NAME [ARG]... | list --archive ARCHIVE
                                           TVM RPC mit einem Gerät: eine Funktion aufrufen, seine Operatoren auflisten
  infer DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--input FILE] [--json]
                                           das Modell einmal über RPC durch den AOT-Executor des Geräts laufen lassen
  profile DIR | --port PORT | --exec &quot;PROGRAM ARGS&quot; [--archive A] [--repeat N] [--number N] [--json|--csv]
                                           die Zeit jedes Operators und des Modells, mit der Uhr des Geräts

mtvw-cli &lt;command&gt; --help zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 2 Fehler (Meldung auf stderr), 3 Speicherbudget überschritten, 4 Budget nicht prüfbar, weil ein Wert unbekannt ist.
</translation>
    </message>
</context>
<context>
    <name>CliTarget</name>
    <message>
        <source>A serial port to the board.</source>
        <translation>Eine serielle Schnittstelle zum Board.</translation>
    </message>
    <message>
        <source>Baud rate (default 115200).</source>
        <translation>Baudrate (Standard 115200).</translation>
    </message>
    <message>
        <source>A program that speaks the device side on its stdin and stdout (&quot;PROGRAM ARGS&quot;).</source>
        <translation>Ein Programm, das auf stdin und stdout die Geräteseite spricht („PROGRAMM ARGUMENTE“).</translation>
    </message>
    <message>
        <source>wants one of DIR, --port PORT or --exec &quot;PROGRAM ARGS&quot; (see mtvw-cli %1 --help)</source>
        <translation>braucht genau eines von DIR, --port PORT oder --exec &quot;PROGRAMM ARGUMENTE&quot; (siehe mtvw-cli %1 --help)</translation>
    </message>
    <message>
        <source>wants a positive whole number, got &quot;%1&quot;</source>
        <translation>braucht eine positive ganze Zahl, bekam „%1“</translation>
    </message>
    <message>
        <source>names no program</source>
        <translation>nennt kein Programm</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Ready: one click runs the model on a simulated board.</source>
        <translation>Bereit: Ein Klick führt das Modell auf einem simulierten Board aus.</translation>
    </message>
    <message>
        <source>Starting the host-sim template…</source>
        <translation>host-sim-Template wird gestartet…</translation>
    </message>
    <message>
        <source>Generating a project from %1…</source>
        <translation>Projekt wird aus %1 generiert…</translation>
    </message>
    <message>
        <source>Building it with the host C compiler…</source>
        <translation>Es wird mit dem C-Compiler des Hosts gebaut…</translation>
    </message>
    <message>
        <source>Flashing the simulated board…</source>
        <translation>Das simulierte Board wird geflasht…</translation>
    </message>
    <message>
        <source>Running %1 on the simulated board</source>
        <translation>%1 läuft auf dem simulierten Board</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n inference(s).</source>
        <translation>
            <numerusform>Nach %n Inferenz angehalten.</numerusform>
            <numerusform>Nach %n Inferenzen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo stopped on an error.</source>
        <translation>Die Demo wurde wegen eines Fehlers angehalten.</translation>
    </message>
    <message>
        <source>host-sim board running %1</source>
        <translation>host-sim-Board, auf dem %1 läuft</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>Klasse %1 (%2)</translation>
    </message>
    <message>
        <source>the simulated board stopped without inferring; its output is in the Monitor</source>
        <translation>das simulierte Board hat angehalten, ohne eine Inferenz auszuführen; seine Ausgabe steht im Monitor</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
</context>
<context>
    <name>DemoPane</name>
    <message>
        <source>The example archive</source>
        <translation>Das Beispielarchiv</translation>
    </message>
    <message>
        <source>The open archive</source>
        <translation>Das geöffnete Archiv</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Runs a model on a &lt;b&gt;simulated board&lt;/b&gt; in one click: the host-sim template generates a project from the archive, builds it with this machine&apos;s C compiler, flashes it and runs it without end. The Monitor, Inspector and Timing panes watch it live.</source>
        <translation>Führt ein Modell mit einem Klick auf einem &lt;b&gt;simulierten Board&lt;/b&gt; aus: Das host-sim-Template generiert aus dem Archiv ein Projekt, baut es mit dem C-Compiler dieses Rechners, flasht es und führt es endlos aus. Die Bereiche Monitor, Inspektor und Zeitmessung verfolgen es live.</translation>
    </message>
    <message>
        <source>The readout and the timing plot full screen, for a booth (Esc leaves)</source>
        <translation>Anzeige und Zeitdiagramm im Vollbild, für einen Messestand (Esc beendet)</translation>
    </message>
    <message>
        <source>latest inference</source>
        <translation>letzte Inferenz</translation>
    </message>
    <message>
        <source>inferences per second (paced: at most one every %1 ms)</source>
        <translation>Inferenzen pro Sekunde (getaktet: höchstens eine alle %1 ms)</translation>
    </message>
    <message>
        <source>the output&apos;s top class</source>
        <translation>die Top-Klasse der Ausgabe</translation>
    </message>
    <message>
        <source>The open archive (%1)</source>
        <translation>Das geöffnete Archiv (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message numerus="yes">
        <source>%n inference(s) so far</source>
        <translation>
            <numerusform>bisher %n Inferenz</numerusform>
            <numerusform>bisher %n Inferenzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffController</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Cannot open archive B “%1”</source>
        <translation>Archiv B „%1“ lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added in B</source>
        <translation>neu in B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>Function name without the tvmgen_&lt;module&gt;_ prefix, so renamed modules still match</source>
        <translation>Funktionsname ohne das Präfix tvmgen_&lt;module&gt;_, damit umbenannte Module weiterhin zugeordnet werden</translation>
    </message>
    <message>
        <source>Workspace change from A to B: growth in red, shrinkage in green</source>
        <translation>Workspace-Änderung von A nach B: Zunahme rot, Abnahme grün</translation>
    </message>
    <message>
        <source>Change of the generated C function&apos;s size from A to B</source>
        <translation>Größenänderung der generierten C-Funktion von A nach B</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Workspace A</source>
        <translation>Workspace A</translation>
    </message>
    <message>
        <source>Workspace B</source>
        <translation>Workspace B</translation>
    </message>
    <message>
        <source>Δ Workspace</source>
        <translation>Δ Workspace</translation>
    </message>
    <message>
        <source>Code A</source>
        <translation>Code A</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>Code B</translation>
    </message>
    <message>
        <source>Δ Code</source>
        <translation>Δ Code</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change of the tensor&apos;s data bytes from A to B</source>
        <translation>Änderung der Datenbytes des Tensors von A nach B</translation>
    </message>
    <message>
        <source>Data type and shape; “A → B” when they changed</source>
        <translation>Datentyp und Form; „A → B“, wenn sie sich geändert haben</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Bytes A</source>
        <translation>Bytes A</translation>
    </message>
    <message>
        <source>Bytes B</source>
        <translation>Bytes B</translation>
    </message>
    <message>
        <source>Δ Bytes</source>
        <translation>Δ Bytes</translation>
    </message>
    <message>
        <source>Type and shape</source>
        <translation>Typ und Form</translation>
    </message>
</context>
<context>
    <name>DiffPane</name>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Choose a second archive (B) to compare with the open one (A)</source>
        <translation>Wählen Sie ein zweites Archiv (B), das mit dem geöffneten (A) verglichen wird</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Totals from each archive&apos;s memory map. RAM estimate: workspace + inputs/outputs; flash estimate: constants + object code (C code is not compiled yet, so not counted).</source>
        <translation>Summen aus der Speicherbelegung jedes Archivs. RAM-Schätzung: Workspace + Ein-/Ausgaben; Flash-Schätzung: Konstanten + Objektcode (C-Code ist noch nicht kompiliert und wird daher nicht gezählt).</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Compare with archive</source>
        <translation>Mit Archiv vergleichen</translation>
    </message>
    <message>
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation>Model-Library-Format-Archive (*.tar *.tar.gz *.tgz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;→&amp;nbsp; B: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>A: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;→&amp;nbsp; B: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opening and comparing…</source>
        <translation>Wird geöffnet und verglichen…</translation>
    </message>
    <message>
        <source>Open an archive first: it becomes A. Then compare it with another archive (B).</source>
        <translation>Öffnen Sie zuerst ein Archiv: Es wird zu A. Vergleichen Sie es dann mit einem anderen Archiv (B).</translation>
    </message>
    <message>
        <source>Compare the open archive (A) with another one (B): per-function workspace and code, parameter tensors and totals, largest changes first. Choose “Compare with…”.</source>
        <translation>Vergleicht das geöffnete Archiv (A) mit einem anderen (B): Workspace und Code pro Funktion, Parameter-Tensoren und Summen, größte Änderungen zuerst. Wählen Sie „Vergleichen mit…“.</translation>
    </message>
    <message>
        <source>No differences: every function and parameter tensor of this module pair is the same in A and B.</source>
        <translation>Keine Unterschiede: Jede Funktion und jeder Parameter-Tensor dieses Modulpaars ist in A und B gleich.</translation>
    </message>
    <message>
        <source>Functions (%1 of %2 changed)</source>
        <translation>Funktionen (%1 von %2 geändert)</translation>
    </message>
    <message>
        <source>Parameters (%1 of %2 changed)</source>
        <translation>Parameter (%1 von %2 geändert)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation>Ein- und Ausgaben</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>Code (C source and objects)</source>
        <translation>Code (C-Quelltext und Objekte)</translation>
    </message>
    <message>
        <source>RAM estimate</source>
        <translation>RAM-Schätzung</translation>
    </message>
    <message>
        <source>Flash estimate</source>
        <translation>Flash-Schätzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening and comparing archive B</source>
        <translation>Das Öffnen und Vergleichen von Archiv B abbrechen</translation>
    </message>
</context>
<context>
    <name>EntryContent</name>
    <message>
        <source>%1 has no entry &quot;%2&quot;</source>
        <translation>%1 hat keinen Eintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>binary file: showing the first %1 of %2 as hex</source>
        <translation>Binärdatei: die ersten %1 von %2 als Hexdump</translation>
    </message>
    <message>
        <source>binary file, shown as hex</source>
        <translation>Binärdatei, als Hexdump angezeigt</translation>
    </message>
    <message>
        <source>%1 is %2; the viewer shows text files up to %3</source>
        <translation>%1 ist %2 groß; der Betrachter zeigt Textdateien bis %3</translation>
    </message>
    <message>
        <source>pretty-printed, keys in alphabetical order</source>
        <translation>formatiert, Schlüssel alphabetisch sortiert</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1: %2); shown as it is</source>
        <translation>kein gültiges JSON (Byte %1: %2); unverändert angezeigt</translation>
    </message>
</context>
<context>
    <name>FailureHint</name>
    <message>
        <source>No permission to open %1. Add yourself to the serial port&apos;s group (on Debian: sudo usermod -aG dialout $USER), then log out and back in.</source>
        <translation>Keine Berechtigung, %1 zu öffnen. Fügen Sie sich der Gruppe des seriellen Ports hinzu (unter Debian: sudo usermod -aG dialout $USER), und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>The Zephyr tool &quot;west&quot; is not installed or not on PATH: install Zephyr&apos;s tools (pip install west) and set up a Zephyr workspace.</source>
        <translation>Das Zephyr-Werkzeug &quot;west&quot; ist nicht installiert oder nicht im PATH: Installieren Sie die Zephyr-Werkzeuge (pip install west), und richten Sie einen Zephyr-Workspace ein.</translation>
    </message>
    <message>
        <source>&quot;arduino-cli&quot; is not installed or not on PATH: install it and its board core, or give its path in the arduino_cli_cmd option.</source>
        <translation>&quot;arduino-cli&quot; ist nicht installiert oder nicht im PATH: Installieren Sie es samt dem Core für Ihr Board, oder geben Sie seinen Pfad in der Option arduino_cli_cmd an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed or not on PATH: install it (on Debian: sudo apt-get install %2).</source>
        <translation>&quot;%1&quot; ist nicht installiert oder nicht im PATH: Installieren Sie es (unter Debian: sudo apt-get install %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed or not on PATH.</source>
        <translation>&quot;%1&quot; ist nicht installiert oder nicht im PATH.</translation>
    </message>
    <message>
        <source>No board was found: check that it is plugged in, that its USB cable carries data, and that the serial port or serial number options name it.</source>
        <translation>Es wurde kein Board gefunden: Prüfen Sie, ob es angeschlossen ist, ob sein USB-Kabel Daten überträgt und ob die Optionen für seriellen Port bzw. Seriennummer auf es verweisen.</translation>
    </message>
    <message>
        <source>The template&apos;s server needs the Python module &quot;%1&quot;, which is not installed for the Python it runs with.</source>
        <translation>Der Server des Templates benötigt das Python-Modul &quot;%1&quot;, das für das Python, mit dem er läuft, nicht installiert ist.</translation>
    </message>
    <message>
        <source>It comes in the package %1 (pip install %1, or apt-get install %2).</source>
        <translation>Es steckt im Paket %1 (pip install %1 oder apt-get install %2).</translation>
    </message>
</context>
<context>
    <name>FilesPane</name>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find in this file</source>
        <translation>Text, der in dieser Datei gesucht wird</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (F3 or Enter)</source>
        <translation>Nächsten Treffer suchen (F3 oder Eingabetaste)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>FlashHandoff</name>
    <message>
        <source>the project is flashing the board</source>
        <translation>das Projekt flasht das Board</translation>
    </message>
    <message>
        <source>Flash done; taking the board back</source>
        <translation>Flashen abgeschlossen; das Board wird wieder übernommen</translation>
    </message>
    <message>
        <source>Flash failed; taking the board back</source>
        <translation>Flashen fehlgeschlagen; das Board wird wieder übernommen</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Model Library Format (MLF)</source>
        <translation>Model Library Format (MLF)</translation>
    </message>
    <message>
        <source>The archive TVM writes when it compiles a model for a microcontroller (&lt;code&gt;tvmc compile --output-format mlf&lt;/code&gt;, &lt;code&gt;export_model_library_format&lt;/code&gt;): generated C code, the weights, the executor&apos;s description and &lt;code&gt;metadata.json&lt;/code&gt; with the memory plan. A template project turns it into firmware.</source>
        <translation>Das Archiv, das TVM schreibt, wenn es ein Modell für einen Mikrocontroller kompiliert (&lt;code&gt;tvmc compile --output-format mlf&lt;/code&gt;, &lt;code&gt;export_model_library_format&lt;/code&gt;): generierter C-Code, die Gewichte, die Beschreibung des Executors und &lt;code&gt;metadata.json&lt;/code&gt; mit dem Speicherplan. Ein Template-Projekt macht daraus eine Firmware.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>One compiled model inside the archive. Its name (usually &lt;i&gt;default&lt;/i&gt;) prefixes every symbol: &lt;code&gt;tvmgen_default_run&lt;/code&gt;.</source>
        <translation>Ein kompiliertes Modell im Archiv. Sein Name (meist &lt;i&gt;default&lt;/i&gt;) steht als Präfix vor jedem Symbol: &lt;code&gt;tvmgen_default_run&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Executor: AOT or graph</source>
        <translation>Executor: AOT oder Graph</translation>
    </message>
    <message>
        <source>How the model&apos;s operators are called on the device. &lt;b&gt;AOT&lt;/b&gt; (ahead of time): TVM generated one C function that calls the operators in order and knows every buffer; nothing is interpreted at run time. &lt;b&gt;Graph&lt;/b&gt;: a JSON graph (&lt;code&gt;graph.json&lt;/code&gt;) is read on the device by the graph executor, which allocates the tensors and calls the operators.</source>
        <translation>Wie die Operatoren des Modells auf dem Gerät aufgerufen werden. &lt;b&gt;AOT&lt;/b&gt; (Ahead-of-Time): TVM hat eine einzige C-Funktion generiert, die die Operatoren der Reihe nach aufruft und jeden Puffer kennt; zur Laufzeit wird nichts interpretiert. &lt;b&gt;Graph&lt;/b&gt;: Ein JSON-Graph (&lt;code&gt;graph.json&lt;/code&gt;) wird auf dem Gerät vom Graph-Executor gelesen, der die Tensoren belegt und die Operatoren aufruft.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>One generated C function doing one fused step of the model, e.g. &lt;code&gt;fused_nn_conv2d_add_clip&lt;/code&gt;: a convolution with its bias and activation in one loop nest.</source>
        <translation>Eine generierte C-Funktion, die einen fusionierten (zusammengefassten) Schritt des Modells ausführt, z. B. &lt;code&gt;fused_nn_conv2d_add_clip&lt;/code&gt;: eine Faltung samt Bias und Aktivierung in einem gemeinsamen Schleifennest.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>RAM the model needs while it runs, besides its inputs and outputs. For AOT it holds the tensors passed between operators and each operator&apos;s scratch space; the application provides it (a static array, or a heap the template reserves). An operator&apos;s own workspace is scratch memory it needs only while it runs.</source>
        <translation>RAM, den das Modell während der Ausführung zusätzlich zu seinen Ein- und Ausgaben braucht. Bei AOT enthält er die zwischen den Operatoren übergebenen Tensoren und den temporären Arbeitsspeicher jedes Operators; die Anwendung stellt ihn bereit (als statisches Array oder als Heap, den das Template reserviert). Der eigene Workspace eines Operators ist temporärer Arbeitsspeicher, den er nur braucht, solange er läuft.</translation>
    </message>
    <message>
        <source>Inputs and outputs (io)</source>
        <translation>Ein- und Ausgaben (E/A)</translation>
    </message>
    <message>
        <source>The buffers the application fills with the model&apos;s input and reads the result from. Counted apart from the workspace because the application owns them.</source>
        <translation>Die Puffer, in die die Anwendung die Eingabe des Modells schreibt und aus denen sie das Ergebnis liest. Sie werden getrennt vom Workspace gezählt, weil sie der Anwendung gehören.</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>Weights and other fixed tensors written into the generated C as &lt;code&gt;static const&lt;/code&gt; arrays. They live in flash, not RAM, when the compiler places const data there.</source>
        <translation>Gewichte und andere feste Tensoren, die als &lt;code&gt;static const&lt;/code&gt;-Arrays in den generierten C-Code geschrieben sind. Sie liegen im Flash statt im RAM, wenn der Compiler konstante Daten dort ablegt.</translation>
    </message>
    <message>
        <source>Parameters (params)</source>
        <translation>Parameter (params)</translation>
    </message>
    <message>
        <source>The model&apos;s weights as a separate file (&lt;code&gt;*.params&lt;/code&gt;). With &lt;i&gt;link-params&lt;/i&gt; they are in the C code instead, and the params file is only a copy.</source>
        <translation>Die Gewichte des Modells als separate Datei (&lt;code&gt;*.params&lt;/code&gt;). Mit &lt;i&gt;link-params&lt;/i&gt; stehen sie stattdessen im C-Code, und die Parameterdatei ist nur eine Kopie.</translation>
    </message>
    <message>
        <source>link-params</source>
        <translation>link-params</translation>
    </message>
    <message>
        <source>A target option (&lt;code&gt;-link-params=1&lt;/code&gt;, or &lt;code&gt;link-params&lt;/code&gt; in the executor): the weights are compiled into the C code as constants, so no RAM is spent loading them.</source>
        <translation>Eine Target-Option (&lt;code&gt;-link-params=1&lt;/code&gt; oder &lt;code&gt;link-params&lt;/code&gt; im Executor): Die Gewichte werden als Konstanten in den C-Code kompiliert, sodass kein RAM verbraucht wird, um sie zu laden.</translation>
    </message>
    <message>
        <source>Storage id</source>
        <translation>Storage-ID</translation>
    </message>
    <message>
        <source>In a graph-executor archive, the number of the buffer a tensor is stored in. Tensors whose lifetimes do not overlap share one storage id, so the RAM needed is the sum over storage ids, not over tensors.</source>
        <translation>In einem Archiv mit Graph-Executor die Nummer des Puffers, in dem ein Tensor gespeichert ist. Tensoren, deren Lebensdauern sich nicht überschneiden, teilen sich eine Storage-ID; der benötigte RAM ist daher die Summe über die Storage-IDs, nicht über die Tensoren.</translation>
    </message>
    <message>
        <source>Memory pool</source>
        <translation>Speicher-Pool</translation>
    </message>
    <message>
        <source>A named region the AOT memory planner places tensors in (for example the global workspace pool). Its size is the peak of what is alive at once, after the planner reused space.</source>
        <translation>Ein benannter Speicherbereich, in dem der AOT-Speicherplaner Tensoren ablegt (zum Beispiel der globale Workspace-Pool). Seine Größe ist die Spitze dessen, was gleichzeitig belegt ist, nachdem der Planer Speicher wiederverwendet hat.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>What TVM compiled for: &lt;code&gt;c -keys=cpu -mcpu=cortex-m7 -model=stm32f746xx&lt;/code&gt;. The &lt;code&gt;-model&lt;/code&gt; or &lt;code&gt;-mcpu&lt;/code&gt; names the board, which the Memory pane uses to pick it.</source>
        <translation>Wofür TVM kompiliert hat: &lt;code&gt;c -keys=cpu -mcpu=cortex-m7 -model=stm32f746xx&lt;/code&gt;. &lt;code&gt;-model&lt;/code&gt; oder &lt;code&gt;-mcpu&lt;/code&gt; nennt das Board; daran wählt der Bereich „Speicher“ es aus.</translation>
    </message>
    <message>
        <source>Relay and TIR</source>
        <translation>Relay und TIR</translation>
    </message>
    <message>
        <source>TVM&apos;s two intermediate languages: Relay describes the model as a graph of operators with shapes; TIR (tensor IR) describes each operator&apos;s loops before C is generated. Archives may carry both as text.</source>
        <translation>Die beiden Zwischensprachen von TVM: Relay beschreibt das Modell als Graph von Operatoren mit ihren Tensorformen; TIR (Tensor IR) beschreibt die Schleifen jedes Operators, bevor C-Code generiert wird. Archive können beide als Text enthalten.</translation>
    </message>
    <message>
        <source>Project API and template</source>
        <translation>Project API und Template</translation>
    </message>
    <message>
        <source>A template project (Zephyr, Arduino, the bundled host simulator) has a Python server that generates, builds and flashes a project from an archive. The workbench speaks to it as &lt;code&gt;tvmc micro&lt;/code&gt; does.</source>
        <translation>Ein Template-Projekt (Zephyr, Arduino, der mitgelieferte Host-Simulator) hat einen Python-Server, der aus einem Archiv ein Projekt generiert, baut und flasht. Die Workbench kommuniziert mit ihm genauso wie &lt;code&gt;tvmc micro&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary of MLF terms</source>
        <translation>Glossar der MLF-Begriffe</translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <source>This archive has no graph JSON: it holds only generated code (no metadata.json, no executor configuration). The operators are listed in the Operators pane.</source>
        <translation>Dieses Archiv hat kein Graph-JSON: Es enthält nur generierten Code (keine metadata.json, keine Executor-Konfiguration). Die Operatoren sind im Bereich „Operatoren“ aufgeführt.</translation>
    </message>
    <message>
        <source>Operator-style archives have no model graph: they hold single operators, which are listed in the Operators pane.</source>
        <translation>Archive im Operator-Stil haben keinen Modell-Graphen: Sie enthalten einzelne Operatoren, die im Bereich „Operatoren“ aufgeführt sind.</translation>
    </message>
    <message>
        <source>AOT archives have no graph JSON: the AOT executor calls the operators from generated C code (tvmgen_%1_run). The operators are listed in the Operators pane.</source>
        <translation>AOT-Archive haben kein Graph-JSON: Der AOT-Executor ruft die Operatoren aus generiertem C-Code auf (tvmgen_%1_run). Die Operatoren sind im Bereich „Operatoren“ aufgeführt.</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no graph JSON in this archive. Its operators are listed in the Operators pane.</source>
        <translation>Modul &quot;%1&quot; hat in diesem Archiv kein Graph-JSON. Seine Operatoren sind im Bereich „Operatoren“ aufgeführt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, storage %1</source>
        <translation>, Storage-ID %1</translation>
    </message>
    <message>
        <source>, %1 bytes</source>
        <translation>, %1 Bytes</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>graph input</source>
        <translation>Graph-Eingabe</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>%1 nodes call this function</source>
        <translation>%1 Knoten rufen diese Funktion auf</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>%1 (%2, #%3): %4</source>
        <translation>%1 (%2, #%3): %4</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>Graph output</source>
        <translation>Graph-Ausgabe</translation>
    </message>
    <message>
        <source>output %1 of the model</source>
        <translation>Ausgabe %1 des Modells</translation>
    </message>
    <message>
        <source>Parameter data</source>
        <translation>Parameterdaten</translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation>%1 %2, %3 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n outputs · %1</source>
        <translation>
            <numerusform>%n Ausgabe · %1</numerusform>
            <numerusform>%n Ausgaben · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>Fold parameters</source>
        <translation>Parameter einklappen</translation>
    </message>
    <message>
        <source>Go to operator</source>
        <translation>Zum Operator</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Find node (Enter: next)</source>
        <translation>Knoten suchen (Eingabetaste: nächster)</translation>
    </message>
    <message>
        <source>Draw parameter tensors (weights, biases) inside the operators that read them</source>
        <translation>Parameter-Tensoren (Gewichte, Biases) innerhalb der Operatoren zeichnen, die sie lesen</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph into the view (0)</source>
        <translation>Den Graph in die Ansicht einpassen (0)</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show this operator&apos;s C function, TIR and memory in the Operators pane (double-click, Enter)</source>
        <translation>C-Funktion, TIR und Speicher dieses Operators im Bereich „Operatoren“ anzeigen (Doppelklick, Eingabetaste)</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>No archive is open. The model&apos;s graph (from a graph executor archive) appears here.</source>
        <translation>Kein Archiv geöffnet. Hier erscheint der Graph des Modells (aus einem Archiv mit Graph-Executor).</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>Parameter %1: %2</translation>
    </message>
    <message>
        <source>Click a node to see what it is; double-click an operator to open it.</source>
        <translation>Klicken Sie auf einen Knoten, um zu sehen, was er ist; doppelklicken Sie auf einen Operator, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the whole graph as a PNG or SVG image</source>
        <translation>Den ganzen Graphen als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;PNG images (*.png)</source>
        <translation>SVG-Bilder (*.svg);;PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation>es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>Graph of module %1</source>
        <translation>Graph des Moduls %1</translation>
    </message>
    <message>
        <source>cannot write the image %1</source>
        <translation>das Bild %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Read from the AOT main function&apos;s C code (AOT archives have no graph JSON): the operators in call order, joined by the buffers they pass. Click a node to see what it is; double-click an operator to open it.</source>
        <translation>Aus dem C-Code der AOT-Hauptfunktion gelesen (AOT-Archive haben kein Graph-JSON): die Operatoren in Aufrufreihenfolge, verbunden durch die Puffer, die sie übergeben. Klicken Sie auf einen Knoten, um zu sehen, was er ist; Doppelklick öffnet einen Operator.</translation>
    </message>
</context>
<context>
    <name>HostSimProject</name>
    <message>
        <source>the host-sim template is not installed (looked in %1)</source>
        <translation>das host-sim-Template ist nicht installiert (gesucht in %1)</translation>
    </message>
    <message>
        <source>the archive %1 does not exist</source>
        <translation>das Archiv %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot make a folder for the simulated board&apos;s project: %1</source>
        <translation>für das Projekt des simulierten Boards kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>the host-sim server did not start: %1</source>
        <translation>der host-sim-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the simulated board is not flashed yet</source>
        <translation>das simulierte Board ist noch nicht geflasht</translation>
    </message>
</context>
<context>
    <name>InspectorModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>host → device</source>
        <translation>Host → Gerät</translation>
    </message>
    <message>
        <source>device → host</source>
        <translation>Gerät → Host</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message numerus="yes">
        <source>bytes %1–%2 (%n byte(s))</source>
        <translation>
            <numerusform>Bytes %1–%2 (%n Byte)</numerusform>
            <numerusform>Bytes %1–%2 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no bytes, at %1</source>
        <translation>keine Bytes, bei %1</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Open Capture…</source>
        <translation>Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <source>Show the messages of one layer only</source>
        <translation>Nur die Nachrichten einer Schicht anzeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Show the messages of one type only</source>
        <translation>Nur die Nachrichten eines Typs anzeigen</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Show the messages whose type, summary, problem or details contain this text</source>
        <translation>Die Nachrichten anzeigen, deren Typ, Zusammenfassung, Problem oder Details diesen Text enthalten</translation>
    </message>
    <message>
        <source>Show only messages with something wrong: CRC errors, invalid escapes, session or RPC problems</source>
        <translation>Nur fehlerhafte Nachrichten anzeigen: CRC-Fehler, ungültige Escapes, Sitzungs- oder RPC-Probleme</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest message in view</source>
        <translation>Die neueste Nachricht sichtbar halten</translation>
    </message>
    <message>
        <source>Replay a capture (pcapng) into the inspector, as fast as it reads</source>
        <translation>Einen Mitschnitt (pcapng) in den Inspektor einspielen, so schnell er sich lesen lässt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Click a byte to select its field</source>
        <translation>Auf ein Byte klicken, um sein Feld auszuwählen</translation>
    </message>
    <message>
        <source>Select a message to see its fields and bytes.</source>
        <translation>Eine Nachricht auswählen, um ihre Felder und Bytes zu sehen.</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcapng);;All files (*)</source>
        <translation>Mitschnitte (*.pcapng);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bytes of this message are no longer kept: the inspector keeps the last %1 MiB of each direction.</source>
        <translation>Die Bytes dieser Nachricht werden nicht mehr vorgehalten: Der Inspektor behält von jeder Richtung die letzten %1 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>%1 von %n Nachricht angezeigt</numerusform>
            <numerusform>%1 von %n Nachrichten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) no longer kept</source>
        <translation>
            <numerusform>%n ältere Nachricht nicht mehr vorgehalten</numerusform>
            <numerusform>%n ältere Nachrichten nicht mehr vorgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gefiltert…</numerusform>
            <numerusform>%n Nachrichten werden gefiltert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveConnection</name>
    <message>
        <source>Replaying %1</source>
        <translation>%1 wird wiedergegeben</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>cannot make the capture folder %1</source>
        <translation>der Mitschnittordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Verbindung zu %1 getrennt</translation>
    </message>
    <message>
        <source>End of the replay of %1</source>
        <translation>Ende der Wiedergabe von %1</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <source>The capture %1 reached %2 and stops here; the panes go on</source>
        <translation>Der Mitschnitt %1 hat %2 erreicht und endet hier; die Bereiche laufen weiter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>microTVM Workbench</source>
        <translation>microTVM Workbench</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source> Archive: </source>
        <translation> Archiv: </translation>
    </message>
    <message>
        <source>The archive the panes show; every archive you open stays in this list</source>
        <translation>Das Archiv, das die Bereiche zeigen; jedes geöffnete Archiv bleibt in dieser Liste</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Archive</source>
        <translation>Archiv &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in File…</source>
        <translation>In &amp;Datei suchen…</translation>
    </message>
    <message>
        <source>Find in &amp;Archive…</source>
        <translation>Im &amp;Archiv suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About microTVM Workbench</source>
        <translation>&amp;Über microTVM Workbench</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open a Model Library Format archive</source>
        <translation>Model-Library-Format-Archiv öffnen</translation>
    </message>
    <message>
        <source>MLF archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation>MLF-Archive (*.tar *.tar.gz *.tgz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>Archiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No archive open. File &gt; Open… or drop an archive on the window.</source>
        <translation>Kein Archiv geöffnet. Datei &gt; Öffnen… oder ein Archiv auf das Fenster ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — MLF version %2, %3, %n module(s), %4 files</source>
        <translation>
            <numerusform>%1 — MLF-Version %2, %3, %n Modul, %4 Dateien</numerusform>
            <numerusform>%1 — MLF-Version %2, %3, %n Module, %4 Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no metadata.json, %2 files</source>
        <translation>%1 — keine metadata.json, %2 Dateien</translation>
    </message>
    <message>
        <source>%1 — microTVM Workbench</source>
        <translation>%1 — microTVM Workbench</translation>
    </message>
    <message>
        <source>About microTVM Workbench</source>
        <translation>Über microTVM Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;microTVM Workbench %1&lt;/h3&gt;&lt;p&gt;Browse Model Library Format archives: their files, operators, memory, parameters and graph.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;microTVM Workbench %1&lt;/h3&gt;&lt;p&gt;Model-Library-Format-Archive durchsehen: ihre Dateien, Operatoren, Speicher, Parameter und Graph.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>&amp;Glossary of MLF Terms</source>
        <translation>&amp;Glossar der MLF-Begriffe</translation>
    </message>
    <message>
        <source>Open the &amp;Example Archive</source>
        <translation>&amp;Beispielarchiv öffnen</translation>
    </message>
    <message>
        <source>cannot write the example to %1: %2</source>
        <translation>das Beispielarchiv kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitmessung</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a board needs a name</source>
        <translation>ein Board braucht einen Namen</translation>
    </message>
    <message>
        <source>a board needs RAM and flash sizes greater than 0</source>
        <translation>ein Board braucht RAM- und Flash-Größen über 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in board: choose another name</source>
        <translation>&quot;%1&quot; ist ein eingebautes Board: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>there is no file to keep your boards in</source>
        <translation>es gibt keine Datei, in der Ihre Boards gespeichert werden können</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your boards</source>
        <translation>&quot;%1&quot; ist keines Ihrer Boards</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>io</source>
        <translation>E/A</translation>
    </message>
    <message>
        <source>The model&apos;s input and output tensors.</source>
        <translation>Die Ein- und Ausgabetensoren des Modells.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Machine code in the archive&apos;s object files.</source>
        <translation>Maschinencode in den Objektdateien des Archivs.</translation>
    </message>
    <message>
        <source>C source</source>
        <translation>C-Quelltext</translation>
    </message>
    <message>
        <source>Generated C: its machine code is only known once your project compiles it, so it is not counted. Add your firmware&apos;s code size to the flash figure.</source>
        <translation>Generierter C-Code: Sein Maschinencode steht erst fest, wenn Ihr Projekt ihn kompiliert, daher wird er nicht gezählt. Addieren Sie die Codegröße Ihrer Firmware zum Flash-Wert.</translation>
    </message>
    <message>
        <source>storage ids</source>
        <translation>Storage-IDs</translation>
    </message>
    <message>
        <source>Held in the storage ids.</source>
        <translation>In den Storage-IDs gehalten.</translation>
    </message>
    <message>
        <source>workspace pools</source>
        <translation>Workspace-Pools</translation>
    </message>
    <message>
        <source>Placed in the workspace pools.</source>
        <translation>In den Workspace-Pools abgelegt.</translation>
    </message>
    <message>
        <source>Open a Model Library Format archive to see where its memory goes.</source>
        <translation>Öffnen Sie ein Model-Library-Format-Archiv, um zu sehen, wofür sein Speicher verwendet wird.</translation>
    </message>
    <message>
        <source>The archive has no module.</source>
        <translation>Das Archiv hat kein Modul.</translation>
    </message>
    <message>
        <source>Needs about %1 of RAM and %2 of flash. Pick a board or type its sizes to check the fit.</source>
        <translation>Benötigt etwa %1 RAM und %2 Flash. Wählen Sie ein Board oder geben Sie seine Größen ein, um zu prüfen, ob es passt.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4) — %5 free</source>
        <translation>%1 %2 von %3 (%4) — %5 frei</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4) — %5 over</source>
        <translation>%1 %2 von %3 (%4) — %5 zu viel</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation>Passt: %1</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>Passt nicht: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 estimate = %2 = %3 (%4)</source>
        <translation>%1-Schätzung = %2 = %3 (%4)</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>The flash figure leaves out the compiled C code: add your firmware&apos;s code size.</source>
        <translation>Der Flash-Wert enthält den kompilierten C-Code nicht: Addieren Sie die Codegröße Ihrer Firmware.</translation>
    </message>
    <message>
        <source>The Zephyr template reserves workspace_size_bytes for TVM&apos;s memory allocator: %1 by default for %2.</source>
        <translation>Das Zephyr-Template reserviert workspace_size_bytes für den Speicher-Allocator von TVM: standardmäßig %1 für %2.</translation>
    </message>
    <message>
        <source>Scratch memory the generated code uses while the model runs: the tensors between operators and the operators&apos; own buffers.</source>
        <translation>Arbeitsspeicher, den der generierte Code während der Modellausführung nutzt: die Tensoren zwischen den Operatoren und die eigenen Puffer der Operatoren.</translation>
    </message>
    <message>
        <source>weights in the code</source>
        <translation>Gewichte im Code</translation>
    </message>
    <message>
        <source>Weights and other constants written into the generated C (listed below), read from flash.</source>
        <translation>Gewichte und andere Konstanten, die in den generierten C-Code geschrieben sind (unten aufgeführt); sie werden aus dem Flash gelesen.</translation>
    </message>
    <message>
        <source>parameters file</source>
        <translation>Parameterdatei</translation>
    </message>
    <message>
        <source>The firmware does not load this file: it uses the weights in the code.</source>
        <translation>Die Firmware lädt diese Datei nicht: Sie nutzt die Gewichte im Code.</translation>
    </message>
    <message>
        <source>The graph executor loads the parameters file (embedded in the firmware) into the storage ids.</source>
        <translation>Der Graph-Executor lädt die (in die Firmware eingebettete) Parameterdatei in die Storage-IDs.</translation>
    </message>
    <message>
        <source>The graph executor allocates one buffer per storage id for the whole run: inputs, outputs, intermediate tensors and parameters not linked into the code.</source>
        <translation>Der Graph-Executor belegt für den gesamten Lauf einen Puffer pro Storage-ID: Eingaben, Ausgaben, Zwischenergebnisse und nicht in den Code gelinkte Parameter.</translation>
    </message>
    <message>
        <source>linked storage ids</source>
        <translation>gelinkte Storage-IDs</translation>
    </message>
    <message>
        <source>Storage ids served by parameters linked into the code (-link-params): they stay in flash.</source>
        <translation>Storage-IDs, die durch in den Code gelinkte Parameter (-link-params) abgedeckt sind: Sie bleiben im Flash.</translation>
    </message>
    <message>
        <source>largest operator workspace</source>
        <translation>größter Operator-Workspace</translation>
    </message>
    <message>
        <source>Each operator allocates its workspace while it runs; the largest one counts.</source>
        <translation>Jeder Operator belegt seinen Workspace, während er läuft; der größte zählt.</translation>
    </message>
    <message>
        <source>The workspace arrays the code declares (USMP pools): every tensor between operators and their scratch lives in them.</source>
        <translation>Die Workspace-Arrays, die der Code deklariert (USMP-Pools): Darin liegen alle Tensoren zwischen den Operatoren und deren Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Nothing in this archive gives its workspace, io or constants (no metadata.json, no C interface header, no workspace arrays in the code), so the fit cannot be checked. Its C sources hold %1.</source>
        <translation>Nichts in diesem Archiv nennt Workspace, E/A oder Konstanten (keine metadata.json, kein Header der C-Schnittstelle, keine Workspace-Arrays im Code), daher lässt sich nicht prüfen, ob es passt. Seine C-Quelltexte umfassen %1.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Cannot tell whether it fits: it needs %1 of RAM (%2) and %3 of flash.</source>
        <translation>Ob es passt, lässt sich nicht feststellen: Es benötigt %1 RAM (%2) und %3 Flash.</translation>
    </message>
    <message>
        <source>Nothing in the archive gives the figures the estimates need.</source>
        <translation>Nichts im Archiv liefert die Werte, die die Schätzungen benötigen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n modules together (one firmware links them all): RAM %1, flash %2</source>
        <translation>
            <numerusform>Insgesamt %n Modul (eine Firmware linkt alle): RAM %1, Flash %2</numerusform>
            <numerusform>Alle %n Module zusammen (eine Firmware linkt sie alle): RAM %1, Flash %2</numerusform>
        </translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>fit unknown</source>
        <translation>unklar, ob es passt</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Other constant arrays the generated C declares (listed below), read from flash.</source>
        <translation>Weitere konstante Arrays, die der generierte C-Code deklariert (unten aufgeführt), gelesen aus dem Flash.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Board chosen from the target&apos;s %1.</source>
        <translation>Board nach dem %1 des Targets gewählt.</translation>
    </message>
    <message>
        <source>Board chosen from the target&apos;s %1: the smallest with that core (also: %2).</source>
        <translation>Board nach dem %1 des Targets gewählt: das kleinste mit diesem Kern (auch: %2).</translation>
    </message>
    <message>
        <source>Board chosen from the target&apos;s %1 (also: %2).</source>
        <translation>Board nach dem %1 des Targets gewählt (auch: %2).</translation>
    </message>
    <message>
        <source>The RAM checked is the %1 the template&apos;s default build leaves the application, not the chip&apos;s %2.</source>
        <translation>Geprüft wird der RAM von %1, den der Standard-Build der Vorlage der Anwendung lässt, nicht die %2 des Chips.</translation>
    </message>
</context>
<context>
    <name>MemoryPane</name>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Board hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>RAM:</source>
        <translation>RAM:</translation>
    </message>
    <message>
        <source>The board&apos;s RAM in KiB (0: do not check RAM).</source>
        <translation>Der RAM des Boards in KiB (0: RAM nicht prüfen).</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>The board&apos;s flash in KiB (0: do not check flash).</source>
        <translation>Der Flash des Boards in KiB (0: Flash nicht prüfen).</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Save the RAM and flash sizes above as one of your boards.</source>
        <translation>Die obigen RAM- und Flash-Größen als eigenes Board speichern.</translation>
    </message>
    <message>
        <source>Remove this board from your boards.</source>
        <translation>Dieses Board aus Ihren Boards entfernen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>How are these figures made?</source>
        <translation>Wie entstehen diese Werte?</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Layout timeline</source>
        <translation>Layout-Zeitleiste</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Board hinzufügen</translation>
    </message>
    <message>
        <source>Type the board&apos;s RAM and flash sizes first.</source>
        <translation>Geben Sie zuerst die RAM- und Flash-Größe des Boards ein.</translation>
    </message>
    <message>
        <source>Keep RAM %1 and flash %2 as a board named:</source>
        <translation>RAM %1 und Flash %2 als Board speichern mit dem Namen:</translation>
    </message>
    <message>
        <source>Remove a board</source>
        <translation>Board entfernen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export the memory map</source>
        <translation>Speicherbelegung exportieren</translation>
    </message>
    <message>
        <source>cannot write the image %1</source>
        <translation>das Bild %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Memory of module %1</source>
        <translation>Speicher von Modul %1</translation>
    </message>
    <message>
        <source>RAM estimate %1 = %2 · flash estimate %3 = %4</source>
        <translation>RAM-Schätzung %1 = %2 · Flash-Schätzung %3 = %4</translation>
    </message>
    <message>
        <source>No module.</source>
        <translation>Kein Modul.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>Each row is a storage id: the graph executor allocates one buffer per storage id for the whole run, drawn here one after another in id order. A box spans the steps from the operator that writes the tensor to the last one that reads it; tensors that share a storage id share a row. Operator workspace sits above, live while its operator runs.</source>
        <translation>Jede Zeile ist eine Storage-ID: Der Graph-Executor belegt für den gesamten Lauf einen Puffer pro Storage-ID, hier nacheinander in ID-Reihenfolge gezeichnet. Ein Kasten reicht vom Schritt des Operators, der den Tensor schreibt, bis zum letzten, der ihn liest; Tensoren mit derselben Storage-ID teilen sich eine Zeile. Der Workspace der Operatoren liegt darüber und ist belegt, solange der jeweilige Operator läuft.</translation>
    </message>
    <message>
        <source>The archive gives no offsets for the AOT executor&apos;s buffers: each box is the workspace of one operator call, live while it runs, in the order the executor makes the calls. The tensors passed between operators are not shown.</source>
        <translation>Das Archiv nennt keine Offsets für die Puffer des AOT-Executors: Jeder Kasten ist der Workspace eines Operator-Aufrufs, belegt, solange dieser läuft, in der Reihenfolge, in der der Executor die Aufrufe macht. Die zwischen Operatoren übergebenen Tensoren werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>Peak: %1 live at step %2 (%3); the layout spans %4.</source>
        <translation>Spitze: %1 belegt bei Schritt %2 (%3); das Layout umfasst %4.</translation>
    </message>
    <message>
        <source>No memory figures (no metadata.json)</source>
        <translation>Keine Speicherwerte (keine metadata.json)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)
%4</source>
        <translation>%1: %2 (%3)
%4</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Left free on the board: RAM %1, flash %2</source>
        <translation>Frei auf dem Board: RAM %1, Flash %2</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>RAM over by %1</source>
        <translation>RAM um %1 überschritten</translation>
    </message>
    <message>
        <source>flash over by %1</source>
        <translation>Flash um %1 überschritten</translation>
    </message>
    <message>
        <source>Where the estimate goes</source>
        <translation>Aufteilung der Schätzung</translation>
    </message>
    <message numerus="yes">
        <source>All %n operator(s). Double-click one to show it in the Operators pane.</source>
        <translation>
            <numerusform>Insgesamt %n Operator. Doppelklicken Sie darauf, um ihn im Bereich „Operatoren“ anzuzeigen.</numerusform>
            <numerusform>Alle %n Operatoren. Doppelklicken Sie auf einen, um ihn im Bereich „Operatoren“ anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No per-operator workspace figures in this module.</source>
        <translation>Keine Workspace-Werte pro Operator in diesem Modul.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Click to show it.</source>
        <translation>Zum Anzeigen klicken.</translation>
    </message>
    <message>
        <source>The %1 operators with the most workspace, of %2</source>
        <translation>Die %1 Operatoren mit dem meisten Workspace, von %2</translation>
    </message>
    <message>
        <source>Workspace per operator</source>
        <translation>Workspace pro Operator</translation>
    </message>
    <message>
        <source>This module has no C interface header (codegen/host/include), so it declares no memory pools.</source>
        <translation>Dieses Modul hat keinen Header der C-Schnittstelle (codegen/host/include) und deklariert daher keine Speicher-Pools.</translation>
    </message>
    <message>
        <source>This module&apos;s C interface declares no memory pools: the generated code holds its workspace itself.</source>
        <translation>Die C-Schnittstelle dieses Moduls deklariert keine Speicher-Pools: Der generierte Code hält seinen Workspace selbst.</translation>
    </message>
    <message>
        <source>Memory pools declared in the C interface (codegen/host/include): your application provides a buffer of this size for each, and can place each in a memory region of its choice. Double-click a pool to open the header.</source>
        <translation>In der C-Schnittstelle (codegen/host/include) deklarierte Speicher-Pools: Ihre Anwendung stellt für jeden einen Puffer dieser Größe bereit und kann jeden in einem Speicherbereich ihrer Wahl ablegen. Doppelklicken Sie auf einen Pool, um den Header zu öffnen.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Used by calls</source>
        <translation>In Aufrufen</translation>
    </message>
    <message>
        <source>At peak</source>
        <translation>Bei Spitze</translation>
    </message>
    <message>
        <source>Activations (RAM)</source>
        <translation>Aktivierungen (RAM)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Weights (flash)</source>
        <translation>Gewichte (Flash)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The metadata, the header and the code agree: nothing to report.</source>
        <translation>Metadaten, Header und Code stimmen überein: nichts zu melden.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n warning(s))</source>
        <translation>
            <numerusform>Befunde (%n Warnung)</numerusform>
            <numerusform>Befunde (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Befunde (%n)</numerusform>
            <numerusform>Befunde (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the AOT executor&apos;s main function: each box is a tensor, from the first call that uses it to the last (the runtime&apos;s allocator: from allocation to free), at its offset in its pool; one band per pool, then the allocator&apos;s buffers and the application&apos;s inputs and outputs. Hatched sizes are upper bounds from the neighbouring offsets.</source>
        <translation>Aus der Hauptfunktion des AOT-Executors gelesen: Jeder Kasten ist ein Tensor, vom ersten Aufruf, der ihn nutzt, bis zum letzten (beim Allocator der Runtime: von der Belegung bis zur Freigabe), an seinem Offset in seinem Pool; ein Band pro Pool, danach die Puffer des Allocators und die Ein- und Ausgaben der Anwendung. Schraffierte Größen sind Obergrenzen, die sich aus den benachbarten Offsets ergeben.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (buffer of %2)</source>
        <translation>%1 (Puffer von %2)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>The code gives no tensors for this module (no AOT main function and no graph).</source>
        <translation>Der Code nennt keine Tensoren für dieses Modul (keine AOT-Hauptfunktion und kein Graph).</translation>
    </message>
    <message>
        <source>What the RAM holds while the model runs, read from the %1. Peak: %2 at call %3 of %4 (%5); the tensors held then are in bold. “≤” marks a size bounded by the next tensor&apos;s offset.</source>
        <translation>Was der RAM während der Modellausführung enthält, gelesen aus %1. Spitze: %2 bei Aufruf %3 von %4 (%5); die dann belegten Tensoren sind fett. „≤“ kennzeichnet eine Größe, die durch den Offset des nächsten Tensors begrenzt ist.</translation>
    </message>
    <message>
        <source>graph&apos;s storage ids</source>
        <translation>den Storage-IDs des Graphen</translation>
    </message>
    <message>
        <source>generated C&apos;s main function</source>
        <translation>der Hauptfunktion des generierten C-Codes</translation>
    </message>
    <message>
        <source>No weights in the code: the graph executor loads the parameters file (%1).</source>
        <translation>Keine Gewichte im Code: Der Graph-Executor lädt die Parameterdatei (%1).</translation>
    </message>
    <message>
        <source>The generated C declares no constant arrays.</source>
        <translation>Der generierte C-Code deklariert keine konstanten Arrays.</translation>
    </message>
    <message numerus="yes">
        <source>%n array(s) of weights and constants written into the generated C: %1 of flash.</source>
        <translation>
            <numerusform>%n Array mit Gewichten und Konstanten im generierten C-Code: %1 Flash.</numerusform>
            <numerusform>%n Arrays mit Gewichten und Konstanten im generierten C-Code: %1 Flash.</numerusform>
        </translation>
    </message>
    <message>
        <source>storage ids</source>
        <translation>Storage-IDs</translation>
    </message>
    <message>
        <source>runtime allocator</source>
        <translation>Allokator der Runtime</translation>
    </message>
    <message>
        <source>application (io)</source>
        <translation>Anwendung (E/A)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n array(s)</source>
        <translation>
            <numerusform>%1: %n Array</numerusform>
            <numerusform>%1: %n Arrays</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms: &lt;a href=&quot;glossary:workspace&quot;&gt;workspace&lt;/a&gt;, &lt;a href=&quot;glossary:io&quot;&gt;io&lt;/a&gt;, &lt;a href=&quot;glossary:constants&quot;&gt;constants&lt;/a&gt;, &lt;a href=&quot;glossary:storage-id&quot;&gt;storage id&lt;/a&gt;, &lt;a href=&quot;glossary:pool&quot;&gt;pool&lt;/a&gt;, &lt;a href=&quot;glossary:link-params&quot;&gt;link-params&lt;/a&gt;</source>
        <translation>Begriffe: &lt;a href=&quot;glossary:workspace&quot;&gt;Workspace&lt;/a&gt;, &lt;a href=&quot;glossary:io&quot;&gt;E/A&lt;/a&gt;, &lt;a href=&quot;glossary:constants&quot;&gt;Konstanten&lt;/a&gt;, &lt;a href=&quot;glossary:storage-id&quot;&gt;Storage-ID&lt;/a&gt;, &lt;a href=&quot;glossary:pool&quot;&gt;Pool&lt;/a&gt;, &lt;a href=&quot;glossary:link-params&quot;&gt;link-params&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MemoryTimelineView</name>
    <message>
        <source>%1
%2, %3 at offset %4
live from step %5 to step %6</source>
        <translation>%1
%2, %3 bei Offset %4
belegt von Schritt %5 bis Schritt %6</translation>
    </message>
    <message>
        <source>Click to show the operator.</source>
        <translation>Klicken, um den Operator anzuzeigen.</translation>
    </message>
    <message>
        <source>execution order (step)</source>
        <translation>Ausführungsreihenfolge (Schritt)</translation>
    </message>
    <message>
        <source>peak %1 live at step %2</source>
        <translation>Spitze %1 belegt bei Schritt %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MonitorFilter</name>
    <message>
        <source>the regular expression %1 is not valid: %2 (at character %3)</source>
        <translation>der reguläre Ausdruck %1 ist ungültig: %2 (bei Zeichen %3)</translation>
    </message>
</context>
<context>
    <name>MonitorModel</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>saving %1 was cancelled</source>
        <translation>das Speichern von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>MonitorPane</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>/dev/ttyACM0</source>
        <translation>/dev/ttyACM0</translation>
    </message>
    <message>
        <source>The serial port; boards the catalogue knows by their USB id are named. A path may be typed.</source>
        <translation>Der serielle Port; Boards, die der Katalog an ihrer USB-ID erkennt, werden mit Namen angezeigt. Ein Pfad kann auch eingegeben werden.</translation>
    </message>
    <message>
        <source>↻</source>
        <translation>↻</translation>
    </message>
    <message>
        <source>Look for serial ports again</source>
        <translation>Erneut nach seriellen Ports suchen</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Data bits, parity (None, Even, Odd) and stop bits</source>
        <translation>Datenbits, Parität (N = keine, E = gerade, O = ungerade) und Stoppbits</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Unticked, the view holds still; nothing that comes in is lost.</source>
        <translation>Die neueste Zeile sichtbar halten. Ohne Häkchen bleibt die Ansicht stehen; eingehende Daten gehen dabei nicht verloren.</translation>
    </message>
    <message>
        <source>Show the bytes in hex and ASCII</source>
        <translation>Die Bytes als Hex und ASCII anzeigen</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time since the line before</source>
        <translation>Zeit seit der vorigen Zeile</translation>
    </message>
    <message>
        <source>Timestamps: when each line came, or the gap since the line before</source>
        <translation>Zeitstempel: wann jede Zeile eintraf oder der Abstand zur vorigen Zeile</translation>
    </message>
    <message>
        <source> k lines</source>
        <translation> Tsd. Zeilen</translation>
    </message>
    <message>
        <source>How many lines are kept; the oldest go first</source>
        <translation>Wie viele Zeilen behalten werden; die ältesten werden zuerst verworfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Log speichern…</translation>
    </message>
    <message>
        <source>Save capture…</source>
        <translation>Mitschnitt speichern…</translation>
    </message>
    <message>
        <source>Every byte both ways, with times, as pcapng for the Inspector, Wireshark or mtvw-cli decode</source>
        <translation>Jedes Byte beider Richtungen mit Zeiten, als pcapng für den Inspektor, Wireshark oder mtvw-cli decode</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Filter lines (text or regular expression)</source>
        <translation>Zeilen filtern (Text oder regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Find the line before that matches</source>
        <translation>Vorherige passende Zeile suchen</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Find the next line that matches</source>
        <translation>Nächste passende Zeile suchen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Show only the lines that match</source>
        <translation>Nur die passenden Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Text to send (Enter)</source>
        <translation>Zu sendender Text (Eingabetaste)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Hex-Bytes</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>no serial ports found; type a path</source>
        <translation>keine seriellen Ports gefunden; Pfad eingeben</translation>
    </message>
    <message>
        <source>name a serial port to connect to</source>
        <translation>einen seriellen Port für die Verbindung angeben</translation>
    </message>
    <message>
        <source>the baud rate %1 is not a number</source>
        <translation>die Baudrate %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not hex bytes (pairs of 0-9 and a-f, spaces allowed)</source>
        <translation>„%1“ sind keine Hex-Bytes (Paare aus 0-9 und a-f, Leerzeichen erlaubt)</translation>
    </message>
    <message>
        <source>not connected to a board: nothing was sent</source>
        <translation>nicht mit einem Board verbunden: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>the regular expression %1 is not valid: %2</source>
        <translation>der reguläre Ausdruck %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>No match above</source>
        <translation>Kein Treffer weiter oben</translation>
    </message>
    <message>
        <source>No match below</source>
        <translation>Kein Treffer weiter unten</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>No match in %n line(s); press again to go on</source>
        <translation>
            <numerusform>Kein Treffer in %n Zeile; erneut drücken, um weiterzusuchen</numerusform>
            <numerusform>Kein Treffer in %n Zeilen; erneut drücken, um weiterzusuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Released for flashing: %1</source>
        <translation>Zum Flashen freigegeben: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for the board to return: %1</source>
        <translation>Warten auf die Rückkehr des Boards: %1</translation>
    </message>
    <message>
        <source>Replaying %1</source>
        <translation>%1 wird wiedergegeben</translation>
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation>%1 Zeilen · %2</translation>
    </message>
    <message>
        <source> · paused, %1 new</source>
        <translation> · angehalten, %1 neu</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>Save the monitor&apos;s log</source>
        <translation>Log des Monitors speichern</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Text (*.log *.txt)</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng-Mitschnitt (*.pcapng)</translation>
    </message>
    <message>
        <source>there is no capture to save: nothing has been connected</source>
        <translation>es gibt keinen Mitschnitt zum Speichern: es wurde noch nichts verbunden</translation>
    </message>
    <message>
        <source>cannot read the capture %1: %2</source>
        <translation>der Mitschnitt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the capture (%1) to %2</source>
        <translation>Mitschnitt (%1) in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>OperatorWorkspaceModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>%1 needs %2 of workspace while it runs: %3% of the largest operator&apos;s (%4), which the module&apos;s workspace must hold.</source>
        <translation>%1 braucht während der Ausführung %2 Workspace: %3 % des größten Operators (%4), den der Workspace des Moduls fassen muss.</translation>
    </message>
    <message>
        <source>The operator&apos;s workspace against the largest one&apos;s, which sets the workspace the module needs. Operators run one after another and reuse the same memory, so these do not add up to 100%.</source>
        <translation>Der Workspace des Operators im Verhältnis zum größten, der den Workspace des Moduls bestimmt. Operatoren laufen nacheinander und nutzen denselben Speicher, daher ergeben diese Werte zusammen nicht 100 %.</translation>
    </message>
    <message>
        <source>Of the largest</source>
        <translation>Vom größten</translation>
    </message>
</context>
<context>
    <name>OperatorsController</name>
    <message>
        <source>The archive has no module “%1”</source>
        <translation>Das Archiv hat kein Modul „%1“</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>#%1 of %2, operation “%3”</source>
        <translation>#%1 von %2, Operation „%3“</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>%1, %2, storage id %3</source>
        <translation>%1, %2, Storage-ID %3</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>unknown (the metadata has no figure for this function)</source>
        <translation>unbekannt (die Metadaten nennen keinen Wert für diese Funktion)</translation>
    </message>
    <message>
        <source>Module workspace</source>
        <translation>Workspace des Moduls</translation>
    </message>
    <message>
        <source>%1 (this function: %2 %)</source>
        <translation>%1 (diese Funktion: %2 %)</translation>
    </message>
    <message>
        <source>C code</source>
        <translation>C-Code</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation>
            <numerusform>%1 in %n Zeile</numerusform>
            <numerusform>%1 in %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Output tensors</source>
        <translation>Ausgabetensoren</translation>
    </message>
    <message>
        <source>Buffer %1</source>
        <translation>Puffer %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Unknown: the metadata gives no workspace for this function</source>
        <translation>Unbekannt: Die Metadaten nennen keinen Workspace für diese Funktion</translation>
    </message>
    <message>
        <source>Scratch memory the function needs while it runs: %1</source>
        <translation>Arbeitsspeicher (Workspace), den die Funktion während der Ausführung benötigt: %1</translation>
    </message>
    <message>
        <source>Indexing the C sources…</source>
        <translation>C-Quelltexte werden indiziert…</translation>
    </message>
    <message>
        <source>No C definition found in this module&apos;s sources</source>
        <translation>Keine C-Definition in den Quelltexten dieses Moduls gefunden</translation>
    </message>
    <message>
        <source>Size of the generated C function (source text, not machine code): %1</source>
        <translation>Größe der generierten C-Funktion (Quelltext, nicht Maschinencode): %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Workspace: temporary RAM the operator uses while it runs</source>
        <translation>Workspace: temporärer RAM, den der Operator während der Ausführung nutzt</translation>
    </message>
    <message>
        <source>Bytes of the generated C function</source>
        <translation>Bytes der generierten C-Funktion</translation>
    </message>
    <message>
        <source>The graph nodes that call this function</source>
        <translation>Die Graph-Knoten, die diese Funktion aufrufen</translation>
    </message>
    <message>
        <source>Where the C function is defined (double-click to open it in the browser)</source>
        <translation>Wo die C-Funktion definiert ist (Doppelklick öffnet sie im Browser)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Graph nodes</source>
        <translation>Graph-Knoten</translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation>Eingabeformen</translation>
    </message>
    <message>
        <source>Output shapes</source>
        <translation>Ausgabeformen</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Not called in the order read (graph nodes, or the AOT main function&apos;s calls)</source>
        <translation>In der gelesenen Reihenfolge nicht aufgerufen (Graph-Knoten oder Aufrufe der AOT-Hauptfunktion)</translation>
    </message>
    <message numerus="yes">
        <source>Runs as operator %1 in the model&apos;s order (%n time(s))</source>
        <translation>
            <numerusform>Läuft als Operator %1 in der Reihenfolge des Modells (%n Mal)</numerusform>
            <numerusform>Läuft als Operator %1 in der Reihenfolge des Modells (%n Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the operator runs in the model&apos;s sequence: the graph&apos;s order, or the calls of the AOT main function</source>
        <translation>Wo der Operator in der Abfolge des Modells läuft: die Reihenfolge des Graphen oder die Aufrufe der AOT-Hauptfunktion</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Shapes are known from the graph (graph executor) or the buffer list (operator style); for AOT, the buffers the main function passes, with their sizes</source>
        <translation>Formen sind aus dem Graphen (Graph-Executor) oder der Pufferliste (Operator-Stil) bekannt; für AOT die Puffer, die die Hauptfunktion übergibt, mit ihren Größen</translation>
    </message>
</context>
<context>
    <name>OperatorsPane</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Filter by function or module name (Ctrl+L)</source>
        <translation>Nach Funktions- oder Modulname filtern (Strg+L)</translation>
    </message>
    <message>
        <source>Only with workspace</source>
        <translation>Nur mit Workspace</translation>
    </message>
    <message>
        <source>Show only the operators that need scratch RAM (workspace) while they run</source>
        <translation>Nur die Operatoren anzeigen, die während der Ausführung temporären RAM (Workspace) benötigen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Show the whole C file in the archive browser at this function</source>
        <translation>Die ganze C-Datei im Archiv-Browser an dieser Funktion anzeigen</translation>
    </message>
    <message>
        <source>C code</source>
        <translation>C-Code</translation>
    </message>
    <message>
        <source>TIR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>Graph node</source>
        <translation>Graph-Knoten</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>Kein Archiv</translation>
    </message>
    <message>
        <source>No operator functions</source>
        <translation>Keine Operator-Funktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>%n Operator</numerusform>
            <numerusform>%n Operatoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n operator(s)</source>
        <translation>
            <numerusform>%1 von %n Operator</numerusform>
            <numerusform>%1 von %n Operatoren</numerusform>
        </translation>
    </message>
    <message>
        <source> · indexing C sources…</source>
        <translation> · C-Quelltexte werden indiziert…</translation>
    </message>
    <message>
        <source>Select an operator to see its C code, its TIR, the graph node calling it and its memory.</source>
        <translation>Wählen Sie einen Operator, um seinen C-Code, sein TIR, den aufrufenden Graph-Knoten und seinen Speicher zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; module %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Modul %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>No C definition of this function in the module&apos;s generated sources (it may come from a library or an object file).</source>
        <translation>Keine C-Definition dieser Funktion in den generierten Quelltexten des Moduls (sie stammt vielleicht aus einer Bibliothek oder einer Objektdatei).</translation>
    </message>
    <message>
        <source>No TIR for this function: only operator-style exports (tvm.build) carry src/tir-*.txt.</source>
        <translation>Kein TIR für diese Funktion: Nur Exporte im Operator-Stil (tvm.build) enthalten src/tir-*.txt.</translation>
    </message>
    <message>
        <source>No graph node calls this function.</source>
        <translation>Kein Graph-Knoten ruft diese Funktion auf.</translation>
    </message>
    <message>
        <source>AOT executor: there is no graph; the call order is the generated C code&apos;s run function.</source>
        <translation>AOT-Executor: Es gibt keinen Graph; die Aufrufreihenfolge ergibt sich aus der run-Funktion des generierten C-Codes.</translation>
    </message>
    <message>
        <source>This archive has no executor graph.</source>
        <translation>Dieses Archiv hat keinen Executor-Graph.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;glossary:workspace&quot;&gt;What is a workspace?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;glossary:workspace&quot;&gt;Was ist ein Workspace?&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <source>No options.</source>
        <translation>Keine Optionen.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required for %1</source>
        <translation>Erforderlich für %1</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>&lt;h3&gt;Recent archives&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Zuletzt geöffnete Archive&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;New to the words? The &lt;a href=&quot;glossary:mlf&quot;&gt;glossary&lt;/a&gt; explains workspace, io, constants, storage ids, pools, AOT and graph executors and link-params (Help &amp;gt; Glossary).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sind Ihnen die Begriffe neu? Das &lt;a href=&quot;glossary:mlf&quot;&gt;Glossar&lt;/a&gt; erklärt Workspace, E/A, Konstanten, Storage-IDs, Pools, AOT- und Graph-Executor sowie link-params (Hilfe &amp;gt; Glossar der MLF-Begriffe).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The words used here are explained in the &lt;a href=&quot;glossary:executor&quot;&gt;glossary&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die hier verwendeten Begriffe werden im &lt;a href=&quot;glossary:executor&quot;&gt;Glossar&lt;/a&gt; erklärt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No archive open&lt;/h2&gt;&lt;p&gt;A Model Library Format (MLF) archive is what TVM writes when it compiles a model for a microcontroller: the generated C code, the weights and a plan of the memory the model needs. The workbench shows what is inside, whether it fits your board, and builds and runs it through a template project.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;mtvw:open&quot;&gt;Open an archive…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;mtvw:example&quot;&gt;Open the example&lt;/a&gt; (a small dense model the workbench ships) &amp;nbsp;·&amp;nbsp; or drop a &lt;code&gt;.tar&lt;/code&gt; on this window.&lt;/p&gt;&lt;p&gt;&lt;b&gt;&lt;a href=&quot;mtvw:demo&quot;&gt;Run the demo&lt;/a&gt;&lt;/b&gt;: the example model on a simulated board, in one click (generate, build, flash, run) with its timing live.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Archiv geöffnet&lt;/h2&gt;&lt;p&gt;Ein Model-Library-Format-Archiv (MLF) ist das, was TVM schreibt, wenn es ein Modell für einen Mikrocontroller kompiliert: der generierte C-Code, die Gewichte und ein Plan des Speichers, den das Modell benötigt. Die Workbench zeigt, was darin enthalten ist und ob es auf das Board passt, und sie baut und führt es über ein Template-Projekt aus.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;mtvw:open&quot;&gt;Archiv öffnen…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;mtvw:example&quot;&gt;Beispiel öffnen&lt;/a&gt; (ein kleines Dense-Modell, das die Workbench mitbringt) &amp;nbsp;·&amp;nbsp; oder eine &lt;code&gt;.tar&lt;/code&gt;-Datei auf dieses Fenster ziehen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;&lt;a href=&quot;mtvw:demo&quot;&gt;Demo ausführen&lt;/a&gt;&lt;/b&gt;: das Beispielmodell auf einem simulierten Board, mit einem Klick (generieren, bauen, flashen, ausführen) und mit seinen Zeiten live.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an early format from TVM&apos;s development branch in 2021, before any release</source>
        <translation>ein frühes Format aus dem Entwicklungszweig von TVM aus dem Jahr 2021, vor jedem Release</translation>
    </message>
    <message>
        <source>the format of TVM v0.8</source>
        <translation>das Format von TVM v0.8</translation>
    </message>
    <message>
        <source>a development format of 2022 (between v0.8 and v0.9)</source>
        <translation>ein Entwicklungsformat von 2022 (zwischen v0.8 und v0.9)</translation>
    </message>
    <message>
        <source>the format of TVM v0.9 to v0.18, the current one</source>
        <translation>das Format von TVM v0.9 bis v0.18, das aktuelle</translation>
    </message>
    <message>
        <source>newer than any format this workbench knows; it is read as far as it looks like version 7</source>
        <translation>neuer als jedes Format, das diese Workbench kennt; es wird gelesen, soweit es Version 7 entspricht</translation>
    </message>
    <message>
        <source>ahead-of-time: the model runs as one generated C function that calls the operators in order; no graph is interpreted on the device</source>
        <translation>Ahead-of-Time: Das Modell läuft als eine generierte C-Funktion, die die Operatoren der Reihe nach aufruft; auf dem Gerät wird kein Graph interpretiert</translation>
    </message>
    <message>
        <source>graph executor: a runtime on the device reads the graph JSON and calls the operators it lists</source>
        <translation>Graph-Executor: Eine Laufzeitumgebung auf dem Gerät liest das Graph-JSON und ruft die darin aufgeführten Operatoren auf</translation>
    </message>
    <message>
        <source>an executor this workbench does not know</source>
        <translation>ein Executor, den diese Workbench nicht kennt</translation>
    </message>
    <message>
        <source>C source code, compiled later by the board&apos;s own toolchain</source>
        <translation>C-Quellcode, der später von der eigenen Toolchain des Boards kompiliert wird</translation>
    </message>
    <message>
        <source>machine code compiled by TVM itself (object files in the archive)</source>
        <translation>von TVM selbst kompilierter Maschinencode (Objektdateien im Archiv)</translation>
    </message>
    <message>
        <source>a target TVM compiles for: %1</source>
        <translation>ein Target, für das TVM kompiliert: %1</translation>
    </message>
    <message>
        <source>operator style: separate functions built with tvm.build(), not a whole model; there is no executor, graph or parameters file</source>
        <translation>Operator-Stil: einzelne, mit tvm.build() gebaute Funktionen, kein ganzes Modell; es gibt keinen Executor, keinen Graph und keine Parameterdatei</translation>
    </message>
    <message>
        <source>full-model style: a whole model ready to run, with its executor, parameters and memory plan</source>
        <translation>Vollmodell-Stil: ein ganzes, lauffähiges Modell mit Executor, Parametern und Speicherplan</translation>
    </message>
    <message>
        <source>A Model Library Format (MLF) archive: what TVM writes when it compiles a model for a microcontroller. It holds the generated C code, the model&apos;s weights (parameters) and a description of the memory the model needs (metadata.json).</source>
        <translation>Ein Model-Library-Format-Archiv (MLF): das, was TVM schreibt, wenn es ein Modell für einen Mikrocontroller kompiliert. Es enthält den generierten C-Code, die Gewichte des Modells (Parameter) und eine Beschreibung des Speichers, den das Modell benötigt (metadata.json).</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 in all</source>
        <translation>
            <numerusform>%n Eintrag, insgesamt %1</numerusform>
            <numerusform>%n Einträge, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Metadata version</source>
        <translation>Metadaten-Version</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation> (unbekannt)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>this archive has no metadata.json, so its version, executor and memory figures are unknown</source>
        <translation>dieses Archiv hat keine metadata.json, daher sind Version, Executor und Speicherwerte unbekannt</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;</source>
        <translation>Modul &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The model (module &quot;%1&quot;)</source>
        <translation>Das Modell (Modul &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>the name every generated symbol carries: tvmgen_%1_…</source>
        <translation>der Name, den jedes generierte Symbol trägt: tvmgen_%1_…</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation>Generierter Code</translation>
    </message>
    <message numerus="yes">
        <source>%n C file(s)</source>
        <translation>
            <numerusform>%n C-Datei</numerusform>
            <numerusform>%n C-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n object file(s)</source>
        <translation>
            <numerusform>, %n Objektdatei</numerusform>
            <numerusform>, %n Objektdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>the operators as functions, and for AOT the function that runs them all</source>
        <translation>die Operatoren als Funktionen und bei AOT die Funktion, die sie alle ausführt</translation>
    </message>
    <message>
        <source>C interface</source>
        <translation>C-Schnittstelle</translation>
    </message>
    <message>
        <source>the function an application calls to run the model, declared in %1</source>
        <translation>die Funktion, die eine Anwendung aufruft, um das Modell auszuführen, deklariert in %1</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>the model&apos;s operators and tensors in execution order, read by the graph executor</source>
        <translation>die Operatoren und Tensoren des Modells in Ausführungsreihenfolge, gelesen vom Graph-Executor</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>the trained weights, loaded at run time</source>
        <translation>die trainierten Gewichte, zur Laufzeit geladen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>scratch memory the operators share while the model runs (RAM)</source>
        <translation>Arbeitsspeicher (Workspace), den sich die Operatoren während der Modellausführung teilen (RAM)</translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation>Ein- und Ausgaben</translation>
    </message>
    <message>
        <source>the model&apos;s input and output tensors (RAM)</source>
        <translation>die Ein- und Ausgabetensoren des Modells (RAM)</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>RAM estimate</source>
        <translation>RAM-Schätzung</translation>
    </message>
    <message>
        <source>Flash estimate</source>
        <translation>Flash-Schätzung</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>the generated functions that do the model&apos;s work; see the Operators pane</source>
        <translation>die generierten Funktionen, die die Arbeit des Modells erledigen; siehe Bereich „Operatoren“</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>None: every part this kind of archive should have is there.</source>
        <translation>Keine: Alle Teile, die diese Art von Archiv haben sollte, sind vorhanden.</translation>
    </message>
    <message>
        <source>weights kept by the executor (flash)</source>
        <translation>vom Executor verwaltete Gewichte (Flash)</translation>
    </message>
    <message numerus="yes">
        <source>weights written into the C code as %n constant array(s) (flash)</source>
        <translation>
            <numerusform>Gewichte, als %n konstantes Array in den C-Code geschrieben (Flash)</numerusform>
            <numerusform>Gewichte, als %n konstante Arrays in den C-Code geschrieben (Flash)</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak while running</source>
        <translation>Spitze während der Ausführung</translation>
    </message>
    <message>
        <source>held at call %1 of %2; the Memory pane lists the tensors</source>
        <translation>belegt bei Aufruf %1 von %2; der Bereich „Speicher“ listet die Tensoren auf</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>written by TVM %1, as its standalone C runtime states (external_dependencies); %2</source>
        <translation>geschrieben von TVM %1, wie seine eigenständige C-Runtime angibt (external_dependencies); %2</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>what the application passes in (%1)</source>
        <translation>was die Anwendung übergibt (%1)</translation>
    </message>
    <message>
        <source>from the graph</source>
        <translation>aus dem Graphen</translation>
    </message>
    <message>
        <source>what the model gives back (%1)</source>
        <translation>was das Modell zurückgibt (%1)</translation>
    </message>
    <message>
        <source>as metadata.json lists them</source>
        <translation>wie metadata.json sie aufführt</translation>
    </message>
    <message>
        <source>from the Relay text&apos;s main function</source>
        <translation>aus der main-Funktion des Relay-Texts</translation>
    </message>
    <message>
        <source>from the C interface</source>
        <translation>aus der C-Schnittstelle</translation>
    </message>
    <message>
        <source>from the C interface, shapes from the Relay text</source>
        <translation>aus der C-Schnittstelle, Formen aus dem Relay-Text</translation>
    </message>
</context>
<context>
    <name>ParamsController</name>
    <message>
        <source>This archive has no parameters file. It holds only generated code (no metadata.json); if the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation>Dieses Archiv hat keine Parameterdatei. Es enthält nur generierten Code (keine metadata.json); wurde das Modell mit link-params gebaut, sind seine Gewichte Konstanten in den generierten C-Quelltexten.</translation>
    </message>
    <message>
        <source>The parameters file of module &quot;%1&quot; holds no tensors: the model was built with link-params, so its weights are %2 bytes of constants in the generated C sources.</source>
        <translation>Die Parameterdatei von Modul &quot;%1&quot; enthält keine Tensoren: Das Modell wurde mit link-params gebaut, daher sind seine Gewichte %2 Bytes an Konstanten in den generierten C-Quelltexten.</translation>
    </message>
    <message>
        <source>The parameters file of module &quot;%1&quot; holds no tensors. If the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation>Die Parameterdatei von Modul &quot;%1&quot; enthält keine Tensoren. Wurde das Modell mit link-params gebaut, sind seine Gewichte Konstanten in den generierten C-Quelltexten.</translation>
    </message>
    <message>
        <source>This archive has no parameters file. It is an operator-style archive: its functions take every tensor, weights included, as an argument.</source>
        <translation>Dieses Archiv hat keine Parameterdatei. Es ist ein Archiv im Operator-Stil: Seine Funktionen erhalten jeden Tensor, auch die Gewichte, als Argument.</translation>
    </message>
    <message>
        <source>This archive has no parameters file for module &quot;%1&quot;. If the model was built with link-params, its weights are constants in the generated C sources.</source>
        <translation>Dieses Archiv hat keine Parameterdatei für Modul &quot;%1&quot;. Wurde das Modell mit link-params gebaut, sind seine Gewichte Konstanten in den generierten C-Quelltexten.</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>%1: %2 %3, %4 elements, %5 bytes</source>
        <translation>%1: %2 %3, %4 Elemente, %5 Bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>DType</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>ParamsPane</name>
    <message>
        <source>Log scale</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>Min:</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>Max:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <source>Std dev:</source>
        <translation>Std.-Abw.:</translation>
    </message>
    <message>
        <source>Zeros:</source>
        <translation>Nullen:</translation>
    </message>
    <message>
        <source>NaN:</source>
        <translation>NaN:</translation>
    </message>
    <message>
        <source>±Inf:</source>
        <translation>±Inf:</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>Show the counts on a logarithmic axis, so rare values stay visible</source>
        <translation>Die Anzahlen auf einer logarithmischen Achse zeigen, damit seltene Werte sichtbar bleiben</translation>
    </message>
    <message>
        <source>No archive is open. The parameters (weights and constants) of a model appear here.</source>
        <translation>Kein Archiv geöffnet. Hier erscheinen die Parameter (Gewichte und Konstanten) eines Modells.</translation>
    </message>
    <message>
        <source>%1 tensors, %2</source>
        <translation>%1 Tensoren, %2</translation>
    </message>
    <message>
        <source>%1 bytes of tensor data in %2</source>
        <translation>%1 Bytes Tensordaten in %2</translation>
    </message>
    <message>
        <source>Select a tensor to see its values.</source>
        <translation>Wählen Sie einen Tensor, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No finite values: nothing to draw.</source>
        <translation>Keine endlichen Werte: nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>NaN and ±Inf are left out of min, max, mean, std dev and the histogram.</source>
        <translation>NaN und ±Inf fließen nicht in Min, Max, Mittelwert, Std.-Abw. und Histogramm ein.</translation>
    </message>
    <message>
        <source>No statistics: %1</source>
        <translation>Keine Statistik: %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1: %2 values</source>
        <translation>%1: %2 Werte</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>microTVM Workbench: demo</source>
        <translation>microTVM Workbench: Demo</translation>
    </message>
    <message>
        <source>latest inference</source>
        <translation>letzte Inferenz</translation>
    </message>
    <message>
        <source>inferences per second</source>
        <translation>Inferenzen pro Sekunde</translation>
    </message>
    <message>
        <source>top class</source>
        <translation>Top-Klasse</translation>
    </message>
    <message>
        <source>inference time</source>
        <translation>Inferenzzeit</translation>
    </message>
    <message>
        <source>The timings appear here as the board infers.</source>
        <translation>Die Zeiten erscheinen hier, sobald das Board Inferenzen ausführt.</translation>
    </message>
    <message>
        <source>Stop the demo</source>
        <translation>Demo beenden</translation>
    </message>
    <message>
        <source>Leave full screen (Esc)</source>
        <translation>Vollbild verlassen (Esc)</translation>
    </message>
    <message>
        <source>microTVM on a simulated board</source>
        <translation>microTVM auf einem simulierten Board</translation>
    </message>
    <message>
        <source>%1 on a simulated board</source>
        <translation>%1 auf einem simulierten Board</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>the live connection closed</source>
        <translation>die Live-Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No session: run the model on a simulated board, or use a board the live connection reaches.</source>
        <translation>Keine Sitzung: Führen Sie das Modell auf einem simulierten Board aus oder nutzen Sie ein Board, das die Live-Verbindung erreicht.</translation>
    </message>
    <message>
        <source>Starting the host-sim template…</source>
        <translation>host-sim-Template wird gestartet…</translation>
    </message>
    <message>
        <source>Generating a host-driven project from %1…</source>
        <translation>Ein hostgesteuertes Projekt wird aus %1 generiert…</translation>
    </message>
    <message>
        <source>Building it with the host C compiler…</source>
        <translation>Es wird mit dem C-Compiler des Hosts gebaut…</translation>
    </message>
    <message>
        <source>Flashing the simulated board…</source>
        <translation>Das simulierte Board wird geflasht…</translation>
    </message>
    <message>
        <source>Starting a session with %1…</source>
        <translation>Sitzung mit %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation>Sitzung mit %1</translation>
    </message>
    <message>
        <source>Running one inference on %1…</source>
        <translation>Eine Inferenz läuft auf %1…</translation>
    </message>
    <message>
        <source>Profiling %1 on %2…</source>
        <translation>%1 wird auf %2 vermessen…</translation>
    </message>
    <message>
        <source>Stopped on an error.</source>
        <translation>Wegen eines Fehlers angehalten.</translation>
    </message>
    <message>
        <source>session 0x%1 · packets up to %2 bytes · handshake retry %3 s, start %4 s · replies within %5 s</source>
        <translation>Sitzung 0x%1 · Pakete bis %2 Bytes · Handshake-Wiederholung %3 s, Start %4 s · Antworten binnen %5 s</translation>
    </message>
    <message>
        <source>no archive to run: open one first</source>
        <translation>kein Archiv zum Ausführen: Öffnen Sie zuerst eines</translation>
    </message>
    <message>
        <source>host-sim board (RPC) running %1</source>
        <translation>host-sim-Board (RPC), auf dem %1 läuft</translation>
    </message>
    <message>
        <source>the window has no live connection: connect a board in the Monitor pane first</source>
        <translation>das Fenster hat keine Live-Verbindung: Verbinden Sie zuerst ein Board im Bereich „Monitor“</translation>
    </message>
    <message>
        <source>%1 is a replay: a session needs a board that answers</source>
        <translation>%1 ist eine Wiedergabe: Eine Sitzung braucht ein Board, das antwortet</translation>
    </message>
    <message>
        <source>the session ended: %1</source>
        <translation>die Sitzung ist beendet: %1</translation>
    </message>
    <message>
        <source>the device reports an input of %1 (at most %2 bytes are sent)</source>
        <translation>das Gerät meldet eine Eingabe %1 (höchstens %2 Bytes werden gesendet)</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; the model&apos;s inputs take %3</source>
        <translation>%1 enthält %2 Bytes; die Eingaben des Modells benötigen %3</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 %3: %n byte(s)</source>
        <translation>
            <numerusform>%1/%2 %3: %n Byte</numerusform>
            <numerusform>%1/%2 %3: %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>    shape [%1], checksum 0x%2, first values %3%4</source>
        <translation>    Shape [%1], Prüfsumme 0x%2, erste Werte %3%4</translation>
    </message>
    <message>
        <source>run: %1 ms round trip</source>
        <translation>Lauf: %1 ms Umlaufzeit</translation>
    </message>
    <message>
        <source>no session to run an inference on</source>
        <translation>keine Sitzung, auf der eine Inferenz laufen könnte</translation>
    </message>
    <message>
        <source>no session to profile on</source>
        <translation>keine Sitzung, auf der vermessen werden könnte</translation>
    </message>
    <message>
        <source>the archive&apos;s operators are still being read</source>
        <translation>die Operatoren des Archivs werden noch gelesen</translation>
    </message>
    <message numerus="yes">
        <source>The whole model, %n repeat(s)</source>
        <translation>
            <numerusform>Das ganze Modell, %n Wiederholung</numerusform>
            <numerusform>Das ganze Modell, %n Wiederholungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>timing…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) on the device&apos;s clock</source>
        <translation>
            <numerusform>%n Wiederholung mit der Uhr des Geräts</numerusform>
            <numerusform>%n Wiederholungen mit der Uhr des Geräts</numerusform>
        </translation>
    </message>
    <message>
        <source>The operator function (its C name without tvmgen_&lt;module&gt;_)</source>
        <translation>Die Operatorfunktion (ihr C-Name ohne tvmgen_&lt;Modul&gt;_)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>How often one inference calls it</source>
        <translation>Wie oft eine Inferenz sie aufruft</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>The fastest repeat: microseconds per call on the device&apos;s clock</source>
        <translation>Die schnellste Wiederholung: Mikrosekunden je Aufruf mit der Uhr des Geräts</translation>
    </message>
    <message>
        <source>Min µs</source>
        <translation>Min. µs</translation>
    </message>
    <message>
        <source>The median repeat: microseconds per call on the device&apos;s clock</source>
        <translation>Der Median der Wiederholungen: Mikrosekunden je Aufruf mit der Uhr des Geräts</translation>
    </message>
    <message>
        <source>Median µs</source>
        <translation>Median µs</translation>
    </message>
    <message>
        <source>Median × calls per run, of the whole model&apos;s median (or of the operators&apos; sum when the model has no figure)</source>
        <translation>Median × Aufrufe je Lauf, bezogen auf den Median des ganzen Modells (oder auf die Summe der Operatoren, wenn das Modell keinen Wert hat)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Workspace bytes the metadata gives it</source>
        <translation>Workspace-Bytes laut Metadaten</translation>
    </message>
    <message>
        <source>Workspace B</source>
        <translation>Workspace B</translation>
    </message>
    <message>
        <source>Bytes of its C function in the generated sources</source>
        <translation>Bytes ihrer C-Funktion in den generierten Quellen</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>Code B</translation>
    </message>
    <message>
        <source>Why it has no figures, if it has none</source>
        <translation>Warum sie keine Werte hat, falls sie keine hat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Run on host-sim</source>
        <translation>Auf host-sim ausführen</translation>
    </message>
    <message>
        <source>Use the live connection</source>
        <translation>Live-Verbindung nutzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Code zeigen</translation>
    </message>
    <message>
        <source>Generate a host-driven project from the archive with the host-sim template, build it, flash it and start a session with it on the live connection (the Inspector shows every RPC exchange)</source>
        <translation>Mit dem host-sim-Template ein hostgesteuertes Projekt aus dem Archiv generieren, bauen, flashen und über die Live-Verbindung eine Sitzung damit starten (der Inspektor zeigt jeden RPC-Austausch)</translation>
    </message>
    <message>
        <source>Start a session with the board on the live connection (it must run RPC firmware)</source>
        <translation>Eine Sitzung mit dem Board an der Live-Verbindung starten (es muss RPC-Firmware ausführen)</translation>
    </message>
    <message>
        <source>End the session; a simulated board&apos;s program ends with it</source>
        <translation>Die Sitzung beenden; das Programm eines simulierten Boards endet mit ihr</translation>
    </message>
    <message>
        <source>Double-click an operator to see its C code in the Operators pane</source>
        <translation>Doppelklick auf einen Operator zeigt seinen C-Code im Bereich „Operatoren“</translation>
    </message>
    <message>
        <source>the whole model</source>
        <translation>das ganze Modell</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>Einsen</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>What the inputs hold: zeros, the value 1, random values (floats in [0, 1), other types random bytes) or a file&apos;s raw bytes of every input, concatenated in input order</source>
        <translation>Was die Eingaben enthalten: Nullen, den Wert 1, Zufallswerte (Gleitkommazahlen in [0, 1), andere Typen zufällige Bytes) oder die rohen Bytes aller Eingaben aus einer Datei, in der Reihenfolge der Eingaben aneinandergehängt</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <source>The random inputs&apos; seed: the same seed gives the same inputs</source>
        <translation>Der Startwert der Zufallseingaben: Derselbe Startwert ergibt dieselben Eingaben</translation>
    </message>
    <message>
        <source>Run inference</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The outputs appear here.</source>
        <translation>Die Ausgaben erscheinen hier.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Vermessen</translation>
    </message>
    <message>
        <source>repeat </source>
        <translation>Wdh. </translation>
    </message>
    <message>
        <source>Measurements per operator: min and median are over these</source>
        <translation>Messungen je Operator: Minimum und Median beziehen sich auf sie</translation>
    </message>
    <message>
        <source>number </source>
        <translation>Aufrufe </translation>
    </message>
    <message>
        <source>Calls per measurement: a measurement is their mean, for operators too short for the clock</source>
        <translation>Aufrufe je Messung: Eine Messung ist ihr Mittelwert, für Operatoren, die für die Uhr zu kurz sind</translation>
    </message>
    <message>
        <source>Time every operator function and the whole model on the device&apos;s own clock (runtime.RPCTimeEvaluator)</source>
        <translation>Jede Operatorfunktion und das ganze Modell mit der eigenen Uhr des Geräts messen (runtime.RPCTimeEvaluator)</translation>
    </message>
    <message>
        <source>Choose the inputs&apos; raw bytes</source>
        <translation>Die rohen Bytes der Eingaben auswählen</translation>
    </message>
    <message>
        <source>Raw data (*.bin *.raw);;All files (*)</source>
        <translation>Rohdaten (*.bin *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Das ganze Modell</translation>
    </message>
    <message>
        <source>The AOT executor&apos;s run, timed on the device&apos;s clock like each operator</source>
        <translation>Der Lauf des AOT-Executors, wie jeder Operator mit der Uhr des Geräts gemessen</translation>
    </message>
    <message>
        <source>Choose the file that holds the inputs&apos; bytes first.</source>
        <translation>Wählen Sie zuerst die Datei mit den Bytes der Eingaben.</translation>
    </message>
    <message>
        <source>No figure of its own: %1. The shares are of the operators&apos; sum.</source>
        <translation>Kein eigener Wert: %1. Die Anteile beziehen sich auf die Summe der Operatoren.</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>%1
  cannot start: %2
</source>
        <translation>%1
  kann nicht gestartet werden: %2
</translation>
    </message>
    <message>
        <source>%1 (%2)
</source>
        <translation>%1 (%2)
</translation>
    </message>
    <message>
        <source>Platform:  %1
Kind:      %2
</source>
        <translation>Plattform: %1
Art:       %2
</translation>
    </message>
    <message>
        <source>template project</source>
        <translation>Template-Projekt</translation>
    </message>
    <message>
        <source>generated project</source>
        <translation>generiertes Projekt</translation>
    </message>
    <message>
        <source>Model:     %1
</source>
        <translation>Modell:    %1
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>generated %1
</source>
        <translation>%1 generiert
</translation>
    </message>
    <message>
        <source>%1 done in %2 s
</source>
        <translation>%1 fertig in %2 s
</translation>
    </message>
    <message>
        <source>Drive a template project through the Project API.</source>
        <translation>Ein Template-Projekt über die Project API steuern.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>A project option, key=value.</source>
        <translation>Eine Projektoption, key=value.</translation>
    </message>
    <message>
        <source>info DIR | generate TEMPLATE ARCHIVE OUTDIR | build DIR | flash DIR | run DIR</source>
        <translation>info DIR | generate TEMPLATE ARCHIVE OUTDIR | build DIR | flash DIR | run DIR</translation>
    </message>
    <message>
        <source>mtvw-cli templates [--json]: lists the template projects (the bundled ones, the folders in $MTVW_TEMPLATES, &apos;:&apos;-separated, and TVM&apos;s) with each server&apos;s platform and options, or why it cannot start.</source>
        <translation>mtvw-cli templates [--json]: listet die Template-Projekte (die mitgelieferten, die Ordner in $MTVW_TEMPLATES, durch „:“ getrennt, und die von TVM) mit Plattform und Optionen jedes Servers oder dem Grund, warum er nicht startet.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standardwert</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>choices: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>erforderlich für %1</translation>
    </message>
    <message>
        <source>
Folders looked into without a template server (microtvm_api_server.py is looked for in each folder, its subfolders and theirs):
</source>
        <translation>
Durchsuchte Ordner ohne Template-Server (microtvm_api_server.py wird in jedem Ordner, seinen Unterordnern und deren Unterordnern gesucht):
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>
Summary:
</source>
        <translation>
Zusammenfassung:
</translation>
    </message>
    <message>
        <source>wants key=value, got &quot;%1&quot;</source>
        <translation>erwartet key=value, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 template has no such option; it has: %2</source>
        <translation>das Template %1 hat keine solche Option; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>wants a whole number, got &quot;%1&quot;</source>
        <translation>erwartet eine ganze Zahl, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>takes no arguments (see mtvw-cli templates --help)</source>
        <translation>erwartet keine Argumente (siehe mtvw-cli templates --help)</translation>
    </message>
    <message>
        <source>exists already; generate_project creates the project folder itself</source>
        <translation>existiert bereits; generate_project legt den Projektordner selbst an</translation>
    </message>
    <message>
        <source>is a generated project, not a template</source>
        <translation>ist ein generiertes Projekt, kein Template</translation>
    </message>
    <message>
        <source>Print JSON (info, run).</source>
        <translation>JSON ausgeben (info, run).</translation>
    </message>
    <message>
        <source> (see mtvw-cli project --help)</source>
        <translation> (siehe mtvw-cli project --help)</translation>
    </message>
    <message>
        <source>unknown or incomplete command (see mtvw-cli project --help)</source>
        <translation>unbekannter oder unvollständiger Befehl (siehe mtvw-cli project --help)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>no folder chosen</source>
        <translation>kein Ordner ausgewählt</translation>
    </message>
    <message>
        <source>%1 is a generated project, not a template</source>
        <translation>%1 ist ein generiertes Projekt, kein Template</translation>
    </message>
    <message>
        <source>%1 exists already: generate_project makes the project folder itself; choose a new one</source>
        <translation>%1 existiert bereits: generate_project legt den Projektordner selbst an; wählen Sie einen neuen</translation>
    </message>
    <message>
        <source>not asked: looking for templates was cancelled</source>
        <translation>nicht gefragt: die Suche nach Templates wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <source>Choose a template project</source>
        <translation>Template-Projekt auswählen</translation>
    </message>
    <message>
        <source>The template project (or generated project) whose server to talk to</source>
        <translation>Das Template-Projekt (oder generierte Projekt), mit dessen Server kommuniziert wird</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder of template projects (or one template) to the list; it is remembered</source>
        <translation>Einen Ordner mit Template-Projekten (oder ein einzelnes Template) zur Liste hinzufügen; er wird gespeichert</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a project folder generated earlier, to build or flash it</source>
        <translation>Einen früher generierten Projektordner öffnen, um ihn zu bauen oder zu flashen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for template projects again and restart the chosen folder&apos;s server</source>
        <translation>Erneut nach Template-Projekten suchen und den Server des ausgewählten Ordners neu starten</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Generate from another Model Library Format archive</source>
        <translation>Aus einem anderen Model-Library-Format-Archiv generieren</translation>
    </message>
    <message>
        <source>The new project folder; it must not exist yet</source>
        <translation>Der neue Projektordner; er darf noch nicht existieren</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Make a new project from the archive with the chosen template</source>
        <translation>Mit dem ausgewählten Template ein neues Projekt aus dem Archiv erstellen</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archiv:</translation>
    </message>
    <message>
        <source>New project:</source>
        <translation>Neues Projekt:</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flashen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy as tvmc command</source>
        <translation>Als tvmc-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the tvmc micro command lines that do the same to the clipboard</source>
        <translation>Die tvmc-micro-Befehlszeilen, die dasselbe tun, in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>The server&apos;s output appears here.</source>
        <translation>Die Ausgabe des Servers erscheint hier.</translation>
    </message>
    <message>
        <source>(no archive open: choose one)</source>
        <translation>(kein Archiv geöffnet: wählen Sie eines aus)</translation>
    </message>
    <message>
        <source>Archive to generate from</source>
        <translation>Archiv, aus dem generiert wird</translation>
    </message>
    <message>
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Model-Library-Format-Archive (*.tar *.tar.gz *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of template projects</source>
        <translation>Ordner mit Template-Projekten</translation>
    </message>
    <message>
        <source>Generated project folder</source>
        <translation>Generierter Projektordner</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
    <message>
        <source>Fill in the new project&apos;s folder.</source>
        <translation>Bitte geben Sie den Ordner des neuen Projekts an.</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>In die Zwischenablage kopiert:
%1</translation>
    </message>
    <message>
        <source>%1 (cannot start)</source>
        <translation>%1 (kann nicht gestartet werden)</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (Projekt %2)</translation>
    </message>
    <message>
        <source>%1
From: %2</source>
        <translation>%1
Herkunft: %2</translation>
    </message>
    <message>
        <source>Choose a template project, add a folder of templates, or open a generated project.</source>
        <translation>Wählen Sie ein Template-Projekt, fügen Sie einen Ordner mit Templates hinzu, oder öffnen Sie ein generiertes Projekt.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>generated project</source>
        <translation>generiertes Projekt</translation>
    </message>
    <message>
        <source>Starting the server of %1…</source>
        <translation>Server von %1 wird gestartet…</translation>
    </message>
    <message>
        <source>The server of %1 did not start:</source>
        <translation>Der Server von %1 ist nicht gestartet:</translation>
    </message>
    <message>
        <source>%1 finished in %2 s</source>
        <translation>%1 fertig in %2 s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>%1… %2 s</source>
        <translation>%1… %2 s</translation>
    </message>
    <message>
        <source>%1 (asking…)</source>
        <translation>%1 (wird gefragt…)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Folders without a template server:
%1</source>
        <translation>Ordner ohne Template-Server:
%1</translation>
    </message>
    <message>
        <source>%1 (generated project)</source>
        <translation>%1 (generiertes Projekt)</translation>
    </message>
    <message>
        <source>open Details for the server&apos;s report (its traceback and last log lines)</source>
        <translation>öffnen Sie „Details“ für den Bericht des Servers (Traceback und letzte Log-Zeilen)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the flashed program and show what it prints, then its outputs and timings</source>
        <translation>Das geflashte Programm ausführen und zeigen, was es ausgibt, danach seine Ausgaben und Zeiten</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Until it stopped:</source>
        <translation>Bis es anhielt:</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The archive on a simulated board in one click: host-sim generates, builds, flashes and runs it, with the timing live</source>
        <translation>Das Archiv mit einem Klick auf einem simulierten Board: host-sim generiert, baut, flasht und führt es aus, mit den Zeiten live</translation>
    </message>
</context>
<context>
    <name>RpcCommands</name>
    <message>
        <source>Seconds to wait for each reply (default 10).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard: 10).</translation>
    </message>
    <message>
        <source>wants seconds, got &quot;%1&quot;</source>
        <translation>erwartet Sekunden, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Talks TVM RPC with a device (spec 4.4): call a function by name (a global one, else one of the system library&apos;s), or list which operator functions of an archive the device has (the protocol cannot list them, so each is asked for with ModuleGetFunction). TARGET: a generated project folder, --port PORT or --exec &quot;PROGRAM ARGS&quot;.</source>
        <translation>Spricht TVM RPC mit einem Gerät (Spezifikation 4.4): ruft eine Funktion über ihren Namen auf (eine globale, sonst eine der Systembibliothek) oder listet auf, welche Operator-Funktionen eines Archivs das Gerät hat (das Protokoll kann sie nicht auflisten, daher wird jede einzeln mit ModuleGetFunction abgefragt). TARGET: ein generierter Projektordner, --port PORT oder --exec &quot;PROGRAM ARGS&quot;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>With list: the archive the device runs.</source>
        <translation>Mit list: das Archiv, das auf dem Gerät läuft.</translation>
    </message>
    <message>
        <source>A generated project (its own transport).</source>
        <translation>Ein generiertes Projekt (sein eigener Transport).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>With call: the function and its arguments.</source>
        <translation>Mit call: die Funktion und ihre Argumente.</translation>
    </message>
    <message>
        <source> (see mtvw-cli rpc --help)</source>
        <translation> (siehe mtvw-cli rpc --help)</translation>
    </message>
    <message>
        <source>wants list or call (see mtvw-cli rpc --help)</source>
        <translation>erwartet list oder call (siehe mtvw-cli rpc --help)</translation>
    </message>
    <message>
        <source>names no function</source>
        <translation>nennt keine Funktion</translation>
    </message>
    <message>
        <source>wants --archive ARCHIVE: the protocol cannot list functions, the archive names them</source>
        <translation>erwartet --archive ARCHIVE: das Protokoll kann keine Funktionen auflisten, das Archiv nennt sie</translation>
    </message>
    <message>
        <source>%1 of %2 operator function(s) on the device
</source>
        <translation>%1 von %2 Operator-Funktion(en) auf dem Gerät
</translation>
    </message>
    <message>
        <source>none: an archive built with the C interface has no packed functions, so TVM&apos;s CRT cannot reach its operators over RPC
</source>
        <translation>keine: ein mit der C-Schnittstelle gebautes Archiv hat keine Packed Functions, daher kann die CRT von TVM seine Operatoren nicht über RPC erreichen
</translation>
    </message>
    <message>
        <source>%1  (not on the device)
</source>
        <translation>%1  (nicht auf dem Gerät)
</translation>
    </message>
    <message>
        <source>no global function and none in the system library by that name</source>
        <translation>keine globale Funktion und keine in der Systembibliothek mit diesem Namen</translation>
    </message>
    <message>
        <source>Runs the model once on a device through its AOT executor over TVM RPC (tvm.aot_executor.create, each input written into get_input&apos;s tensor, run, each output read from get_output&apos;s): the outputs with their largest values and the run&apos;s round trip. TARGET: a generated project folder, --port PORT or --exec &quot;PROGRAM ARGS&quot;.</source>
        <translation>Führt das Modell einmal auf einem Gerät über dessen AOT-Executor per TVM RPC aus (tvm.aot_executor.create, jede Eingabe in den Tensor von get_input geschrieben, run, jede Ausgabe aus dem Tensor von get_output gelesen): die Ausgaben mit ihren größten Werten und die Umlaufzeit des Laufs. TARGET: ein generierter Projektordner, --port PORT oder --exec &quot;PROGRAM ARGS&quot;.</translation>
    </message>
    <message>
        <source>Raw bytes of every input, concatenated in input order (default: zeros).</source>
        <translation>Rohe Bytes aller Eingaben, in der Reihenfolge der Eingaben aneinandergehängt (Standard: Nullen).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source> (see mtvw-cli infer --help)</source>
        <translation> (siehe mtvw-cli infer --help)</translation>
    </message>
    <message>
        <source>takes at most one project folder (see mtvw-cli infer --help)</source>
        <translation>erwartet höchstens einen Projektordner (siehe mtvw-cli infer --help)</translation>
    </message>
    <message>
        <source>holds %1 bytes; the model&apos;s inputs take %2</source>
        <translation>enthält %1 Bytes; die Eingaben des Modells benötigen %2</translation>
    </message>
    <message>
        <source>output %1: %2[%3] = %4%5; top %6
</source>
        <translation>Ausgabe %1: %2[%3] = %4%5; größte Werte: %6
</translation>
    </message>
    <message>
        <source>run: %1 ms round trip
</source>
        <translation>Lauf: %1 ms Umlaufzeit
</translation>
    </message>
    <message>
        <source>the device reports an input of %1 (at most %2 bytes are sent)</source>
        <translation>das Gerät meldet eine Eingabe %1 (höchstens %2 Bytes werden gesendet)</translation>
    </message>
    <message>
        <source>Without --input: what the inputs hold, zeros, ones (the value 1) or random (default zeros).</source>
        <translation>Ohne --input: was die Eingaben enthalten, zeros, ones (der Wert 1) oder random (Standard: zeros).</translation>
    </message>
    <message>
        <source>With --fill random: the seed (default 0).</source>
        <translation>Mit --fill random: der Startwert (Standard: 0).</translation>
    </message>
    <message>
        <source>wants zeros, ones or random, got &quot;%1&quot;</source>
        <translation>erwartet zeros, ones oder random, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>wants a whole number, got &quot;%1&quot;</source>
        <translation>erwartet eine ganze Zahl, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Times each operator function of the model on the device, and the whole model, with the device&apos;s own clock (runtime.RPCTimeEvaluator, spec 4.4.6). Each operator is called by name from the system library on buffers of the sizes the model gives it (graph archives: the graph&apos;s shapes; AOT archives: the main function&apos;s buffers); min and median over the repeats, each operator&apos;s share of the model. TARGET: a generated project folder, --port PORT or --exec &quot;PROGRAM ARGS&quot;, with --archive naming the model where no project folder does.</source>
        <translation>Misst jede Operatorfunktion des Modells auf dem Gerät und das ganze Modell, mit der eigenen Uhr des Geräts (runtime.RPCTimeEvaluator, Spezifikation 4.4.6). Jeder Operator wird über seinen Namen aus der Systembibliothek aufgerufen, auf Puffern in den Größen, die das Modell ihm gibt (Graph-Archive: die Shapes des Graphen; AOT-Archive: die Puffer der Hauptfunktion); Minimum und Median über die Wiederholungen, der Anteil jedes Operators am Modell. ZIEL: ein erzeugter Projektordner, --port PORT oder --exec &quot;PROGRAMM ARGUMENTE&quot;, mit --archive für das Modell, wo kein Projektordner es nennt.</translation>
    </message>
    <message>
        <source>The archive the device runs (default: the project&apos;s).</source>
        <translation>Das Archiv, das das Gerät ausführt (Standard: das des Projekts).</translation>
    </message>
    <message>
        <source>Measurements per operator (default 10).</source>
        <translation>Messungen je Operator (Standard 10).</translation>
    </message>
    <message>
        <source>Calls per measurement (default 1).</source>
        <translation>Aufrufe je Messung (Standard 1).</translation>
    </message>
    <message>
        <source>Each measurement at least this long: number grows until it is (default 0).</source>
        <translation>Jede Messung mindestens so lang: die Zahl der Aufrufe wächst, bis sie es ist (Standard 0).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source> (see mtvw-cli profile --help)</source>
        <translation> (siehe mtvw-cli profile --help)</translation>
    </message>
    <message>
        <source>takes at most one project folder (see mtvw-cli profile --help)</source>
        <translation>nimmt höchstens einen Projektordner (siehe mtvw-cli profile --help)</translation>
    </message>
    <message>
        <source>wants --json or --csv, not both</source>
        <translation>braucht --json oder --csv, nicht beides</translation>
    </message>
    <message>
        <source>wants a whole number from %1 to 1000000, got &quot;%2&quot;</source>
        <translation>braucht eine ganze Zahl von %1 bis 1000000, bekam „%2“</translation>
    </message>
    <message>
        <source>[%1/%2] %3
</source>
        <translation>[%1/%2] %3
</translation>
    </message>
    <message>
        <source>%1 of %2 operator function(s) on the device; %3 × %4 call(s) each
</source>
        <translation>%1 von %2 Operatorfunktion(en) auf dem Gerät; je %3 × %4 Aufruf(e)
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5
</source>
        <translation>%1  %2  %3  %4  %5
</translation>
    </message>
    <message>
        <source>min µs</source>
        <translation>min µs</translation>
    </message>
    <message>
        <source>median µs</source>
        <translation>Median µs</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufr.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>model: min %1 µs, median %2 µs%3; the operators add up to %4 µs
</source>
        <translation>Modell: min %1 µs, Median %2 µs%3; die Operatoren ergeben zusammen %4 µs
</translation>
    </message>
    <message>
        <source>The device&apos;s TVM release, for the time evaluator&apos;s arguments (11 up to 0.13, 12 from 0.14; default: the release the archive states, else 12).</source>
        <translation>Die TVM-Version des Geräts, für die Argumente des Time Evaluators (11 bis 0.13, 12 ab 0.14; Standard: die Version, die das Archiv nennt, sonst 12).</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in every file of the archive</source>
        <translation>In allen Dateien des Archivs suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n text file(s) searched</source>
        <translation>
            <numerusform> in %n durchsuchten Textdatei</numerusform>
            <numerusform> in %n durchsuchten Textdateien</numerusform>
        </translation>
    </message>
    <message>
        <source> — stopped at %1 matches; make the text more precise</source>
        <translation> — bei %1 Treffern angehalten; geben Sie einen genaueren Text ein</translation>
    </message>
    <message>
        <source>Type a text and press Enter.</source>
        <translation>Geben Sie einen Text ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>Suche… %1 %</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TemplateDiscovery</name>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>no microtvm_api_server.py in it or in its subfolders</source>
        <translation>keine microtvm_api_server.py darin oder in seinen Unterordnern</translation>
    </message>
    <message>
        <source>no microtvm_api_server.py in it and no subfolders</source>
        <translation>keine microtvm_api_server.py darin und keine Unterordner</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 B (%2)</source>
        <translation>%1 B (%2)</translation>
    </message>
    <message>
        <source>TVM 0.8</source>
        <translation>TVM 0.8</translation>
    </message>
    <message>
        <source>TVM 0.9 to 0.18</source>
        <translation>TVM 0.9 bis 0.18</translation>
    </message>
    <message>
        <source>a TVM development build between releases</source>
        <translation>ein TVM-Entwicklungsstand zwischen zwei Releases</translation>
    </message>
    <message>
        <source>newer than any TVM release with microTVM</source>
        <translation>neuer als jedes TVM-Release mit microTVM</translation>
    </message>
    <message numerus="yes">
        <source>Archive:   %1 (%2, %n entries)
</source>
        <translation>
            <numerusform>Archiv:    %1 (%2, %n Eintrag)
</numerusform>
            <numerusform>Archiv:    %1 (%2, %n Einträge)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout:    %1
</source>
        <translation>Layout:    %1
</translation>
    </message>
    <message>
        <source>Metadata:  version %1 (%2)%3
</source>
        <translation>Metadaten: Version %1 (%2)%3
</translation>
    </message>
    <message>
        <source>, unknown version: read as far as recognisable</source>
        <translation>, unbekannte Version: gelesen, soweit erkennbar</translation>
    </message>
    <message>
        <source>Style:     %1
</source>
        <translation>Stil:      %1
</translation>
    </message>
    <message>
        <source>Metadata:  none (no metadata.json)
</source>
        <translation>Metadaten: keine (keine metadata.json)
</translation>
    </message>
    <message>
        <source>Modules:   %1
</source>
        <translation>Module:    %1
</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;
</source>
        <translation>Modul &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>  executors:   %1
</source>
        <translation>  Executoren:      %1
</translation>
    </message>
    <message>
        <source>  targets:     %1
</source>
        <translation>  Targets:         %1
</translation>
    </message>
    <message>
        <source>  exported:    %1 (local time of the exporting machine)
</source>
        <translation>  Exportiert:      %1 (Ortszeit des exportierenden Rechners)
</translation>
    </message>
    <message>
        <source>  files:       %1 C source(s), %2 object(s)%3%4%5%6
</source>
        <translation>  Dateien:         %1 C-Quelltext(e), %2 Objektdatei(en)%3%4%5%6
</translation>
    </message>
    <message>
        <source>, header %1</source>
        <translation>, Header %1</translation>
    </message>
    <message>
        <source>, graph %1</source>
        <translation>, Graph %1</translation>
    </message>
    <message>
        <source>, params %1</source>
        <translation>, Parameter %1</translation>
    </message>
    <message>
        <source>, relay %1</source>
        <translation>, Relay %1</translation>
    </message>
    <message>
        <source>  operators:   %1
</source>
        <translation>  Operatoren:      %1
</translation>
    </message>
    <message>
        <source>  workspace:   %1
</source>
        <translation>  Workspace:       %1
</translation>
    </message>
    <message>
        <source>  io:          %1
</source>
        <translation>  E/A:             %1
</translation>
    </message>
    <message>
        <source>  constants:   %1
</source>
        <translation>  Konstanten:      %1
</translation>
    </message>
    <message numerus="yes">
        <source>  params:      %1 in %n tensor(s)
</source>
        <translation>
            <numerusform>  Parameter:       %1 in %n Tensor
</numerusform>
            <numerusform>  Parameter:       %1 in %n Tensoren
</numerusform>
        </translation>
    </message>
    <message>
        <source>  code:        %1 of C source, %2 of object code
</source>
        <translation>  Code:            %1 C-Quelltext, %2 Objektcode
</translation>
    </message>
    <message>
        <source>  estimate:    RAM %1 (%2), flash %3 (%4)
</source>
        <translation>  Schätzung:       RAM %1 (%2), Flash %3 (%4)
</translation>
    </message>
    <message>
        <source>  graph:       %1 nodes, %2 operator calls
</source>
        <translation>  Graph:           %1 Knoten, %2 Operator-Aufrufe
</translation>
    </message>
    <message>
        <source>  C interface: %1
</source>
        <translation>  C-Schnittstelle: %1
</translation>
    </message>
    <message>
        <source>  input:       %1 %2, %3
</source>
        <translation>  Eingabe:         %1 %2, %3
</translation>
    </message>
    <message>
        <source>  output:      %1 %2, %3
</source>
        <translation>  Ausgabe:         %1 %2, %3
</translation>
    </message>
    <message>
        <source>  top operators by workspace:
</source>
        <translation>  Top-Operatoren nach Workspace:
</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>Warnungen:
</translation>
    </message>
    <message>
        <source>Memory of module &quot;%1&quot;%2
</source>
        <translation>Speicher von Modul &quot;%1&quot;%2
</translation>
    </message>
    <message>
        <source>  code:
</source>
        <translation>  Code:
</translation>
    </message>
    <message>
        <source> (object)</source>
        <translation> (Objekt)</translation>
    </message>
    <message>
        <source>  pools:
</source>
        <translation>  Pools:
</translation>
    </message>
    <message>
        <source>  operators by workspace:
</source>
        <translation>  Operatoren nach Workspace:
</translation>
    </message>
    <message>
        <source>  RAM estimate    %1 = %2
</source>
        <translation>  RAM-Schätzung    %1 = %2
</translation>
    </message>
    <message>
        <source>  flash estimate  %1 = %2
</source>
        <translation>  Flash-Schätzung  %1 = %2
</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no parameters file.
</source>
        <translation>Modul &quot;%1&quot; hat keine Parameterdatei.
</translation>
    </message>
    <message numerus="yes">
        <source>Parameters of module &quot;%1&quot; (%2): %n tensor(s), %3
</source>
        <translation>
            <numerusform>Parameter von Modul &quot;%1&quot; (%2): %n Tensor, %3
</numerusform>
            <numerusform>Parameter von Modul &quot;%1&quot; (%2): %n Tensoren, %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no graph (AOT executor or no graph JSON).
</source>
        <translation>Modul &quot;%1&quot; hat keinen Graph (AOT-Executor oder kein Graph-JSON).
</translation>
    </message>
    <message>
        <source>Graph of module &quot;%1&quot; (%2): %3 nodes, %4 operator calls, %5 storage ids, %6 of storage
</source>
        <translation>Graph von Modul &quot;%1&quot; (%2): %3 Knoten, %4 Operator-Aufrufe, %5 Storage-IDs, %6 Storage insgesamt
</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Module %1 -&gt; %2
</source>
        <translation>Modul %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>io</source>
        <translation>E/A</translation>
    </message>
    <message>
        <source>constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>RAM est.</source>
        <translation>RAM gesch.</translation>
    </message>
    <message>
        <source>flash est.</source>
        <translation>Flash gesch.</translation>
    </message>
    <message>
        <source>  warning:     %1
</source>
        <translation>  Warnung:         %1
</translation>
    </message>
    <message>
        <source>  note:        %1
</source>
        <translation>  Hinweis:         %1
</translation>
    </message>
    <message>
        <source>from metadata.json</source>
        <translation>aus metadata.json</translation>
    </message>
    <message>
        <source>from the graph JSON</source>
        <translation>aus dem Graph-JSON</translation>
    </message>
    <message>
        <source>from the C header</source>
        <translation>aus dem C-Header</translation>
    </message>
    <message>
        <source>from the C code</source>
        <translation>aus dem C-Code</translation>
    </message>
    <message>
        <source>from the parameters file</source>
        <translation>aus der Parameterdatei</translation>
    </message>
    <message>
        <source>  %1 fits: %2 of %3 budget free
</source>
        <translation>  %1 passt: %2 von %3 Budget frei
</translation>
    </message>
    <message>
        <source>  %1 OVER BUDGET by %2 (budget %3)
</source>
        <translation>  %1 BUDGET ÜBERSCHRITTEN um %2 (Budget %3)
</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source> (some figures unknown)</source>
        <translation> (einige Werte unbekannt)</translation>
    </message>
    <message>
        <source>  workspace   %1 (%2)
</source>
        <translation>  Workspace   %1 (%2)
</translation>
    </message>
    <message>
        <source>  io          %1 (%2)
</source>
        <translation>  E/A         %1 (%2)
</translation>
    </message>
    <message>
        <source>  constants   %1 (%2)
</source>
        <translation>  Konstanten  %1 (%2)
</translation>
    </message>
    <message>
        <source>  params      %1%2
</source>
        <translation>  Parameter   %1%2
</translation>
    </message>
    <message>
        <source> (parameters file, not loaded by the firmware)</source>
        <translation> (Parameterdatei, von der Firmware nicht geladen)</translation>
    </message>
    <message>
        <source>  storage     %1 in %2 storage ids (%3), %4 of them linked into the code
</source>
        <translation>  Storage     %1 in %2 Storage-IDs (%3), davon %4 in den Code gelinkt
</translation>
    </message>
    <message numerus="yes">
        <source>  constants in the code (flash): %1 in %n array(s), largest first:
</source>
        <translation>
            <numerusform>  Konstanten im Code (Flash): %1 in %n Array, größtes zuerst:
</numerusform>
            <numerusform>  Konstanten im Code (Flash): %1 in %n Arrays, größte zuerst:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more (--json lists them all)
</source>
        <translation>
            <numerusform>    … und %n weiteres (--json listet alle auf)
</numerusform>
            <numerusform>    … und %n weitere (--json listet alle auf)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  workspace array in the code (RAM): %1 %2  %3:%4
</source>
        <translation>  Workspace-Array im Code (RAM): %1 %2  %3:%4
</translation>
    </message>
    <message>
        <source>  peak while running: %1 at call %2 of %3 (%4); held then:
</source>
        <translation>  Spitze während der Ausführung: %1 bei Aufruf %2 von %3 (%4); dann belegt:
</translation>
    </message>
    <message>
        <source> at offset %1</source>
        <translation> bei Offset %1</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  Warnung: %1
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <source>All modules together (one firmware links them all)
</source>
        <translation>Alle Module zusammen (eine Firmware linkt sie alle)
</translation>
    </message>
    <message>
        <source>  RAM estimate    %1%2
</source>
        <translation>  RAM-Schätzung    %1%2
</translation>
    </message>
    <message>
        <source> (a lower bound)</source>
        <translation> (Untergrenze)</translation>
    </message>
    <message>
        <source>  flash estimate  %1%2
</source>
        <translation>  Flash-Schätzung  %1%2
</translation>
    </message>
    <message>
        <source>  %1 UNKNOWN: the estimate (%2) is incomplete: %3; so the %4 budget cannot be checked
</source>
        <translation>  %1 UNBEKANNT: Die Schätzung (%2) ist unvollständig: %3; daher kann das Budget von %4 nicht geprüft werden
</translation>
    </message>
    <message>
        <source>written by TVM %1, as its standalone C runtime states; the format of %2</source>
        <translation>geschrieben von TVM %1, wie seine eigenständige C-Runtime angibt; das Format von %2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>none (no metadata.json)</source>
        <translation>keine (keine metadata.json)</translation>
    </message>
    <message>
        <source>Metadata version %1 -&gt; %2: the archives come from different TVM releases, so some figures are counted differently
</source>
        <translation>Metadaten-Version %1 -&gt; %2: Die Archive stammen aus verschiedenen TVM-Releases, daher werden manche Werte anders gezählt
</translation>
    </message>
    <message>
        <source>  executor %1 -&gt; %2
</source>
        <translation>  Executor %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>  functions (workspace change, code change):
</source>
        <translation>  Funktionen (Workspace-Änderung, Code-Änderung):
</translation>
    </message>
    <message>
        <source>  params (bytes change, shape):
</source>
        <translation>  Parameter (Byte-Änderung, Form):
</translation>
    </message>
    <message>
        <source>  no function or parameter changed
</source>
        <translation>  keine Funktion und kein Parameter geändert
</translation>
    </message>
</context>
<context>
    <name>TimingController</name>
    <message>
        <source>kept run</source>
        <translation>behaltener Durchlauf</translation>
    </message>
    <message>
        <source>kept run of %1</source>
        <translation>behaltener Durchlauf von %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>TimingHistogram</name>
    <message>
        <source>%1 – %2 ms</source>
        <translation>%1 – %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>B: %n sample(s)</source>
        <translation>
            <numerusform>B: %n Messwert</numerusform>
            <numerusform>B: %n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A: %n sample(s)</source>
        <translation>
            <numerusform>A: %n Messwert</numerusform>
            <numerusform>A: %n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>ms per inference</source>
        <translation>ms pro Inferenz</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) beyond the bins</source>
        <translation>
            <numerusform>%n Ausreißer außerhalb der Klassen</numerusform>
            <numerusform>%n Ausreißer außerhalb der Klassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingPane</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Hold the plot still while timings keep coming; resume jumps to the newest</source>
        <translation>Das Diagramm anhalten, während weiter Zeitmessungen eintreffen; Fortsetzen springt zur neuesten</translation>
    </message>
    <message>
        <source>Keep as reference (A)</source>
        <translation>Als Referenz behalten (A)</translation>
    </message>
    <message>
        <source>Keep these timings as A; the next run (or a file) is compared with them as B</source>
        <translation>Diese Zeitmessungen als A behalten; der nächste Durchlauf (oder eine Datei) wird als B mit ihnen verglichen</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Mit Datei vergleichen…</translation>
    </message>
    <message>
        <source>Read timings from a capture (.pcapng), a device log or a CSV as B</source>
        <translation>Zeitmessungen aus einem Mitschnitt (.pcapng), einem Geräte-Log oder einer CSV-Datei als B einlesen</translation>
    </message>
    <message>
        <source>Show live</source>
        <translation>Live anzeigen</translation>
    </message>
    <message>
        <source>Show the live connection&apos;s timings as B again</source>
        <translation>Die Zeitmessungen der Live-Verbindung wieder als B anzeigen</translation>
    </message>
    <message>
        <source>Drop A</source>
        <translation>A verwerfen</translation>
    </message>
    <message>
        <source>Forget the reference; show B alone</source>
        <translation>Die Referenz verwerfen; nur B anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save B&apos;s timings as CSV: index, ms and, when known, the time in seconds</source>
        <translation>Die Zeitmessungen von B als CSV speichern: Index, ms und, falls bekannt, die Zeit in Sekunden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every timing: the live ones, A and the file</source>
        <translation>Alle Zeitmessungen verwerfen: die live empfangenen, A und die Datei</translation>
    </message>
    <message>
        <source>No timings yet.</source>
        <translation>Noch keine Zeitmessungen.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Outliers: %1.</source>
        <translation>Ausreißer: %1.</translation>
    </message>
    <message>
        <source>Click one to show it in the plot</source>
        <translation>Klicken Sie auf einen Eintrag, um ihn im Diagramm anzuzeigen</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n timing(s) from %1.</source>
        <translation>
            <numerusform>%n Zeitmessung aus %1 gelesen.</numerusform>
            <numerusform>%n Zeitmessungen aus %1 gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n timing(s) to %1.</source>
        <translation>
            <numerusform>%n Zeitmessung nach %1 exportiert.</numerusform>
            <numerusform>%n Zeitmessungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with timings from a file</source>
        <translation>Mit Zeitmessungen aus einer Datei vergleichen</translation>
    </message>
    <message>
        <source>Timings (*.pcapng *.txt *.log *.csv);;All files (*)</source>
        <translation>Zeitmessungen (*.pcapng *.txt *.log *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export timings as CSV</source>
        <translation>Zeitmessungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>live: %1</source>
        <translation>live: %1</translation>
    </message>
    <message numerus="yes">
        <source>B (%1): %n timing(s)</source>
        <translation>
            <numerusform>B (%1): %n Zeitmessung</numerusform>
            <numerusform>B (%1): %n Zeitmessungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest; %1 older forgotten)</source>
        <translation> (die neuesten; %1 ältere verworfen)</translation>
    </message>
    <message numerus="yes">
        <source>A (%1): %n timing(s)</source>
        <translation>
            <numerusform>A (%1): %n Zeitmessung</numerusform>
            <numerusform>A (%1): %n Zeitmessungen</numerusform>
        </translation>
    </message>
    <message>
        <source>kept run</source>
        <translation>behaltener Durchlauf</translation>
    </message>
    <message numerus="yes">
        <source>live: %n timing(s) meanwhile</source>
        <translation>
            <numerusform>live: inzwischen %n Zeitmessung</numerusform>
            <numerusform>live: inzwischen %n Zeitmessungen</numerusform>
        </translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from the device, none with a timing yet (host-sim &quot;run&quot; lines, AOT demo &quot;result:&quot; lines or EEMBC laps).</source>
        <translation>
            <numerusform>%n Zeile vom Gerät, noch ohne Zeitmessung (&quot;run&quot;-Zeilen von host-sim, &quot;result:&quot;-Zeilen der AOT-Demo oder EEMBC-Laps).</numerusform>
            <numerusform>%n Zeilen vom Gerät, noch keine mit Zeitmessung (&quot;run&quot;-Zeilen von host-sim, &quot;result:&quot;-Zeilen der AOT-Demo oder EEMBC-Laps).</numerusform>
        </translation>
    </message>
    <message>
        <source>No timings yet. Connect a board or run a project: each inference&apos;s time appears here as it comes. Or compare with a file.</source>
        <translation>Noch keine Zeitmessungen. Schließen Sie ein Board an oder führen Sie ein Projekt aus: Die Zeit jeder Inferenz erscheint hier, sobald sie eintrifft. Oder vergleichen Sie mit einer Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more</source>
        <translation>
            <numerusform>%1: … und %n weiterer</numerusform>
            <numerusform>%1: … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2: %3 ms</source>
        <translation>%1 #%2: %3 ms</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>Ausreißer (%1)</translation>
    </message>
    <message>
        <source>Too few timings to compare: A has %1, B has %2; the rule wants at least %3 each.</source>
        <translation>Zu wenige Zeitmessungen für einen Vergleich: A hat %1, B hat %2; die Regel verlangt jeweils mindestens %3.</translation>
    </message>
    <message>
        <source>Median B − A: %1 ms (%2 %), within the noise (p = %3).</source>
        <translation>Median B − A: %1 ms (%2 %), innerhalb des Rauschens (p = %3).</translation>
    </message>
    <message>
        <source>Median B − A: %1 ms (%2 %): B is slower; this exceeds the noise (p = %3).</source>
        <translation>Median B − A: %1 ms (%2 %): B ist langsamer; das geht über das Rauschen hinaus (p = %3).</translation>
    </message>
    <message>
        <source>Median B − A: %1 ms (%2 %): B is faster; this exceeds the noise (p = %3).</source>
        <translation>Median B − A: %1 ms (%2 %): B ist schneller; das geht über das Rauschen hinaus (p = %3).</translation>
    </message>
</context>
<context>
    <name>TimingPlot</name>
    <message>
        <source>Wheel: zoom the inferences (Ctrl+wheel: the milliseconds). Drag: pan (pauses). Double-click: everything, following the newest again.</source>
        <translation>Mausrad: Inferenzen zoomen (Strg+Mausrad: die Millisekunden). Ziehen: verschieben (hält an). Doppelklick: alles zeigen und wieder der neuesten folgen.</translation>
    </message>
    <message>
        <source>ms per inference</source>
        <translation>ms pro Inferenz</translation>
    </message>
    <message>
        <source>inference (number)</source>
        <translation>Inferenz (Nummer)</translation>
    </message>
    <message>
        <source>#%1: %2 ms</source>
        <translation>#%1: %2 ms</translation>
    </message>
    <message>
        <source>, at %1 s</source>
        <translation>, bei %1 s</translation>
    </message>
    <message>
        <source> (outlier)</source>
        <translation> (Ausreißer)</translation>
    </message>
    <message>
        <source>A #%1: %2 ms</source>
        <translation>A #%1: %2 ms</translation>
    </message>
</context>
<context>
    <name>TimingStatsModel</name>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Std deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>MAD</source>
        <translation>MAD</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>%1 % of A</source>
        <translation>%1 % von A</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>A (reference), %1</source>
        <translation>A (Referenz), %1</translation>
    </message>
    <message>
        <source>B, %1</source>
        <translation>B, %1</translation>
    </message>
    <message>
        <source>This run, %1</source>
        <translation>Dieser Lauf, %1</translation>
    </message>
    <message>
        <source>B − A, in %1 and as a share of A</source>
        <translation>B − A, in %1 und als Anteil von A</translation>
    </message>
    <message>
        <source>B − A, %1</source>
        <translation>B − A, %1</translation>
    </message>
</context>
<context>
    <name>TvmTextLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Global name (@)</source>
        <translation>Globaler Name (@)</translation>
    </message>
    <message>
        <source>Local name (%)</source>
        <translation>Lokaler Name (%)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>WireCommands</name>
    <message>
        <source>time        from    layer    type               summary
</source>
        <translation>Zeit        von     Schicht  Typ                Zusammenfassung
</translation>
    </message>
    <message>
        <source>Dissects a capture (pcapng, as mtvw-cli and the workbench write them) message by message: time, direction, layer (text, framing, session, rpc), type, summary, the bytes it spans in its direction&apos;s stream, and what was wrong (CRC, invalid escape, short packet, wrong session, unknown RPC code). With --raw, FILE holds the plain bytes of one direction.</source>
        <translation>Zerlegt einen Mitschnitt (pcapng, wie ihn mtvw-cli und die Workbench schreiben) Nachricht für Nachricht: Zeit, Richtung, Schicht (text, framing, session, rpc), Typ, Zusammenfassung, die Bytes, die die Nachricht im Datenstrom ihrer Richtung belegt, und was fehlerhaft war (CRC, ungültige Escape-Sequenz, kurzes Paket, falsche Sitzung, unbekannter RPC-Code). Mit --raw enthält FILE die reinen Bytes einer Richtung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;records&quot;: [...], &quot;count&quot;, &quot;error&quot;}.</source>
        <translation>JSON ausgeben: {&quot;records&quot;: [...], &quot;count&quot;, &quot;error&quot;}.</translation>
    </message>
    <message>
        <source>FILE is a plain byte file of one direction, not a capture.</source>
        <translation>FILE ist eine reine Bytedatei einer Richtung, kein Mitschnitt.</translation>
    </message>
    <message>
        <source>With --raw: who sent the bytes, device (default) or host.</source>
        <translation>Mit --raw: wer die Bytes gesendet hat, device (Standard) oder host.</translation>
    </message>
    <message>
        <source>A capture (.pcapng), or with --raw a byte file.</source>
        <translation>Ein Mitschnitt (.pcapng) oder mit --raw eine Bytedatei.</translation>
    </message>
    <message>
        <source> (see mtvw-cli decode --help)</source>
        <translation> (siehe mtvw-cli decode --help)</translation>
    </message>
    <message>
        <source>takes one FILE (see mtvw-cli decode --help)</source>
        <translation>erwartet genau ein FILE (siehe mtvw-cli decode --help)</translation>
    </message>
    <message>
        <source>wants device or host, got &quot;%1&quot;</source>
        <translation>erwartet device oder host, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a pcapng capture (for a plain byte file add --raw)</source>
        <translation>kein pcapng-Mitschnitt (für eine reine Bytedatei --raw angeben)</translation>
    </message>
    <message>
        <source> (see mtvw-cli %1 --help)</source>
        <translation> (siehe mtvw-cli %1 --help)</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument(s) (see mtvw-cli %1 --help)</source>
        <translation>
            <numerusform>erwartet %n Argument (siehe mtvw-cli %1 --help)</numerusform>
            <numerusform>erwartet %n Argumente (siehe mtvw-cli %1 --help)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the serial ports: path, USB VID:PID, serial number, description, and the boards of the stock Zephyr and Arduino templates whose VID:PID it carries.</source>
        <translation>Listet die seriellen Ports auf: Pfad, USB-VID:PID, Seriennummer, Beschreibung und die Boards der mitgelieferten Zephyr- und Arduino-Templates, deren VID:PID der Port trägt.</translation>
    </message>
    <message>
        <source>No serial ports found.
</source>
        <translation>Keine seriellen Ports gefunden.
</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>board: %1</source>
        <translation>Board: %1</translation>
    </message>
    <message>
        <source>Baud rate (default 115200).</source>
        <translation>Baudrate (Standard: 115200).</translation>
    </message>
    <message>
        <source>Print bytes as hex with their offsets, not as text.</source>
        <translation>Bytes als Hexdump mit ihren Offsets ausgeben statt als Text.</translation>
    </message>
    <message>
        <source>Start each line with the seconds since the port opened.</source>
        <translation>Jede Zeile mit den Sekunden seit dem Öffnen des Ports beginnen.</translation>
    </message>
    <message>
        <source>Also write every byte to a pcapng capture.</source>
        <translation>Zusätzlich jedes Byte in einen pcapng-Mitschnitt schreiben.</translation>
    </message>
    <message>
        <source>How long a port that went away is waited for (default 30).</source>
        <translation>Wie lange auf einen verschwundenen Port gewartet wird (Standard: 30).</translation>
    </message>
    <message>
        <source>A serial port, e.g. /dev/ttyACM0.</source>
        <translation>Ein serieller Port, z. B. /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>Shows what a serial port says, as text or hex, until Ctrl+C or the port is gone for good. A port that goes away (unplugged, or a board re-enumerating after a flash) is waited for and reopened when the same device returns; another device is never taken.</source>
        <translation>Zeigt, was ein serieller Port ausgibt, als Text oder Hexdump, bis Strg+C gedrückt wird oder der Port endgültig verschwunden ist. Auf einen Port, der verschwindet (abgesteckt oder ein Board, das sich nach dem Flashen neu am USB anmeldet), wird gewartet, und er wird wieder geöffnet, wenn dasselbe Gerät zurückkehrt; ein anderes Gerät wird nie übernommen.</translation>
    </message>
    <message>
        <source>wants a positive whole number, got &quot;%1&quot;</source>
        <translation>erwartet eine positive ganze Zahl, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>wants a number of seconds, got &quot;%1&quot;</source>
        <translation>erwartet eine Anzahl Sekunden, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mtvw-cli: %1: reopened
</source>
        <translation>mtvw-cli: %1: wieder geöffnet
</translation>
    </message>
    <message>
        <source>Write every byte both ways to a pcapng capture.</source>
        <translation>Jedes Byte beider Richtungen in einen pcapng-Mitschnitt schreiben.</translation>
    </message>
    <message>
        <source>Seconds between handshake attempts (default 2; 0 with --start-timeout 0: wait for ever).</source>
        <translation>Sekunden zwischen Handshake-Versuchen (Standard: 2; 0 mit --start-timeout 0: unbegrenzt warten).</translation>
    </message>
    <message>
        <source>Seconds before the handshake fails (default 5).</source>
        <translation>Sekunden, bis der Handshake fehlschlägt (Standard: 5).</translation>
    </message>
    <message>
        <source>Opens a microTVM session as TVM&apos;s host does (spec 4.3): TerminateSession and StartSessionInit, retried with a new nonce until the device replies or the start timeout passes; then prints the device&apos;s Log messages and the session&apos;s changes until Ctrl+C, the device ends the session (a reboot) or the connection closes.</source>
        <translation>Öffnet eine microTVM-Sitzung so, wie es der Host von TVM tut (Spezifikation 4.3): TerminateSession und StartSessionInit, mit neuer Nonce wiederholt, bis das Gerät antwortet oder das Start-Timeout abläuft; gibt danach die Log-Nachrichten des Geräts und die Zustandsänderungen der Sitzung aus, bis Strg+C gedrückt wird, das Gerät die Sitzung beendet (ein Neustart) oder die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>--retry and --start-timeout want seconds (0 or more)</source>
        <translation>--retry und --start-timeout erwarten Sekunden (0 oder mehr)</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>verbunden: %1</translation>
    </message>
    <message>
        <source>session 0x%1 established (attempt %2)</source>
        <translation>Sitzung 0x%1 aufgebaut (Versuch %2)</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>session ended: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Print CSV rows: run,ms,outlier.</source>
        <translation>CSV-Zeilen ausgeben: run,ms,outlier.</translation>
    </message>
    <message>
        <source>From a port: stop after N timings (default: at Ctrl+C or when it closes).</source>
        <translation>Von einem Port: nach N Zeitmessungen aufhören (Standard: bei Strg+C oder wenn der Port geschlossen wird).</translation>
    </message>
    <message>
        <source>From a port: its baud rate (default 115200).</source>
        <translation>Von einem Port: dessen Baudrate (Standard: 115200).</translation>
    </message>
    <message>
        <source>The timing statistics of a model&apos;s runs as the device reported them: count, min, median, mean, p95, max, standard deviation, and the outliers by a robust rule (median absolute deviation), from the host-sim program&apos;s &quot;run&quot; lines, the AOT demo&apos;s &quot;result:&lt;index&gt;:&lt;ms&gt;&quot; lines or EEMBC &quot;m-lap-us-&quot; pairs.</source>
        <translation>Die Zeitstatistik der Durchläufe eines Modells, wie das Gerät sie gemeldet hat: Anzahl, Minimum, Median, Mittelwert, p95, Maximum, Standardabweichung und die Ausreißer nach einer robusten Regel (mediane absolute Abweichung), aus den &quot;run&quot;-Zeilen des host-sim-Programms, den &quot;result:&lt;index&gt;:&lt;ms&gt;&quot;-Zeilen der AOT-Demo oder den EEMBC-Paaren &quot;m-lap-us-&quot;.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json und --csv können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>no timings in %n line(s) of device output (host-sim run lines, AOT demo result lines or EEMBC laps)</source>
        <translation>
            <numerusform>keine Zeitmessungen in %n Zeile Geräteausgabe (run-Zeilen von host-sim, result-Zeilen der AOT-Demo oder EEMBC-Laps)</numerusform>
            <numerusform>keine Zeitmessungen in %n Zeilen Geräteausgabe (run-Zeilen von host-sim, result-Zeilen der AOT-Demo oder EEMBC-Laps)</numerusform>
        </translation>
    </message>
    <message>
        <source>With DIR: a project option for open_transport, key=value.</source>
        <translation>Mit DIR: eine Projektoption für open_transport, key=value.</translation>
    </message>
    <message>
        <source>A generated project: its own transport, through its Project API server.</source>
        <translation>Ein generiertes Projekt: sein eigener Transport, über seinen Project-API-Server.</translation>
    </message>
    <message>
        <source>With a project folder: a project option for open_transport, key=value.</source>
        <translation>Mit einem Projektordner: eine Projektoption für open_transport, key=value.</translation>
    </message>
    <message>
        <source>A capture (.pcapng), a text file of the device&apos;s output, a serial port, or a generated project (run through its own transport).</source>
        <translation>Ein Mitschnitt (.pcapng), eine Textdatei mit der Geräteausgabe, ein serieller Port oder ein generiertes Projekt (über seinen eigenen Transport ausgeführt).</translation>
    </message>
</context>
<context>
    <name>WorkbenchController</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
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
        <translation>MLF-Archive oder Ordner, die geöffnet werden sollen.</translation>
    </message>
    <message>
        <source>Save a PNG of each pane into &lt;dir&gt;, then quit.</source>
        <translation>Von jedem Bereich ein PNG in &lt;dir&gt; speichern, dann beenden.</translation>
    </message>
    <message>
        <source>With --screenshots: the archive the Diff pane compares with.</source>
        <translation>Mit --screenshots: das Archiv, mit dem der Bereich „Vergleich“ vergleicht.</translation>
    </message>
    <message>
        <source>Quit once the window has been painted (for benchmarks).</source>
        <translation>Beenden, sobald das Fenster gezeichnet wurde (für Benchmarks).</translation>
    </message>
    <message>
        <source>With --screenshots: a capture (pcapng) the Inspector pane shows.</source>
        <translation>Mit --screenshots: ein Mitschnitt (pcapng), den der Bereich „Inspektor“ anzeigt.</translation>
    </message>
    <message>
        <source>With --screenshots: the archive the Profile pane profiles on a simulated board.</source>
        <translation>Mit --screenshots: das Archiv, das der Bereich „Profil“ auf einem simulierten Board vermisst.</translation>
    </message>
    <message>
        <source>With --screenshots: only these pictures (comma-separated).</source>
        <translation>Mit --screenshots: nur diese Bilder (durch Kommas getrennt).</translation>
    </message>
</context>
<context>
    <name>mtvw::BackendText</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>tar</source>
        <translation>tar</translation>
    </message>
    <message>
        <source>%1-compressed tar</source>
        <translation>%1-komprimiertes tar</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>zip</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an absolute path; archives may only hold relative paths</source>
        <translation>Eintrag &quot;%1&quot; hat einen absoluten Pfad; Archive dürfen nur relative Pfade enthalten</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; climbs out of the archive with &quot;..&quot;</source>
        <translation>Eintrag &quot;%1&quot; verlässt das Archiv mit &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not an archive</source>
        <translation>%1 ist leer (0 Bytes), kein Archiv</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: %1</source>
        <translation>ein privater temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 data cannot be read: %3</source>
        <translation>%1: %2-Daten können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the %2 stream is corrupt or truncated after %3 bytes: %4</source>
        <translation>%1: der %2-Datenstrom ist beschädigt oder nach %3 Bytes abgeschnitten: %4</translation>
    </message>
    <message>
        <source>%1: the %2 stream expands to more than %3, over the size limit for one archive</source>
        <translation>%1: der %2-Datenstrom wird größer als %3 und überschreitet die Größengrenze für ein Archiv</translation>
    </message>
    <message>
        <source>opening %1 was cancelled</source>
        <translation>das Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the decompressed content is not a tar archive</source>
        <translation>%1: der entpackte Inhalt ist kein tar-Archiv</translation>
    </message>
    <message>
        <source>%1 is not a tar, compressed tar or zip archive</source>
        <translation>%1 ist kein tar-, komprimiertes tar- oder zip-Archiv</translation>
    </message>
    <message>
        <source>%1 is corrupt at its first entry: %2</source>
        <translation>%1 ist beim ersten Eintrag beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is corrupt or truncated after entry &quot;%2&quot;: %3</source>
        <translation>%1 ist nach Eintrag &quot;%2&quot; beschädigt oder abgeschnitten: %3</translation>
    </message>
    <message>
        <source>%1: entry %2 has no readable name</source>
        <translation>%1: Eintrag %2 hat keinen lesbaren Namen</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a hard link to &quot;%3&quot;; links are refused</source>
        <translation>%1: Eintrag &quot;%2&quot; ist ein Hardlink auf &quot;%3&quot;; Links werden abgelehnt</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a symbolic link to &quot;%3&quot;; links are refused</source>
        <translation>%1: Eintrag &quot;%2&quot; ist ein symbolischer Link auf &quot;%3&quot;; Links werden abgelehnt</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a device node; devices are refused</source>
        <translation>%1: Eintrag &quot;%2&quot; ist eine Gerätedatei; Geräte werden abgelehnt</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a FIFO (named pipe); special files are refused</source>
        <translation>%1: Eintrag &quot;%2&quot; ist ein FIFO (Named Pipe); Spezialdateien werden abgelehnt</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a special file; only regular files and folders are read</source>
        <translation>%1: Eintrag &quot;%2&quot; ist eine Spezialdatei; nur normale Dateien und Ordner werden gelesen</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is a sparse file, which MLF archives never hold</source>
        <translation>%1: Eintrag &quot;%2&quot; ist eine Sparse-Datei, wie sie in MLF-Archiven nie vorkommt</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; has a negative size</source>
        <translation>%1: Eintrag &quot;%2&quot; hat eine negative Größe</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; claims a size of %3, over the limit of %4 for one entry</source>
        <translation>%1: Eintrag &quot;%2&quot; gibt eine Größe von %3 an, über der Grenze von %4 für einen Eintrag</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries, the limit for one archive</source>
        <translation>%1 enthält mehr als %2 Einträge, die Grenze für ein Archiv</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 (at entry &quot;%3&quot;), over the size limit for one archive</source>
        <translation>%1 wird beim Entpacken größer als %2 (bei Eintrag &quot;%3&quot;) und überschreitet die Größengrenze für ein Archiv</translation>
    </message>
    <message>
        <source>%1 is truncated: entry &quot;%2&quot; needs %3 bytes but the file ends %4 bytes in</source>
        <translation>%1 ist abgeschnitten: Eintrag &quot;%2&quot; benötigt %3 Bytes, aber die Datei endet nach %4 Bytes</translation>
    </message>
    <message>
        <source>%1: file &quot;%2&quot; is %3, over the limit of %4 for one entry</source>
        <translation>%1: Datei &quot;%2&quot; ist %3 groß, über der Grenze von %4 für einen Eintrag</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files, the limit for one archive</source>
        <translation>%1 enthält mehr als %2 Dateien, die Grenze für ein Archiv</translation>
    </message>
    <message>
        <source>%1 holds more than %2, the limit for one archive</source>
        <translation>%1 enthält mehr als %2, die Grenze für ein Archiv</translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot;</source>
        <translation>%1 hat keinen Eintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is %2, more than the %3 allowed for it</source>
        <translation>Eintrag &quot;%1&quot; ist %2 groß, mehr als die dafür erlaubten %3</translation>
    </message>
    <message>
        <source>invalid range in entry &quot;%1&quot;</source>
        <translation>ungültiger Bereich in Eintrag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is truncated: %2 of %3 bytes could be read</source>
        <translation>Eintrag &quot;%1&quot; ist abgeschnitten: nur %2 von %3 Bytes konnten gelesen werden</translation>
    </message>
    <message>
        <source>cannot reach entry &quot;%1&quot;: %2</source>
        <translation>Eintrag &quot;%1&quot; ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be read: %2</source>
        <translation>Eintrag &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation>%1: Feld &quot;%2&quot; ist leer</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be greater than 0 but is %3</source>
        <translation>%1: Feld &quot;%2&quot; sollte größer als 0 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1: field &quot;format&quot; is &quot;%2&quot;, not a board list (&quot;%3&quot;)</source>
        <translation>%1: Feld &quot;format&quot; ist &quot;%2&quot;, keine Board-Liste (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: board list version %2 is newer than this program reads (%3)</source>
        <translation>%1: Board-Listen-Version %2 ist neuer als die, die dieses Programm liest (%3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: a board named &quot;%3&quot; is already listed</source>
        <translation>%1: Feld &quot;%2&quot;: ein Board namens &quot;%3&quot; ist bereits aufgeführt</translation>
    </message>
    <message>
        <source>cannot read the board list %1: %2</source>
        <translation>die Board-Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the board list %1 is %2 bytes, more than the %3 allowed</source>
        <translation>die Board-Liste %1 ist %2 Bytes groß, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the board list %1: %2</source>
        <translation>die Board-Liste %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 nodes is more than the %2 allowed</source>
        <translation>%1 Knoten sind mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) takes its input %3 from node %4, which does not come before it</source>
        <translation>Knoten %1 (&quot;%2&quot;) nimmt seine Eingabe %3 von Knoten %4, der nicht vor ihm steht</translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) has an invalid num_outputs &quot;%3&quot;</source>
        <translation>Knoten %1 (&quot;%2&quot;) hat ein ungültiges num_outputs &quot;%3&quot;</translation>
    </message>
    <message>
        <source>operator node %1 (&quot;%2&quot;) has no attrs.func_name</source>
        <translation>Operator-Knoten %1 (&quot;%2&quot;) hat kein attrs.func_name</translation>
    </message>
    <message>
        <source>arg_nodes[%1] refers to node %2, which does not exist</source>
        <translation>arg_nodes[%1] verweist auf Knoten %2, der nicht existiert</translation>
    </message>
    <message>
        <source>node_row_ptr has %1 values but %2 nodes need %3</source>
        <translation>node_row_ptr hat %1 Werte, aber %2 Knoten benötigen %3</translation>
    </message>
    <message>
        <source>node_row_ptr[%1] = %2 is out of order</source>
        <translation>node_row_ptr[%1] = %2 ist außer der Reihe</translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) reads output %3 of node %4, which has only %5</source>
        <translation>Knoten %1 (&quot;%2&quot;) liest Ausgabe %3 von Knoten %4, der nur %5 hat</translation>
    </message>
    <message>
        <source>heads[%1] refers to node %2 output %3, which does not exist</source>
        <translation>heads[%1] verweist auf Knoten %2, Ausgabe %3, die nicht existiert</translation>
    </message>
    <message>
        <source>attrs.%1 lists %2 values but the graph has %3 entries</source>
        <translation>attrs.%1 listet %2 Werte auf, aber der Graph hat %3 Einträge</translation>
    </message>
    <message>
        <source>%1 has a negative dimension</source>
        <translation>%1 hat eine negative Dimension</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>the graph layout was cancelled</source>
        <translation>das Anordnen des Graphen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not named tvmgen_&lt;module&gt;.h</source>
        <translation>%1 heißt nicht tvmgen_&lt;module&gt;.h</translation>
    </message>
    <message>
        <source>%1 declares no entry point %2_run</source>
        <translation>%1 deklariert keinen Einstiegspunkt %2_run</translation>
    </message>
    <message>
        <source>not exactly one value</source>
        <translation>nicht genau ein Wert</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (byte %2): %3</source>
        <translation>%1 ist kein gültiges JSON (Byte %2): %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be %3 but is %4</source>
        <translation>%1: Feld &quot;%2&quot; sollte %3 sein, ist aber %4</translation>
    </message>
    <message>
        <source>%1: required field &quot;%2&quot; is missing</source>
        <translation>%1: Pflichtfeld &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too large</source>
        <translation>%1: Feld &quot;%2&quot; ist zu groß</translation>
    </message>
    <message>
        <source>workspace pools + io</source>
        <translation>Workspace-Pools + E/A</translation>
    </message>
    <message>
        <source>workspace + io</source>
        <translation>Workspace + E/A</translation>
    </message>
    <message>
        <source>constants + object code (C code not compiled yet: not counted)</source>
        <translation>Konstanten + Objektcode (C-Code noch nicht kompiliert: nicht gezählt)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>Zwischenergebnis</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The graph has no operator nodes.</source>
        <translation>Der Graph hat keine Operator-Knoten.</translation>
    </message>
    <message>
        <source>The metadata lists no operator functions, so there is nothing to lay out.</source>
        <translation>Die Metadaten listen keine Operator-Funktionen auf, daher gibt es nichts anzuordnen.</translation>
    </message>
    <message>
        <source>The AOT executor&apos;s main function was not found in the generated C, so the order of the operator calls is unknown.</source>
        <translation>Die Hauptfunktion des AOT-Executors wurde im generierten C-Code nicht gefunden, daher ist die Reihenfolge der Operator-Aufrufe unbekannt.</translation>
    </message>
    <message>
        <source>No operator call uses workspace memory.</source>
        <translation>Kein Operator-Aufruf nutzt Workspace-Speicher.</translation>
    </message>
    <message>
        <source>An operator-style archive holds separate functions that are not run in a fixed order.</source>
        <translation>Ein Archiv im Operator-Stil enthält einzelne Funktionen, die nicht in fester Reihenfolge laufen.</translation>
    </message>
    <message>
        <source>This module has neither a graph nor an AOT executor, so there is no execution order.</source>
        <translation>Dieses Modul hat weder einen Graph noch einen AOT-Executor, daher gibt es keine Ausführungsreihenfolge.</translation>
    </message>
    <message>
        <source>parameter %1 (storage id %2)</source>
        <translation>Parameter %1 (Storage-ID %2)</translation>
    </message>
    <message>
        <source>input %1 (storage id %2)</source>
        <translation>Eingabe %1 (Storage-ID %2)</translation>
    </message>
    <message>
        <source>output of %1 (node %2, storage id %3)</source>
        <translation>Ausgabe von %1 (Knoten %2, Storage-ID %3)</translation>
    </message>
    <message>
        <source>workspace of %1 (node %2)</source>
        <translation>Workspace von %1 (Knoten %2)</translation>
    </message>
    <message>
        <source>workspace of %1 (call %2)</source>
        <translation>Workspace von %1 (Aufruf %2)</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; ignored</source>
        <translation>%1: unbekanntes Feld &quot;%2&quot; ignoriert</translation>
    </message>
    <message>
        <source>%1: metadata version %2 does not exist (versions start at 1)</source>
        <translation>%1: Metadaten-Version %2 gibt es nicht (Versionen beginnen bei 1)</translation>
    </message>
    <message>
        <source>%1: metadata version %2 is newer than the newest known (%3); it is read as far as it looks like version %3</source>
        <translation>%1: Metadaten-Version %2 ist neuer als die neueste bekannte (%3); sie wird gelesen, soweit sie Version %3 entspricht</translation>
    </message>
    <message>
        <source>%1: &quot;modules&quot; is empty</source>
        <translation>%1: &quot;modules&quot; ist leer</translation>
    </message>
    <message>
        <source>%1: no &quot;model_name&quot;; the module is called &quot;default&quot;</source>
        <translation>%1: kein &quot;model_name&quot;; das Modul heißt &quot;default&quot;</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; calls itself &quot;%3&quot;</source>
        <translation>%1: Modul &quot;%2&quot; nennt sich selbst &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown style &quot;%2&quot;; read as full-model</source>
        <translation>%1: unbekannter Stil &quot;%2&quot;; als Vollmodell gelesen</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; names no executor</source>
        <translation>%1: Modul &quot;%2&quot; nennt keinen Executor</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; has no &quot;memory&quot; section</source>
        <translation>%1: Modul &quot;%2&quot; hat keinen Abschnitt &quot;memory&quot;</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>standard, one folder down (%1)</source>
        <translation>Standard, eine Ordnerebene tiefer (%1)</translation>
    </message>
    <message>
        <source>restructured (codegen/&lt;module&gt;/, models/&lt;module&gt;/)</source>
        <translation>umstrukturiert (codegen/&lt;module&gt;/, models/&lt;module&gt;/)</translation>
    </message>
    <message>
        <source>codegen only (no metadata.json)</source>
        <translation>nur Codegen (keine metadata.json)</translation>
    </message>
    <message>
        <source>%1 is not a Model Library Format archive: it has no metadata.json and no codegen/ folder</source>
        <translation>%1 ist kein Model-Library-Format-Archiv: Es hat weder eine metadata.json noch einen Ordner codegen/</translation>
    </message>
    <message>
        <source>this archive was taken apart by another tool: each module has its own codegen/&lt;module&gt;/ folder and its metadata in models/&lt;module&gt;/other_metadata/metadata.json; it was read module by module</source>
        <translation>dieses Archiv wurde von einem anderen Werkzeug zerlegt: Jedes Modul hat seinen eigenen Ordner codegen/&lt;module&gt;/ und seine Metadaten in models/&lt;module&gt;/other_metadata/metadata.json; es wurde Modul für Modul gelesen</translation>
    </message>
    <message>
        <source>no metadata.json: this archive holds only generated code, so its metadata version, executor, targets and memory figures are unknown; functions, sources and headers are still shown</source>
        <translation>keine metadata.json: Dieses Archiv enthält nur generierten Code, daher sind Metadaten-Version, Executor, Targets und Speicherwerte unbekannt; Funktionen, Quelltexte und Header werden trotzdem angezeigt</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no generated code (no codegen/host/src or lib files)</source>
        <translation>Modul &quot;%1&quot; hat keinen generierten Code (keine codegen/host/src- oder lib-Dateien)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; uses the graph executor but the archive has no graph JSON for it</source>
        <translation>Modul &quot;%1&quot; nutzt den Graph-Executor, aber das Archiv hat kein Graph-JSON dafür</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no parameters file (parameters/%1.params)</source>
        <translation>Modul &quot;%1&quot; hat keine Parameterdatei (parameters/%1.params)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; is AOT but has no C interface header tvmgen_%1.h: it was exported without interface-api=&quot;c&quot; or by a TVM older than 0.8</source>
        <translation>Modul &quot;%1&quot; ist AOT, hat aber keinen Header der C-Schnittstelle tvmgen_%1.h: Es wurde ohne interface-api=&quot;c&quot; oder von einem TVM älter als 0.8 exportiert</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: the header&apos;s TVMGEN_%2_WORKSPACE_SIZE (%3 bytes) differs from the metadata&apos;s main workspace (%4 bytes)</source>
        <translation>Modul &quot;%1&quot;: TVMGEN_%2_WORKSPACE_SIZE im Header (%3 Bytes) weicht vom Haupt-Workspace in den Metadaten ab (%4 Bytes)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; depends on %2 at &quot;%3&quot;, which is not in the archive (the standalone C runtime was left out)</source>
        <translation>Modul &quot;%1&quot; hängt von %2 unter &quot;%3&quot; ab, das nicht im Archiv ist (die eigenständige C-Runtime wurde weggelassen)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) outside the MLF layout: %1</source>
        <translation>
            <numerusform>%n Datei außerhalb des MLF-Layouts: %1</numerusform>
            <numerusform>%n Dateien außerhalb des MLF-Layouts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read at offset %2</source>
        <translation>%1 konnte bei Offset %2 nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 needs %3 bytes at offset %4 but only %5 remain</source>
        <translation>%1 ist abgeschnitten: %2 benötigt %3 Bytes bei Offset %4, aber nur %5 sind übrig</translation>
    </message>
    <message>
        <source>the list magic</source>
        <translation>die Magic Number der Liste</translation>
    </message>
    <message>
        <source>not a TVM parameter file: the first 8 bytes are 0x%1, not the NDArray-list magic 0x%2</source>
        <translation>keine TVM-Parameterdatei: Die ersten 8 Bytes sind 0x%1, nicht die Magic Number 0x%2 einer NDArray-Liste</translation>
    </message>
    <message>
        <source>the reserved word</source>
        <translation>das reservierte Wort</translation>
    </message>
    <message>
        <source>the name count</source>
        <translation>die Anzahl der Namen</translation>
    </message>
    <message>
        <source>claims %1 names, more than the file can hold</source>
        <translation>gibt %1 Namen an, mehr als die Datei enthalten kann</translation>
    </message>
    <message>
        <source>the length of name %1</source>
        <translation>die Länge von Name %1</translation>
    </message>
    <message>
        <source>name %1 claims %2 bytes, more than the %3 allowed</source>
        <translation>Name %1 gibt %2 Bytes an, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>the tensor count</source>
        <translation>die Anzahl der Tensoren</translation>
    </message>
    <message>
        <source>lists %1 names but %2 tensors</source>
        <translation>listet %1 Namen, aber %2 Tensoren auf</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;</source>
        <translation>Tensor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; at offset %2 does not start with the tensor magic</source>
        <translation>Tensor &quot;%1&quot; bei Offset %2 beginnt nicht mit der Magic Number für Tensoren</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is on device type %2; parameter files hold CPU (1) tensors only</source>
        <translation>Tensor &quot;%1&quot; liegt auf Gerätetyp %2; Parameterdateien enthalten nur Tensoren auf CPU (1)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions</source>
        <translation>Tensor &quot;%1&quot; hat %2 Dimensionen</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a 0-bit dtype</source>
        <translation>Tensor &quot;%1&quot; hat einen 0-Bit-dtype</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape</source>
        <translation>Tensor &quot;%1&quot; hat eine ungültige Form</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; declares %2 data bytes but %3 %4 elements need %5</source>
        <translation>Tensor &quot;%1&quot; deklariert %2 Datenbytes, aber %3 Elemente vom Typ %4 benötigen %5</translation>
    </message>
    <message>
        <source>the data of tensor &quot;%1&quot;</source>
        <translation>die Daten von Tensor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no tensor number %1</source>
        <translation>kein Tensor mit der Nummer %1</translation>
    </message>
    <message>
        <source>the data of tensor &quot;%1&quot; is truncated</source>
        <translation>die Daten von Tensor &quot;%1&quot; sind abgeschnitten</translation>
    </message>
    <message>
        <source>the statistics were cancelled</source>
        <translation>die Statistik wurde abgebrochen</translation>
    </message>
    <message>
        <source>statistics of %1 tensors are not supported</source>
        <translation>Statistiken für %1-Tensoren werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 bytes is not a whole number of %2 elements</source>
        <translation>%1 Bytes ergeben keine ganze Zahl von %2-Elementen</translation>
    </message>
    <message>
        <source>base85 text has an invalid character at offset %1</source>
        <translation>base85-Text hat ein ungültiges Zeichen bei Offset %1</translation>
    </message>
    <message>
        <source>base85 group at offset %1 is too large</source>
        <translation>base85-Gruppe bei Offset %1 ist zu groß</translation>
    </message>
    <message>
        <source>the Project API server did not answer %1 in time</source>
        <translation>der Server der Project API hat auf %1 nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>a Project API server is already running</source>
        <translation>ein Server der Project API läuft bereits</translation>
    </message>
    <message>
        <source>%1 has no microtvm_api_server.py: it is not a template or project folder</source>
        <translation>%1 hat keine microtvm_api_server.py: Es ist kein Template- oder Projektordner</translation>
    </message>
    <message>
        <source>cannot create the pipes to the server: %1</source>
        <translation>die Pipes zum Server können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid method name</source>
        <translation>&quot;%1&quot; ist kein gültiger Methodenname</translation>
    </message>
    <message>
        <source>the server is still answering %1: one request at a time</source>
        <translation>der Server beantwortet noch %1: immer nur eine Anfrage gleichzeitig</translation>
    </message>
    <message>
        <source>the Project API server sent a reply line over %1 MB; it was stopped</source>
        <translation>der Server der Project API hat eine Antwortzeile über %1 MB gesendet; er wurde beendet</translation>
    </message>
    <message>
        <source>the Project API server sent a malformed reply (%1): %2</source>
        <translation>der Server der Project API hat eine fehlerhafte Antwort gesendet (%1): %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;jsonrpc&quot; is not &quot;2.0&quot;</source>
        <translation>&quot;jsonrpc&quot; ist nicht &quot;2.0&quot;</translation>
    </message>
    <message>
        <source>the Project API server answered request %1 with the id %2</source>
        <translation>der Server der Project API hat Anfrage %1 mit der ID %2 beantwortet</translation>
    </message>
    <message>
        <source>neither &quot;result&quot; nor &quot;error&quot;</source>
        <translation>weder &quot;result&quot; noch &quot;error&quot;</translation>
    </message>
    <message>
        <source>the Project API server closed its pipe</source>
        <translation>der Server der Project API hat seine Pipe geschlossen</translation>
    </message>
    <message>
        <source>the Project API server crashed</source>
        <translation>der Server der Project API ist abgestürzt</translation>
    </message>
    <message>
        <source>the Project API server exited with code %1</source>
        <translation>der Server der Project API hat sich mit Exit-Code %1 beendet</translation>
    </message>
    <message>
        <source>%1 while answering %2</source>
        <translation>%1, während er %2 beantwortete</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server speaks Project API protocol version %1; only version %2 is supported</source>
        <translation>der Server spricht Version %1 des Protokolls der Project API; nur Version %2 wird unterstützt</translation>
    </message>
    <message>
        <source>the %1 template has no option &quot;%2&quot;</source>
        <translation>das Template %1 hat keine Option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; should be of type %2</source>
        <translation>Option &quot;%1&quot; sollte vom Typ %2 sein</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is &quot;%2&quot;; it should be one of: %3</source>
        <translation>Option &quot;%1&quot; ist &quot;%2&quot;; sie sollte einen dieser Werte haben: %3</translation>
    </message>
    <message>
        <source>%1 needs the option &quot;%2&quot;: %3</source>
        <translation>%1 benötigt die Option &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>metadata.json&apos;s memory.sids gives other sizes than the graph JSON for storage ids %1: TVM&apos;s exporter sizes storage id N by the shape of graph entry N instead of by the entries stored in it. The graph&apos;s sizes (the largest entry in each id) are used: %2 in all, against the metadata&apos;s %3.</source>
        <translation>memory.sids in metadata.json nennt für die Storage-IDs %1 andere Größen als das Graph-JSON: Der Exporter von TVM bemisst Storage-ID N nach der Form von Graph-Eintrag N statt nach den darin gespeicherten Einträgen. Die Größen des Graphen (der größte Eintrag je ID) werden verwendet: insgesamt %2 gegenüber %3 laut Metadaten.</translation>
    </message>
    <message>
        <source>storage id %1</source>
        <translation>Storage-ID %1</translation>
    </message>
    <message>
        <source>storage id %1 (%2)</source>
        <translation>Storage-ID %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2:%3) is declared with the size [%4], which could not be evaluated: it is not counted</source>
        <translation>%1 (%2:%3) ist mit der Größe [%4] deklariert, die sich nicht auswerten ließ: Es wird nicht gezählt</translation>
    </message>
    <message>
        <source>metadata.json gives the main function %1 of workspace; the graph executor allocates storage ids instead, and on top of them only the workspace of the operator running (the largest: %2).</source>
        <translation>metadata.json gibt für die Hauptfunktion %1 Workspace an; der Graph-Executor belegt stattdessen Storage-IDs und zusätzlich nur den Workspace des gerade laufenden Operators (der größte: %2).</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>laut %1: %2</translation>
    </message>
    <message>
        <source>metadata.json</source>
        <translation>metadata.json</translation>
    </message>
    <message>
        <source>the header&apos;s TVMGEN_%1_WORKSPACE_SIZE</source>
        <translation>TVMGEN_%1_WORKSPACE_SIZE im Header</translation>
    </message>
    <message>
        <source>the C code&apos;s %1</source>
        <translation>%1 im C-Code</translation>
    </message>
    <message>
        <source>the workspace figures disagree: %1. The code&apos;s figure is used, as the firmware allocates what the code declares.</source>
        <translation>die Workspace-Werte widersprechen sich: %1. Der Wert aus dem Code wird verwendet, da die Firmware belegt, was der Code deklariert.</translation>
    </message>
    <message>
        <source>metadata.json&apos;s io_size_bytes (%1) is not the size of the model&apos;s inputs and outputs (%2, %3); the latter is used</source>
        <translation>io_size_bytes in metadata.json (%1) entspricht nicht der Größe der Ein- und Ausgaben des Modells (%2, %3); Letztere wird verwendet</translation>
    </message>
    <message>
        <source>from the header&apos;s size macros</source>
        <translation>aus den Größenmakros des Headers</translation>
    </message>
    <message>
        <source>from metadata.json&apos;s inputs and outputs</source>
        <translation>aus den Ein- und Ausgaben in metadata.json</translation>
    </message>
    <message>
        <source>the header&apos;s input and output sizes (%1) differ from metadata.json&apos;s (%2)</source>
        <translation>die Ein- und Ausgabegrößen im Header (%1) weichen von denen in metadata.json (%2) ab</translation>
    </message>
    <message>
        <source>metadata.json&apos;s constants_size_bytes (%1) differs from the constants declared in the C code (%2); the code&apos;s figure is used</source>
        <translation>constants_size_bytes in metadata.json (%1) weicht von den im C-Code deklarierten Konstanten (%2) ab; der Wert aus dem Code wird verwendet</translation>
    </message>
    <message>
        <source>The firmware uses the %1 of constants in the C code; the parameters file (%2) is not loaded (%3).</source>
        <translation>Die Firmware nutzt die %1 an Konstanten im C-Code; die Parameterdatei (%2) wird nicht geladen (%3).</translation>
    </message>
    <message>
        <source>the graph executor takes linked parameters from the code</source>
        <translation>der Graph-Executor übernimmt gelinkte Parameter aus dem Code</translation>
    </message>
    <message>
        <source>the AOT executor never reads it</source>
        <translation>der AOT-Executor liest sie nie</translation>
    </message>
    <message>
        <source>the main function %1 makes more than %2 calls or places more than %3 tensors: only the first are read</source>
        <translation>die Hauptfunktion %1 macht mehr als %2 Aufrufe oder platziert mehr als %3 Tensoren: Nur die ersten werden gelesen</translation>
    </message>
    <message>
        <source>Part of this model runs on an Arm Ethos-U NPU. The CPU code passes the NPU its command stream (%1) and weights (%2), both in flash, with TVMEthosULaunch; the NPU&apos;s handle comes in the tvmgen_%3_devices struct, and its tensors live in the workspace. The NPU&apos;s own time and memory bandwidth are not in these figures.</source>
        <translation>Ein Teil dieses Modells läuft auf einer NPU vom Typ Arm Ethos-U. Der CPU-Code übergibt der NPU mit TVMEthosULaunch ihren Befehlsstrom (%1) und ihre Gewichte (%2), beide im Flash; das Handle der NPU kommt in der Struktur tvmgen_%3_devices, und ihre Tensoren liegen im Workspace. Die Rechenzeit und Speicherbandbreite der NPU selbst sind in diesen Werten nicht enthalten.</translation>
    </message>
    <message>
        <source>storage ids not linked into the code + the largest operator workspace</source>
        <translation>nicht in den Code gelinkte Storage-IDs + größter Operator-Workspace</translation>
    </message>
    <message>
        <source>storage ids + the largest operator workspace</source>
        <translation>Storage-IDs + größter Operator-Workspace</translation>
    </message>
    <message>
        <source>workspace arrays in the code + io</source>
        <translation>Workspace-Arrays im Code + E/A</translation>
    </message>
    <message>
        <source>the io sizes are unknown, so this is a lower bound</source>
        <translation>die E/A-Größen sind unbekannt, daher ist dies eine Untergrenze</translation>
    </message>
    <message>
        <source>the workspace size is unknown</source>
        <translation>die Workspace-Größe ist unbekannt</translation>
    </message>
    <message>
        <source>all modules</source>
        <translation>alle Module</translation>
    </message>
    <message>
        <source>the sum of every module&apos;s RAM (one firmware links them all)</source>
        <translation>die Summe des RAM aller Module (eine Firmware linkt sie alle)</translation>
    </message>
    <message>
        <source>the sum of every module&apos;s flash</source>
        <translation>die Summe des Flash aller Module</translation>
    </message>
    <message>
        <source>The archive has no metadata.json and its C has no AOT main function, so the buffers are unknown.</source>
        <translation>Das Archiv hat keine metadata.json und sein C-Code keine AOT-Hauptfunktion, daher sind die Puffer unbekannt.</translation>
    </message>
    <message>
        <source>%1 (%2 at offset %3, %4%5 B)</source>
        <translation>%1 (%2 bei Offset %3, %4%5 B)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 B)</source>
        <translation>%1 (%2, %3 B)</translation>
    </message>
    <message numerus="yes">
        <source>metadata.json counts 0 B of constants, but the C code declares %1 of them (%n array(s)): they are counted in flash.</source>
        <translation>
            <numerusform>metadata.json zählt 0 B an Konstanten, aber der C-Code deklariert %1 davon (%n Array): Sie werden beim Flash mitgezählt.</numerusform>
            <numerusform>metadata.json zählt 0 B an Konstanten, aber der C-Code deklariert %1 davon (%n Arrays): Sie werden beim Flash mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the C code includes %1, which the archive does not hold: constants or buffers declared there are not counted</source>
        <translation>der C-Code bindet %1 ein, das nicht im Archiv liegt: dort deklarierte Konstanten oder Puffer werden nicht gezählt</translation>
    </message>
    <message>
        <source>params file + constants in the code + object code (C code not compiled yet: not counted)</source>
        <translation>Parameterdatei + Konstanten im Code + Objektcode (C-Code noch nicht kompiliert: nicht gezählt)</translation>
    </message>
    <message>
        <source>the target says -link-params=1, but the C code holds no linked parameters (no _lookup_linked_param table, no __tvm_param__ arrays): the parameters file is counted as loaded into RAM</source>
        <translation>das Target gibt -link-params=1 an, aber der C-Code enthält keine gelinkten Parameter (keine _lookup_linked_param-Tabelle, keine __tvm_param__-Arrays): die Parameterdatei wird als in den RAM geladen gezählt</translation>
    </message>
    <message>
        <source>a source could not be read, so its constants and tensors are missing: %1</source>
        <translation>eine Quelldatei ließ sich nicht lesen, daher fehlen ihre Konstanten und Tensoren: %1</translation>
    </message>
    <message>
        <source>&quot;error&quot; is not an object</source>
        <translation>&quot;error&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;error.code&quot; is not an integer</source>
        <translation>&quot;error.code&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;error.message&quot; is not a string</source>
        <translation>&quot;error.message&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the board did not answer in time (IoTimeoutError)</source>
        <translation>das Board hat nicht rechtzeitig geantwortet (IoTimeoutError)</translation>
    </message>
    <message>
        <source>the transport is closed (TransportClosedError)</source>
        <translation>der Transport ist geschlossen (TransportClosedError)</translation>
    </message>
    <message>
        <source>the template does not support this TVM version</source>
        <translation>das Template unterstützt diese TVM-Version nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (JSON-RPC error %2, %3)</source>
        <translation>%1 (JSON-RPC-Fehler %2, %3)</translation>
    </message>
    <message>
        <source>the stream broke the line length limit earlier</source>
        <translation>der Datenstrom hat die Zeilenlängengrenze bereits überschritten</translation>
    </message>
    <message>
        <source>a line of over %1 bytes</source>
        <translation>eine Zeile mit über %1 Bytes</translation>
    </message>
    <message>
        <source>%1 was cancelled: the server was stopped</source>
        <translation>%1 wurde abgebrochen: der Server wurde beendet</translation>
    </message>
    <message>
        <source>server_info_query: %1</source>
        <translation>server_info_query: %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (it is %3)</source>
        <translation>&quot;%1&quot; ist nicht %2 (sondern %3)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation>eine Zeichenkette, Zahl oder ein Wahrheitswert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>%1 (option &quot;%2&quot;)</source>
        <translation>%1 (Option &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; it should be &quot;bool&quot;, &quot;str&quot; or &quot;int&quot;</source>
        <translation>&quot;%1&quot; ist &quot;%2&quot;; erwartet wird &quot;bool&quot;, &quot;str&quot; oder &quot;int&quot;</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;platform_name&quot; is empty</source>
        <translation>&quot;platform_name&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1.name&quot; repeats the option &quot;%2&quot;</source>
        <translation>&quot;%1.name&quot; wiederholt die Option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the server reported an error without a message (%1, code %2)</source>
        <translation>der Server hat einen Fehler ohne Meldung gemeldet (%1, Code %2)</translation>
    </message>
    <message>
        <source>%1 decompression is not built into this libarchive, and an external program is never run for an archive</source>
        <translation>%1-Dekompression ist nicht in diese libarchive eingebaut, und für ein Archiv wird nie ein externes Programm gestartet</translation>
    </message>
    <message>
        <source>%1: the %2 stream holds %2-compressed data again; nested compression is refused (an MLF archive is a tar, compressed once at most)</source>
        <translation>%1: der %2-Datenstrom enthält erneut %2-komprimierte Daten; verschachtelte Kompression wird abgelehnt (ein MLF-Archiv ist ein tar, höchstens einmal komprimiert)</translation>
    </message>
    <message>
        <source>%1: the %2 stream holds %3-compressed data; nested compression is refused (an MLF archive is a tar, compressed once at most)</source>
        <translation>%1: der %2-Datenstrom enthält %3-komprimierte Daten; verschachtelte Kompression wird abgelehnt (ein MLF-Archiv ist ein tar, höchstens einmal komprimiert)</translation>
    </message>
    <message>
        <source>node_row_ptr gives node %1 (&quot;%2&quot;) %3 outputs, but it has %4 (num_outputs)</source>
        <translation>node_row_ptr gibt Knoten %1 („%2“) %3 Ausgaben, er hat aber %4 (num_outputs)</translation>
    </message>
    <message>
        <source>the graph has %1 entries (node outputs), over the limit of %2</source>
        <translation>der Graph hat %1 Einträge (Knotenausgaben), mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is %3: a size cannot be negative</source>
        <translation>%1: Feld &quot;%2&quot; ist %3: eine Größe kann nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is %3 bytes, more than any device has (over 256 TiB)</source>
        <translation>%1: Feld &quot;%2&quot; ist %3 Bytes, mehr als jedes Gerät hat (über 256 TiB)</translation>
    </message>
    <message>
        <source>the Project API server closed its request pipe while answering %1 and is stopped</source>
        <translation>der Server der Project API hat seine Anfrage-Pipe geschlossen, während er %1 beantwortete, und wird beendet</translation>
    </message>
    <message>
        <source>the Project API server sent %1 empty lines instead of answering %2; it was stopped</source>
        <translation>der Server der Project API hat %1 leere Zeilen gesendet, statt %2 zu beantworten; er wurde beendet</translation>
    </message>
    <message>
        <source>%1: the %2 stream expands more than %3 times (%4 from %5 so far): refused as a compression bomb</source>
        <translation>%1: der %2-Datenstrom dehnt sich um mehr als das %3-Fache aus (%4 aus %5 bisher): als Kompressionsbombe abgelehnt</translation>
    </message>
    <message>
        <source>%1: the %2 stream says it expands to %3 from %4, more than %5 times: refused as a compression bomb</source>
        <translation>%1: Der %2-Datenstrom gibt an, sich von %4 auf %3 zu entpacken, mehr als das %5-Fache: als Kompressionsbombe abgelehnt</translation>
    </message>
    <message>
        <source>%1: expanding the %2 stream needs at least %3 in %4, which has %5 free (%6 is kept free)</source>
        <translation>%1: Das Entpacken des %2-Datenstroms braucht mindestens %3 in %4, dort sind %5 frei (%6 bleiben frei)</translation>
    </message>
    <message>
        <source>the archive holds more than %1 entries, the limit for one archive</source>
        <translation>das Archiv enthält mehr als %1 Einträge, die Grenze für ein Archiv</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; claims a size of %2, over the limit of %3 for one entry</source>
        <translation>Eintrag „%1“ gibt eine Größe von %2 an, über der Grenze von %3 für einen Eintrag</translation>
    </message>
    <message>
        <source>(tar extended header)</source>
        <translation>(erweiterter tar-Kopf)</translation>
    </message>
    <message>
        <source>the archive&apos;s headers declare more than %1 (at entry &quot;%2&quot;), over the size limit for one archive</source>
        <translation>die Köpfe des Archivs geben mehr als %1 an (bei Eintrag „%2“), über der Größengrenze für ein Archiv</translation>
    </message>
    <message>
        <source>%1: the zip&apos;s entries claim %2 from a %3 file (at entry &quot;%4&quot;), more than %5 times: refused as a compression bomb</source>
        <translation>%1: Die Einträge des Zip-Archivs geben %2 aus einer Datei von %3 an (bei Eintrag „%4“), mehr als das %5-Fache: als Kompressionsbombe abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2 modules is more than the %3 allowed</source>
        <translation>%1: %2 Module sind mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>%1: the C sources define more than %2 functions; those after the first %2 are not indexed</source>
        <translation>%1: Die C-Quellen definieren mehr als %2 Funktionen; die nach den ersten %2 werden nicht indiziert</translation>
    </message>
    <message>
        <source>%1: %2 tensors is more than the %3 allowed</source>
        <translation>%1: %2 Tensoren sind mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>a Python module is missing</source>
        <translation>ein Python-Modul fehlt</translation>
    </message>
    <message>
        <source>a command failed</source>
        <translation>ein Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>fehlender Schlüssel</translation>
    </message>
    <message>
        <source>the server was interrupted</source>
        <translation>der Server wurde unterbrochen</translation>
    </message>
    <message>
        <source>the server ran out of memory</source>
        <translation>dem Server ging der Speicher aus</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be between 1 and ram_bytes (%3) but is %4</source>
        <translation>%1: Feld „%2“ sollte zwischen 1 und ram_bytes (%3) liegen, ist aber %4</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Durchlauf %1: %2</translation>
    </message>
    <message>
        <source>(%1× the median)</source>
        <translation>(das %1-Fache des Medians)</translation>
    </message>
    <message>
        <source>— the first, cold run (caches, lazy set-up)</source>
        <translation>— der erste, kalte Durchlauf (Caches, verzögerte Einrichtung)</translation>
    </message>
    <message>
        <source>  outliers: %1 (%2)</source>
        <translation>  Ausreißer: %1 (%2)</translation>
    </message>
    <message>
        <source>more than %1 robust standard deviations (1.4826 × the median absolute deviation) and %2 % from the median</source>
        <translation>mehr als %1 robuste Standardabweichungen (1,4826 × die mediane absolute Abweichung) und %2 % vom Median entfernt</translation>
    </message>
    <message>
        <source>largest of the first %1 printed (of %2) at index %3</source>
        <translation>größter der ersten %1 ausgegebenen (von %2) bei Index %3</translation>
    </message>
    <message>
        <source>largest at index %1</source>
        <translation>größter Wert bei Index %1</translation>
    </message>
    <message>
        <source>%1/%2 %3[%4]: %5; top %6: %7</source>
        <translation>%1/%2 %3[%4]: %5; die %6 größten: %7</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s): median %2, mean %3, min %4, p95 %5, max %6, sd %7</source>
        <translation>
            <numerusform>%1: %n Durchlauf: Median %2, Mittel %3, Min. %4, p95 %5, Max. %6, Std.-abw. %7</numerusform>
            <numerusform>%1: %n Durchläufe: Median %2, Mittel %3, Min. %4, p95 %5, Max. %6, Std.-abw. %7</numerusform>
        </translation>
    </message>
    <message>
        <source>a Python import failed</source>
        <translation>ein Python-Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>Maschine %1</translation>
    </message>
    <message>
        <source>%1: not a readable ELF file: %2</source>
        <translation>%1: keine lesbare ELF-Datei: %2</translation>
    </message>
    <message>
        <source>no ELF header</source>
        <translation>kein ELF-Kopf</translation>
    </message>
    <message>
        <source>unknown class %1 or byte order %2</source>
        <translation>unbekannte Klasse %1 oder Bytereihenfolge %2</translation>
    </message>
    <message>
        <source>the header is cut short</source>
        <translation>der Kopf ist abgeschnitten</translation>
    </message>
    <message>
        <source>section headers of %1 bytes, %2 of them</source>
        <translation>Sektionsköpfe von %1 Bytes, %2 davon</translation>
    </message>
    <message>
        <source>the section headers lie past the end of the file</source>
        <translation>die Sektionsköpfe liegen hinter dem Dateiende</translation>
    </message>
    <message>
        <source>Program %1: its size cannot be read (%2)</source>
        <translation>Programm %1: seine Größe kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Program %1: text %2, data %3, bss %4 (%5): flash %6, static RAM %7</source>
        <translation>Programm %1: text %2, data %3, bss %4 (%5): Flash %6, statischer RAM %7</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the section headers cannot be read</source>
        <translation>die Sektionsköpfe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>a tensor with %1 dimensions (at most %2 are read)</source>
        <translation>ein Tensor mit %1 Dimensionen (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <source>%1 arguments (at most %2 are read)</source>
        <translation>%1 Argumente (höchstens %2 werden gelesen)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n Byte: %1</numerusform>
            <numerusform>%n Bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>type code 13 (NDArray handle) is not allowed on the wire</source>
        <translation>Typcode 13 (NDArray-Handle) ist in der Übertragung nicht erlaubt</translation>
    </message>
    <message>
        <source>unknown type code %1</source>
        <translation>unbekannter Typcode %1</translation>
    </message>
    <message>
        <source>short RPC packet</source>
        <translation>kurzes RPC-Paket</translation>
    </message>
    <message numerus="yes">
        <source>an RPC packet needs 12 bytes (length and code), this one has %n</source>
        <translation>
            <numerusform>ein RPC-Paket braucht 12 Bytes (Länge und Code), dieses hat %n</numerusform>
            <numerusform>ein RPC-Paket braucht 12 Bytes (Länge und Code), dieses hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the packet says %1 bytes follow its length, but %2 do</source>
        <translation>laut Paket folgen auf die Länge %1 Bytes, es sind aber %2</translation>
    </message>
    <message>
        <source>timer of %1</source>
        <translation>Timer für %1</translation>
    </message>
    <message>
        <source>system library</source>
        <translation>Systembibliothek</translation>
    </message>
    <message>
        <source>%1 ms per call</source>
        <translation>%1 ms pro Aufruf</translation>
    </message>
    <message>
        <source>handle 0: no function &quot;%1&quot; on the device</source>
        <translation>Handle 0: keine Funktion &quot;%1&quot; auf dem Gerät</translation>
    </message>
    <message>
        <source>unknown RPC code %1 (a CRT device hangs on it, spec 4.4.8)</source>
        <translation>unbekannter RPC-Code %1 (ein CRT-Gerät bleibt daran hängen, Spezifikation 4.4.8)</translation>
    </message>
    <message>
        <source>the packet ends at byte %1 inside its body</source>
        <translation>das Paket endet bei Byte %1 mitten im Rumpf</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the body</source>
        <translation>
            <numerusform>%n Byte nach dem Rumpf</numerusform>
            <numerusform>%n Bytes nach dem Rumpf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a session message needs a 3-byte header, this one has %n byte(s)</source>
        <translation>
            <numerusform>eine Sitzungsnachricht braucht einen 3-Byte-Header, diese hat %n Byte</numerusform>
            <numerusform>eine Sitzungsnachricht braucht einen 3-Byte-Header, diese hat %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>a StartSessionInit needs a non-zero nonce and a 1-byte version; ignored</source>
        <translation>ein StartSessionInit braucht eine Nonce ungleich null und eine 1-Byte-Version; ignoriert</translation>
    </message>
    <message>
        <source>session version %1, not 1: the other side ignores it</source>
        <translation>Sitzungsversion %1 statt 1: die Gegenseite ignoriert sie</translation>
    </message>
    <message>
        <source>starts a session with nonce %1</source>
        <translation>startet eine Sitzung mit Nonce %1</translation>
    </message>
    <message>
        <source>a reply with responder nonce 0 is discarded</source>
        <translation>eine Antwort mit Responder-Nonce 0 wird verworfen</translation>
    </message>
    <message>
        <source>a StartSessionReply inside session %1 drops the session</source>
        <translation>ein StartSessionReply innerhalb von Sitzung %1 verwirft die Sitzung</translation>
    </message>
    <message>
        <source>a StartSessionReply that answers no StartSessionInit; ignored</source>
        <translation>ein StartSessionReply ohne vorausgehendes StartSessionInit; ignoriert</translation>
    </message>
    <message>
        <source>the reply names nonce %1, but the StartSessionInit sent %2: not accepted</source>
        <translation>die Antwort nennt Nonce %1, das StartSessionInit hat aber %2 gesendet: nicht angenommen</translation>
    </message>
    <message>
        <source>a StartSessionReply without version 1: not accepted</source>
        <translation>ein StartSessionReply ohne Version 1: nicht angenommen</translation>
    </message>
    <message>
        <source>session %1 established</source>
        <translation>Sitzung %1 aufgebaut</translation>
    </message>
    <message>
        <source>the host ends session %1</source>
        <translation>der Host beendet Sitzung %1</translation>
    </message>
    <message>
        <source>the device ends session %1: it rebooted, or its server stopped</source>
        <translation>das Gerät beendet Sitzung %1: es wurde neu gestartet, oder sein Server wurde beendet</translation>
    </message>
    <message>
        <source>the device terminated the session (a reboot?)</source>
        <translation>das Gerät hat die Sitzung beendet (ein Neustart?)</translation>
    </message>
    <message>
        <source>the host resets: no session</source>
        <translation>der Host setzt zurück: keine Sitzung</translation>
    </message>
    <message>
        <source>the device starts: no session</source>
        <translation>das Gerät startet: keine Sitzung</translation>
    </message>
    <message>
        <source>a Log message with session id %1 is dropped (Log uses 0)</source>
        <translation>eine Log-Nachricht mit Sitzungs-ID %1 wird verworfen (Log verwendet 0)</translation>
    </message>
    <message>
        <source>%1 outside a session: the receiver does not deliver it (TVM&apos;s CRT then stops reading, spec 4.2)</source>
        <translation>%1 außerhalb einer Sitzung: der Empfänger stellt die Nachricht nicht zu (die CRT von TVM liest danach nicht weiter, Spezifikation 4.2)</translation>
    </message>
    <message>
        <source>%1 with session id %2, but the session is %3: not delivered</source>
        <translation>%1 mit Sitzungs-ID %2, die Sitzung ist aber %3: nicht zugestellt</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>short packet: a new start (FF FD) inside it (error 0x201)</source>
        <translation>kurzes Paket: ein neuer Paketanfang (FF FD) darin (Fehler 0x201)</translation>
    </message>
    <message>
        <source>invalid escape FF %1 (error 0x202)</source>
        <translation>ungültige Escape-Sequenz FF %1 (Fehler 0x202)</translation>
    </message>
    <message>
        <source>the stream ends inside the packet</source>
        <translation>der Datenstrom endet mitten im Paket</translation>
    </message>
    <message>
        <source>longer than the receive buffer (error 0x301)</source>
        <translation>länger als der Empfangspuffer (Fehler 0x301)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) outside any packet: %1</source>
        <translation>
            <numerusform>%n Byte außerhalb von Paketen: %1</numerusform>
            <numerusform>%n Bytes außerhalb von Paketen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>framing error</source>
        <translation>Framing-Fehler</translation>
    </message>
    <message>
        <source>packet of %1 B: %2</source>
        <translation>Paket mit %1 B: %2</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC-Fehler</translation>
    </message>
    <message>
        <source>CRC %1 received, %2 computed: the receiver drops the packet</source>
        <translation>CRC %1 empfangen, %2 berechnet: der Empfänger verwirft das Paket</translation>
    </message>
    <message>
        <source>short message</source>
        <translation>kurze Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not delivered</source>
        <translation>
            <numerusform>%n Byte, nicht zugestellt</numerusform>
            <numerusform>%n Bytes, nicht zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>capture broken at byte %1: %2</source>
        <translation>Mitschnitt bei Byte %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>unknown byte-order magic</source>
        <translation>unbekannte Magic-Nummer der Bytereihenfolge</translation>
    </message>
    <message>
        <source>not a pcapng file (no section header block)</source>
        <translation>keine pcapng-Datei (kein Section Header Block)</translation>
    </message>
    <message>
        <source>a block of %1 bytes (blocks are 12 to %2 bytes, a multiple of 4)</source>
        <translation>ein Block mit %1 Bytes (Blöcke haben 12 bis %2 Bytes, ein Vielfaches von 4)</translation>
    </message>
    <message>
        <source>the block&apos;s two lengths differ</source>
        <translation>die beiden Längenangaben des Blocks weichen voneinander ab</translation>
    </message>
    <message>
        <source>the capture stops inside its last block (at byte %1 of %2): everything before it was read</source>
        <translation>der Mitschnitt endet mitten in seinem letzten Block (bei Byte %1 von %2): alles davor wurde gelesen</translation>
    </message>
    <message>
        <source>the capture is empty</source>
        <translation>der Mitschnitt ist leer</translation>
    </message>
    <message>
        <source>a block before the section header</source>
        <translation>ein Block vor dem Section Header</translation>
    </message>
    <message>
        <source>an interface block of %1 bytes</source>
        <translation>ein Schnittstellenblock mit %1 Bytes</translation>
    </message>
    <message>
        <source>more than 4096 interfaces</source>
        <translation>mehr als 4096 Schnittstellen</translation>
    </message>
    <message>
        <source>a packet block of %1 bytes</source>
        <translation>ein Paketblock mit %1 Bytes</translation>
    </message>
    <message>
        <source>a packet on interface %1, which was never described</source>
        <translation>ein Paket auf Schnittstelle %1, die nie beschrieben wurde</translation>
    </message>
    <message>
        <source>a simple packet block without an interface</source>
        <translation>ein Simple Packet Block ohne Schnittstelle</translation>
    </message>
    <message>
        <source>a packet of %1 bytes in a block of %2</source>
        <translation>ein Paket mit %1 Bytes in einem Block mit %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the capture %1: %2</source>
        <translation>der Mitschnitt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>capture interface %1 was never added</source>
        <translation>Mitschnitt-Schnittstelle %1 wurde nie hinzugefügt</translation>
    </message>
    <message>
        <source>a StartSessionInit without a nonce or version 1</source>
        <translation>ein StartSessionInit ohne Nonce oder ohne Version 1</translation>
    </message>
    <message>
        <source>both sides started a session; ours wins</source>
        <translation>beide Seiten haben eine Sitzung gestartet; unsere hat Vorrang</translation>
    </message>
    <message>
        <source>a StartSessionReply with responder nonce 0</source>
        <translation>ein StartSessionReply mit Responder-Nonce 0</translation>
    </message>
    <message>
        <source>a StartSessionReply inside the session reset it</source>
        <translation>ein StartSessionReply innerhalb der Sitzung hat sie zurückgesetzt</translation>
    </message>
    <message>
        <source>a StartSessionReply for nonce 0x%1, not ours</source>
        <translation>ein StartSessionReply für Nonce 0x%1, nicht unsere</translation>
    </message>
    <message>
        <source>the other side ended the session</source>
        <translation>die Gegenseite hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>%1 outside our session</source>
        <translation>%1 außerhalb unserer Sitzung</translation>
    </message>
    <message>
        <source>no session is established: a Normal message would be dropped</source>
        <translation>keine Sitzung aufgebaut: eine Normal-Nachricht würde verworfen</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; should be a VID:PID like 0483:374b, not &quot;%3&quot;</source>
        <translation>%1: Feld &quot;%2&quot; sollte eine VID:PID wie 0483:374b sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the transport closed</source>
        <translation>der Transport wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>session start handshake failed after %1 s (%n attempt(s))</source>
        <translation>
            <numerusform>Handshake zum Sitzungsstart nach %1 s fehlgeschlagen (%n Versuch)</numerusform>
            <numerusform>Handshake zum Sitzungsstart nach %1 s fehlgeschlagen (%n Versuche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) outside any packet</source>
        <translation>
            <numerusform>%n Byte außerhalb von Paketen</numerusform>
            <numerusform>%n Bytes außerhalb von Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>framing error 0x%1 at byte %2</source>
        <translation>Framing-Fehler 0x%1 bei Byte %2</translation>
    </message>
    <message>
        <source>a packet with a bad CRC at byte %1, dropped</source>
        <translation>ein Paket mit fehlerhafter CRC bei Byte %1, verworfen</translation>
    </message>
    <message>
        <source>the device ended the session (it rebooted?)</source>
        <translation>das Gerät hat die Sitzung beendet (wurde es neu gestartet?)</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 hat sich mit Exit-Code %2 beendet</translation>
    </message>
    <message>
        <source>the project&apos;s server ended</source>
        <translation>der Server des Projekts hat sich beendet</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>das Schreiben auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 went away (%2); waiting %3 s for it to return</source>
        <translation>%1 ist verschwunden (%2); es wird %3 s auf seine Rückkehr gewartet</translation>
    </message>
    <message>
        <source>%1 did not come back within %2 s</source>
        <translation>%1 ist nicht innerhalb von %2 s zurückgekehrt</translation>
    </message>
    <message>
        <source>unknown message type 0x%1</source>
        <translation>unbekannter Nachrichtentyp 0x%1</translation>
    </message>
    <message>
        <source>the device&apos;s port went away: it reset</source>
        <translation>der Port des Geräts ist verschwunden: es wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>a message of %1 bytes is over the device&apos;s %2-byte receive buffer (it would drop it, and a Zephyr board reboots)</source>
        <translation>eine Nachricht von %1 Bytes ist größer als der %2-Byte-Empfangspuffer des Geräts (es würde sie verwerfen, und ein Zephyr-Board startet neu)</translation>
    </message>
    <message>
        <source>cannot set %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht eingestellt werden: %3</translation>
    </message>
    <message>
        <source> (last try: %1)</source>
        <translation> (letzter Versuch: %1)</translation>
    </message>
    <message>
        <source>beyond the noise when a two-sided Mann-Whitney U test gives p &lt; %1 and the medians differ by at least %2 % of A&apos;s median; at least %3 samples on each side</source>
        <translation>über dem Rauschen, wenn ein zweiseitiger Mann-Whitney-U-Test p &lt; %1 ergibt und sich die Mediane um mindestens %2 % des Medians von A unterscheiden; mindestens %3 Messwerte auf jeder Seite</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: das Lesen wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1: no timings in %n line(s) of device output (host-sim run lines, AOT demo result lines or EEMBC laps)</source>
        <translation>
            <numerusform>%1: keine Zeitmessungen in %n Zeile Geräteausgabe (run-Zeilen von host-sim, result-Zeilen der AOT-Demo oder EEMBC-Laps)</numerusform>
            <numerusform>%1: keine Zeitmessungen in %n Zeilen Geräteausgabe (run-Zeilen von host-sim, result-Zeilen der AOT-Demo oder EEMBC-Laps)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a number of milliseconds</source>
        <translation>%1, Zeile %2: &quot;%3&quot; ist keine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>%1: more than %2 timings</source>
        <translation>%1: mehr als %2 Zeitmessungen</translation>
    </message>
    <message>
        <source>%1: no timings in the CSV file</source>
        <translation>%1: keine Zeitmessungen in der CSV-Datei</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Short packet</source>
        <translation>Kurzes Paket</translation>
    </message>
    <message>
        <source>a new start (FF FD) inside %1 (error 0x201)</source>
        <translation>ein neuer Paketanfang (FF FD) mitten im Feld „%1“ (Fehler 0x201)</translation>
    </message>
    <message>
        <source>Invalid escape</source>
        <translation>Ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>FF %1 inside %2 (error 0x202)</source>
        <translation>FF %1 mitten im Feld „%2“ (Fehler 0x202)</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>%1 runs past the end of the packet&apos;s payload</source>
        <translation>Feld „%1“ reicht über das Ende der Nutzdaten des Pakets hinaus</translation>
    </message>
    <message>
        <source>the message&apos;s bytes end inside %1</source>
        <translation>die Bytes der Nachricht enden mitten im Feld „%1“</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 Bytes: %2</translation>
    </message>
    <message>
        <source>Data pointer</source>
        <translation>Datenzeiger</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>%1 dimensions (at most %2 are read)</source>
        <translation>%1 Dimensionen (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>Byte-Offset</translation>
    </message>
    <message>
        <source> on device (%1, %2)</source>
        <translation> auf Gerät (%1, %2)</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Type index</source>
        <translation>Typindex</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>unknown type code %1: its value cannot be read</source>
        <translation>unbekannter Typcode %1: sein Wert kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 values (at most %2 are read)</source>
        <translation>%1 Werte (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <source>Type codes</source>
        <translation>Typcodes</translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation>Typ von %1</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>Rückgabetyp</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Packet length</source>
        <translation>Paketlänge</translation>
    </message>
    <message>
        <source>%1 bytes follow</source>
        <translation>%1 Bytes folgen</translation>
    </message>
    <message>
        <source> (but %1 do: the message holds one packet, spec 4.4.1)</source>
        <translation> (es folgen aber %1: die Nachricht enthält ein Paket, Spezifikation 4.4.1)</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Return values</source>
        <translation>Rückgabewerte</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Initiator nonce</source>
        <translation>Initiator-Nonce</translation>
    </message>
    <message>
        <source>Responder nonce</source>
        <translation>Responder-Nonce</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source> (the only version is 1: the handshake never completes)</source>
        <translation> (die einzige Version ist 1: der Handshake wird nie abgeschlossen)</translation>
    </message>
    <message>
        <source>, session 0x%1</source>
        <translation>, Sitzung 0x%1</translation>
    </message>
    <message>
        <source>unknown message type: %1 bytes not read</source>
        <translation>unbekannter Nachrichtentyp: %1 Bytes nicht gelesen</translation>
    </message>
    <message>
        <source>Trailing bytes</source>
        <translation>Überzählige Bytes</translation>
    </message>
    <message>
        <source>%1 bytes after the body</source>
        <translation>%1 Bytes nach dem Rumpf</translation>
    </message>
    <message>
        <source>Bytes outside any packet</source>
        <translation>Bytes außerhalb von Paketen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Start of packet</source>
        <translation>Paketanfang</translation>
    </message>
    <message>
        <source>the length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 bytes of payload</source>
        <translation>%1 Bytes Nutzdaten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>a session message needs a 3-byte header</source>
        <translation>eine Sitzungsnachricht braucht einen 3-Byte-Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>the CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>0x%1 (correct)</source>
        <translation>0x%1 (korrekt)</translation>
    </message>
    <message>
        <source>0x%1 received, 0x%2 computed: the receiver drops the packet</source>
        <translation>0x%1 empfangen, 0x%2 berechnet: der Empfänger verwirft das Paket</translation>
    </message>
    <message>
        <source>%1 bytes after the CRC</source>
        <translation>%1 Bytes nach der CRC</translation>
    </message>
    <message>
        <source>%1 bytes on the wire, %2 of payload</source>
        <translation>%1 Bytes in der Übertragung, davon %2 Nutzdaten</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>not shown: at most %1 fields are listed</source>
        <translation>nicht angezeigt: höchstens %1 Felder werden aufgeführt</translation>
    </message>
    <message>
        <source>%1 released (%2)</source>
        <translation>%1 freigegeben (%2)</translation>
    </message>
    <message>
        <source>waiting up to %1 s for the same device as %2 (serial number %3)</source>
        <translation>es wird bis zu %1 s auf dasselbe Gerät wie %2 gewartet (Seriennummer %3)</translation>
    </message>
    <message>
        <source>none; by its path</source>
        <translation>keine; über seinen Pfad</translation>
    </message>
    <message>
        <source>the same device is back as %1</source>
        <translation>dasselbe Gerät ist als %1 zurück</translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes</source>
        <translation>%1, Zeile %2: länger als %3 Bytes</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions; at most %3 are sent</source>
        <translation>%1 hat %2 Dimensionen; höchstens %3 werden gesendet</translation>
    </message>
    <message>
        <source>%1 has a negative dimension (%2)</source>
        <translation>%1 hat eine negative Dimension (%2)</translation>
    </message>
    <message>
        <source>%1 has no element size (bits %2, lanes %3)</source>
        <translation>%1 hat keine Elementgröße (Bits %2, Lanes %3)</translation>
    </message>
    <message>
        <source>%1 arguments; at most %2 are sent</source>
        <translation>%1 Argumente; höchstens %2 werden gesendet</translation>
    </message>
    <message>
        <source>a bool (type code 15) hangs a CRT older than v0.18; send it as an int</source>
        <translation>ein bool (Typcode 15) lässt eine CRT älter als v0.18 hängen; stattdessen als int senden</translation>
    </message>
    <message>
        <source>type code 13 (NDArray handle) is not allowed on the wire; send a DLTensor (7)</source>
        <translation>Typcode 13 (NDArray-Handle) ist in der Übertragung nicht erlaubt; stattdessen einen DLTensor (7) senden</translation>
    </message>
    <message>
        <source>an object handle (type code 8) is not something a CRT takes</source>
        <translation>ein Objekt-Handle (Typcode 8) ist nichts, was eine CRT annimmt</translation>
    </message>
    <message>
        <source>unknown type code %1: a CRT device hangs on it</source>
        <translation>unbekannter Typcode %1: ein CRT-Gerät bleibt daran hängen</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <source>syscall code %1 is not one a CRT device answers; it would hang</source>
        <translation>Syscall-Code %1 wird von einem CRT-Gerät nicht beantwortet; es würde hängen bleiben</translation>
    </message>
    <message>
        <source>a reply with %1 values</source>
        <translation>eine Antwort mit %1 Werten</translation>
    </message>
    <message>
        <source>a reply&apos;s tensor is cut short or has too many dimensions</source>
        <translation>der Tensor einer Antwort ist abgeschnitten oder hat zu viele Dimensionen</translation>
    </message>
    <message>
        <source>a reply value of unknown type code %1</source>
        <translation>ein Antwortwert mit unbekanntem Typcode %1</translation>
    </message>
    <message>
        <source>the reply ends at byte %1 inside its values</source>
        <translation>die Antwort endet bei Byte %1 mitten in ihren Werten</translation>
    </message>
    <message>
        <source>the tensor copied to</source>
        <translation>der Zieltensor der Kopie</translation>
    </message>
    <message>
        <source>the tensor copied from</source>
        <translation>der Quelltensor der Kopie</translation>
    </message>
    <message>
        <source>the request is %1 bytes; the device takes at most %2 in one packet</source>
        <translation>die Anfrage hat %1 Bytes; das Gerät nimmt höchstens %2 in einem Paket an</translation>
    </message>
    <message numerus="yes">
        <source>a reply of %n byte(s) has no RPC header</source>
        <translation>
            <numerusform>eine Antwort mit %n Byte hat keinen RPC-Header</numerusform>
            <numerusform>eine Antwort mit %n Bytes hat keinen RPC-Header</numerusform>
        </translation>
    </message>
    <message>
        <source>the reply says %1 bytes follow its length, but %2 do</source>
        <translation>laut Antwort folgen auf die Länge %1 Bytes, es sind aber %2</translation>
    </message>
    <message>
        <source>an exception without a message</source>
        <translation>eine Ausnahme ohne Meldung</translation>
    </message>
    <message>
        <source>a reply with RPC code %1, not Return, Exception or CopyAck</source>
        <translation>eine Antwort mit RPC-Code %1, nicht Return, Exception oder CopyAck</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 s; the device may have hung (a CRT device hangs on a request it cannot decode)</source>
        <translation>keine Antwort auf %1 innerhalb von %2 s; das Gerät hängt möglicherweise (ein CRT-Gerät bleibt bei einer Anfrage hängen, die es nicht dekodieren kann)</translation>
    </message>
    <message>
        <source>GetGlobalFunc(%1) answered no handle</source>
        <translation>GetGlobalFunc(%1) hat kein Handle geliefert</translation>
    </message>
    <message>
        <source>the device has no global function %1</source>
        <translation>das Gerät hat keine globale Funktion %1</translation>
    </message>
    <message>
        <source>a CallFunc reply that is not [type code, value]</source>
        <translation>eine CallFunc-Antwort, die nicht [Typcode, Wert] ist</translation>
    </message>
    <message>
        <source>%1 answered %2 values, not one</source>
        <translation>%1 hat %2 Werte geliefert statt einem</translation>
    </message>
    <message>
        <source>the device&apos;s packet size is %1</source>
        <translation>die Paketgröße des Geräts ist %1</translation>
    </message>
    <message>
        <source>a %1-dimensional tensor does not fit the device&apos;s packets</source>
        <translation>ein %1-dimensionaler Tensor passt nicht in die Pakete des Geräts</translation>
    </message>
    <message>
        <source>CopyFromRemote asked %1 bytes and got %2</source>
        <translation>CopyFromRemote hat %1 Bytes angefordert und %2 erhalten</translation>
    </message>
    <message>
        <source>the AOT executor has no function %1</source>
        <translation>der AOT-Executor hat keine Funktion %1</translation>
    </message>
    <message>
        <source>the RPC session is gone</source>
        <translation>die RPC-Sitzung besteht nicht mehr</translation>
    </message>
    <message>
        <source>the device has no AOT executor over RPC (an archive built with the C interface has no packed functions TVM&apos;s CRT can reach)</source>
        <translation>das Gerät hat keinen AOT-Executor über RPC (ein mit der C-Schnittstelle gebautes Archiv hat keine Packed Functions, die die CRT von TVM erreichen kann)</translation>
    </message>
    <message>
        <source>tensor %1 came back as no NDArray</source>
        <translation>Tensor %1 kam nicht als NDArray zurück</translation>
    </message>
    <message>
        <source>the model has %1 input(s); %2 were given</source>
        <translation>das Modell hat %1 Eingabe(n); %2 wurden übergeben</translation>
    </message>
    <message>
        <source>input %1 takes %2 bytes; %3 were given</source>
        <translation>Eingabe %1 benötigt %2 Bytes; %3 wurden übergeben</translation>
    </message>
    <message>
        <source>output %1 has no size</source>
        <translation>Ausgabe %1 hat keine Größe</translation>
    </message>
    <message>
        <source>the RPC client is gone</source>
        <translation>der RPC-Client ist nicht mehr da</translation>
    </message>
    <message>
        <source>argument %1 names no entry of the graph</source>
        <translation>Argument %1 nennt keinen Eintrag des Graphen</translation>
    </message>
    <message>
        <source>the size of argument %1 (%2) is not known from the code</source>
        <translation>die Größe von Argument %1 (%2) geht aus dem Code nicht hervor</translation>
    </message>
    <message>
        <source>number and repeat must be at least 1, min_repeat_ms not negative</source>
        <translation>number und repeat müssen mindestens 1 sein, min_repeat_ms nicht negativ</translation>
    </message>
    <message>
        <source>runtime.RPCTimeEvaluator returned no function</source>
        <translation>runtime.RPCTimeEvaluator gab keine Funktion zurück</translation>
    </message>
    <message>
        <source>the timer answered %1, not %2 times as 8-byte numbers</source>
        <translation>der Timer antwortete %1, nicht %2 Zeiten als 8-Byte-Zahlen</translation>
    </message>
    <message>
        <source>argument %1 has the dtype &quot;%2&quot;, which is not one</source>
        <translation>Argument %1 hat den dtype „%2“, den es nicht gibt</translation>
    </message>
    <message>
        <source>argument %1 (%2) has no shape of its %3 bytes</source>
        <translation>Argument %1 (%2) hat keine Shape zu seinen %3 Bytes</translation>
    </message>
    <message>
        <source>not on the device</source>
        <translation>nicht auf dem Gerät</translation>
    </message>
    <message>
        <source>no executor to time</source>
        <translation>kein Executor zum Messen</translation>
    </message>
</context>
</TS>
