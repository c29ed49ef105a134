#include "overviewreport.h"

#include "core/bytetext.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

using namespace mtvw::mlf;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString bytes(qint64 n)
{
    if (n < 0)
        return OverviewReport::tr("unknown");
    return ByteText::size(n);
}

// A table row: name, value, and the explanation in a muted smaller font.
QString row(const QString &name, const QString &valueHtml, const QString &explanation = {})
{
    return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td valign='top'>%2</td><td valign='top'><i>%3</i></td></tr>")
        .arg(esc(name), valueHtml, esc(explanation));
}

QString shapeText(const QList<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// One line per tensor the application passes in or gets back: "<code>input</code> int8 [1, 96,
// 96, 1] · 9.0 KiB". From the code's side first (the graph JSON, or the AOT interface header),
// with the metadata's dtype where the header has none.
QStringList ioLines(const MlfArchive::Module &m, bool inputs, QString *source)
{
    QStringList lines;
    const auto line = [](const QString &name, const QString &dtype, const QString &shape, qint64 bytes) {
        QStringList parts{QStringLiteral("<code>%1</code>").arg(esc(name))};
        if (!dtype.isEmpty())
            parts << esc(dtype);
        if (!shape.isEmpty())
            parts << esc(shape);
        QString text = parts.join(QLatin1Char(' '));
        if (bytes >= 0)
            text += QStringLiteral(" · ") + esc(ByteText::size(bytes));
        return text;
    };
    if (m.graph) {
        QSet<QString> params;
        if (m.params)
            for (const auto &t : m.params->tensors)
                params << t.name;
        QList<Graph::EntryRef> refs;
        if (inputs) {
            for (int id : m.graph->argNodes)
                if (id >= 0 && id < m.graph->nodes.size() && !params.contains(m.graph->nodes[id].name))
                    refs << Graph::EntryRef{id, 0};
        } else {
            refs = m.graph->heads;
        }
        for (const Graph::EntryRef &ref : refs)
            if (const Graph::Entry *e = m.graph->entry(ref))
                lines << line(m.graph->nodes[ref.node].name, e->dtype, shapeText(e->shape), e->bytes);
        *source = OverviewReport::tr("from the graph");
        return lines;
    }
    const QList<Metadata::Tensor> meta = m.meta.main.isEmpty() ? QList<Metadata::Tensor>()
                                         : inputs              ? m.meta.main.first().inputs
                                                               : m.meta.main.first().outputs;
    // The shapes the C interface no longer carries come from the Relay text's main signature.
    const RelaySignature &relay = m.relaySignature;
    if (m.header) {
        const auto &tensors = inputs ? m.header->inputs : m.header->outputs;
        for (qsizetype i = 0; i < tensors.size(); ++i) {
            const Metadata::Tensor *claimed = i < meta.size() ? &meta[i] : nullptr;
            const RelaySignature::Tensor *typed = inputs                                   ? relay.param(tensors[i].name)
                                                  : tensors.size() == relay.results.size() ? &relay.results[i]
                                                                                           : nullptr;
            const QString dtype = typed ? typed->dtype : claimed ? claimed->dtype : QString();
            lines << line(tensors[i].name, dtype, typed ? shapeText(typed->shape) : QString(),
                          tensors[i].sizeBytes >= 0 ? tensors[i].sizeBytes
                          : claimed                 ? claimed->sizeBytes
                                                    : -1);
        }
        *source = relay.isEmpty() ? OverviewReport::tr("from the C interface")
                                  : OverviewReport::tr("from the C interface, shapes from the Relay text");
        return lines;
    }
    for (const Metadata::Tensor &t : meta)
        lines << line(t.name, t.dtype, t.shape.isEmpty() ? QString() : shapeText(t.shape), t.sizeBytes);
    if (!lines.isEmpty()) {
        *source = OverviewReport::tr("as metadata.json lists them");
        return lines;
    }
    *source = OverviewReport::tr("from the Relay text's main function");
    // Neither a C interface nor metadata lists them (older AOT archives): the Relay signature.
    // Some exports pass the weights as parameters of main too, after the inputs (the frontends
    // create the inputs first) and under names other than the parameters file's: those are
    // left out by name where the names agree, else by count.
    if (!inputs) {
        for (const RelaySignature::Tensor &t : relay.results)
            lines << line(OverviewReport::tr("output"), t.dtype, shapeText(t.shape), -1);
        return lines;
    }
    QSet<QString> weights;
    if (m.params)
        for (const auto &t : m.params->tensors)
            weights << t.name;
    QList<RelaySignature::Tensor> given;
    for (const RelaySignature::Tensor &t : relay.params)
        if (!weights.contains(t.name))
            given << t;
    if (given.size() == relay.params.size() && m.params && relay.params.size() > m.params->tensors.size())
        given = relay.params.first(relay.params.size() - m.params->tensors.size());
    for (const RelaySignature::Tensor &t : given)
        lines << line(t.name, t.dtype, shapeText(t.shape), -1);
    return lines;
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

} // namespace

QString OverviewReport::versionMeaning(int version)
{
    switch (version) {
    case 1:
    case 2:
    case 3:
    case 4: return tr("an early format from TVM's development branch in 2021, before any release");
    case 5: return tr("the format of TVM v0.8");
    case 6: return tr("a development format of 2022 (between v0.8 and v0.9)");
    case 7: return tr("the format of TVM v0.9 to v0.18, the current one");
    default: return tr("newer than any format this workbench knows; it is read as far as it looks like version 7");
    }
}

QString OverviewReport::executorMeaning(const QString &executor)
{
    if (executor == QLatin1String("aot"))
        return tr("ahead-of-time: the model runs as one generated C function that calls the operators in order; "
                  "no graph is interpreted on the device");
    if (executor == QLatin1String("graph"))
        return tr("graph executor: a runtime on the device reads the graph JSON and calls the operators it lists");
    return tr("an executor this workbench does not know");
}

QString OverviewReport::targetMeaning(const QString &target)
{
    const QString kind = target.section(QLatin1Char(' '), 0, 0);
    if (kind == QLatin1String("c"))
        return tr("C source code, compiled later by the board's own toolchain");
    if (kind == QLatin1String("llvm"))
        return tr("machine code compiled by TVM itself (object files in the archive)");
    return tr("a target TVM compiles for: %1").arg(kind);
}

QString OverviewReport::styleMeaning(const QString &style)
{
    if (style == QLatin1String("operator"))
        return tr("operator style: separate functions built with tvm.build(), not a whole model; there is no executor, "
                  "graph or parameters file");
    return tr("full-model style: a whole model ready to run, with its executor, parameters and memory plan");
}

QString OverviewReport::html(const MlfArchive &archive, const QString &path)
{
    const Metadata &md = archive.metadata();
    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(esc(QFileInfo(path).fileName()));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(tr("A Model Library Format (MLF) archive: what TVM writes when it compiles a model for a "
                           "microcontroller. It holds the generated C code, the model's weights (parameters) and a "
                           "description of the memory the model needs (metadata.json).")));

    out += section(tr("What it is"));
    out += QStringLiteral("<table cellspacing='4'>");
    out += row(tr("File"), esc(path));
    out += row(tr("Container"), esc(archive.archive().formatName()),
               tr("%n entries, %1 in all", nullptr, int(archive.archive().entries().size()))
                   .arg(ByteText::size(archive.archive().totalBytes())));
    out += row(tr("Layout"), esc(archive.layoutName()));
    if (archive.hasMetadata()) {
        const QString release = md.statedRelease();
        out += row(tr("Metadata version"), QString::number(md.version) + (md.versionKnown ? QString() : tr(" (unknown)")),
                   release.isEmpty() ? versionMeaning(md.versionKnown ? md.version : 99)
                                     : tr("written by TVM %1, as its standalone C runtime states (external_dependencies); %2")
                                           .arg(esc(release), versionMeaning(md.versionKnown ? md.version : 99)));
        out += row(tr("Style"), esc(md.style), styleMeaning(md.style));
    } else {
        out += row(tr("Metadata"), tr("none"),
                   tr("this archive has no metadata.json, so its version, executor and memory figures are unknown"));
    }
    out += QStringLiteral("</table>");

    QStringList memoryWarnings;
    for (const MlfArchive::Module &m : archive.modules()) {
        out +=
            section(archive.modules().size() > 1 ? tr("Module \"%1\"").arg(m.name) : tr("The model (module \"%1\")").arg(m.name));
        out += QStringLiteral("<table cellspacing='4'>");
        if (archive.modules().size() == 1)
            out += row(tr("Module"), esc(m.name), tr("the name every generated symbol carries: tvmgen_%1_…").arg(m.name));
        for (const QString &e : m.meta.executors)
            out += row(tr("Executor"), esc(e), executorMeaning(e));
        // What goes in and comes out, first (as Netron shows it on opening).
        for (bool in : {true, false}) {
            QString source;
            const QStringList lines = ioLines(m, in, &source);
            if (!lines.isEmpty())
                out += row(in ? tr("Inputs") : tr("Outputs"), lines.join(QStringLiteral("<br>")),
                           in ? tr("what the application passes in (%1)").arg(source)
                              : tr("what the model gives back (%1)").arg(source));
        }
        for (const QString &t : m.meta.targets)
            out += row(tr("Target"), QStringLiteral("<code>%1</code>").arg(esc(t)), targetMeaning(t));
        if (!m.meta.exportDatetime.isEmpty())
            out += row(tr("Exported"), esc(m.meta.exportDatetime));
        out += row(tr("Generated code"),
                   tr("%n C file(s)", nullptr, int(m.sources.size())) +
                       (m.objects.isEmpty() ? QString() : tr(", %n object file(s)", nullptr, int(m.objects.size()))),
                   tr("the operators as functions, and for AOT the function that runs them all"));
        if (m.header)
            out += row(tr("C interface"), QStringLiteral("<code>%1</code>").arg(esc(m.header->runFunction)),
                       tr("the function an application calls to run the model, declared in %1").arg(m.headerEntry));
        if (m.graph)
            out += row(tr("Graph"), tr("%n node(s)", nullptr, int(m.graph->nodes.size())),
                       tr("the model's operators and tensors in execution order, read by the graph executor"));
        if (m.params)
            out += row(tr("Parameters"),
                       tr("%n tensor(s)", nullptr, int(m.params->tensors.size())) + QStringLiteral(", ") +
                           esc(bytes(m.params->totalDataBytes())),
                       tr("the trained weights, loaded at run time"));

        const MemoryMap mm = MemoryMap::compute(archive, m);
        if (mm.ramKnown || mm.flashKnown) {
            out += row(tr("Workspace"), esc(bytes(mm.workspaceBytes)),
                       tr("scratch memory the operators share while the model runs (RAM)"));
            if (mm.sources.contains(QStringLiteral("io")))
                out += row(tr("Inputs and outputs"), esc(bytes(mm.ioBytes)), tr("the model's input and output tensors (RAM)"));
            out += row(tr("Constants"), esc(bytes(mm.constantsBytes)),
                       mm.constantsInCode.isEmpty() ? tr("weights kept by the executor (flash)")
                                                    : tr("weights written into the C code as %n constant array(s) (flash)",
                                                         nullptr, int(mm.constantsInCode.size())));
            if (mm.peakCall >= 0)
                out +=
                    row(tr("Peak while running"), esc(bytes(mm.peakBytes)),
                        tr("held at call %1 of %2; the Memory pane lists the tensors").arg(mm.peakCall + 1).arg(mm.calls.size()));
            out += row(tr("RAM estimate"),
                       QStringLiteral("<b>%1</b>")
                           .arg(esc(mm.ramKnown ? bytes(mm.ramBytes) : tr("at least %1").arg(bytes(mm.ramBytes)))),
                       mm.ramFormula);
            out += row(tr("Flash estimate"), QStringLiteral("<b>%1</b>").arg(esc(bytes(mm.flashBytes))), mm.flashFormula);
        }
        for (const QString &n : mm.notes)
            out += row(tr("Note"), QString(), n);
        memoryWarnings += mm.warnings;
        out += row(tr("Operators"), QString::number(archive.operators(m).size()),
                   tr("the generated functions that do the model's work; see the Operators pane"));
        out += QStringLiteral("</table>");
    }

    QStringList warnings = archive.warnings() + memoryWarnings;
    out += section(tr("Warnings"));
    if (warnings.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("None: every part this kind of archive should have is there.")));
    } else {
        out += QStringLiteral("<ul>");
        for (const QString &w : warnings)
            out += QStringLiteral("<li>%1</li>").arg(esc(w));
        out += QStringLiteral("</ul>");
    }
    return out;
}
