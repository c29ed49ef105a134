#include "interfaceheader.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace mtvw::mlf {

namespace {

QString stripComments(const QString &text)
{
    static const QRegularExpression block(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral("//[^\\n]*"));
    QString t = text;
    t.remove(block);
    t.remove(line);
    return t;
}

QStringList structMembers(const QString &text, const QString &structName)
{
    const QRegularExpression re(QStringLiteral("struct\\s+%1\\s*\\{([^}]*)\\}").arg(QRegularExpression::escape(structName)));
    const auto m = re.match(text);
    QStringList out;
    if (!m.hasMatch())
        return out;
    static const QRegularExpression member(QStringLiteral("([A-Za-z_]\\w*)\\s*;"));
    auto it = member.globalMatch(m.captured(1));
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

} // namespace

QString InterfaceHeader::moduleFromFileName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("(?:^|/)tvmgen_(.+)\\.h$"));
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

Result<InterfaceHeader> InterfaceHeader::parse(const QByteArray &bytes, const QString &fileName)
{
    InterfaceHeader h;
    h.module = moduleFromFileName(fileName);
    if (h.module.isEmpty())
        return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1 is not named tvmgen_<module>.h").arg(fileName));
    const QString text = stripComments(QString::fromUtf8(bytes));
    const QString prefix = QStringLiteral("tvmgen_") + h.module;
    const QString macroPrefix = prefix.toUpper() + QLatin1Char('_');

    for (const QString &name : structMembers(text, prefix + QStringLiteral("_inputs")))
        h.inputs << Tensor{name, -1};
    for (const QString &name : structMembers(text, prefix + QStringLiteral("_outputs")))
        h.outputs << Tensor{name, -1};
    h.devices = structMembers(text, prefix + QStringLiteral("_devices"));
    const QStringList poolNames = structMembers(text, prefix + QStringLiteral("_workspace_pools"));

    const QRegularExpression run(
        QStringLiteral("([A-Za-z_][\\w\\s\\*]*?)\\b(%1_run)\\s*\\(([^)]*)\\)\\s*;").arg(QRegularExpression::escape(prefix)));
    if (const auto m = run.match(text); m.hasMatch()) {
        h.runFunction = m.captured(2);
        h.runSignature = m.captured(0).simplified();
    } else {
        return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1 declares no entry point %2_run").arg(fileName, prefix));
    }
    static const QRegularExpression decl(QStringLiteral("\\b(tvmgen_\\w+)\\s*\\("));
    auto dit = decl.globalMatch(text);
    while (dit.hasNext()) {
        const QString fn = dit.next().captured(1);
        if (fn == h.runFunction)
            continue;
        if (fn.endsWith(QLatin1String("_map_inputs")) || fn.endsWith(QLatin1String("_map_outputs")))
            h.ioInPools = true;
        else if (!h.otherFunctions.contains(fn))
            h.otherFunctions << fn;
    }

    static const QRegularExpression define(QStringLiteral("#\\s*define\\s+(\\w+)\\s+\\(?\\s*(\\d+)\\s*\\)?"));
    auto it = define.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString macro = m.captured(1);
        const qint64 value = m.captured(2).toLongLong();
        if (!macro.startsWith(macroPrefix))
            continue;
        const QString rest = macro.mid(macroPrefix.size());
        if (rest == QLatin1String("WORKSPACE_SIZE")) {
            h.workspaceBytes = value;
        } else if (rest.endsWith(QLatin1String("_WORKSPACE_POOL_SIZE"))) {
            const QString key = rest.chopped(int(strlen("_WORKSPACE_POOL_SIZE")));
            QString name = key;
            for (const QString &p : poolNames)
                if (p.toUpper() == key)
                    name = p;
            h.pools << Pool{name, QStringLiteral("workspace"), value};
        } else if (rest.endsWith(QLatin1String("_CONSTANT_POOL_SIZE"))) {
            h.pools << Pool{rest.chopped(int(strlen("_CONSTANT_POOL_SIZE"))), QStringLiteral("constant"), value};
        } else if (rest.endsWith(QLatin1String("_SIZE"))) {
            const QString key = rest.chopped(5);
            for (QList<Tensor> *list : {&h.inputs, &h.outputs})
                for (Tensor &t : *list)
                    if (t.name.toUpper() == key && t.sizeBytes < 0)
                        t.sizeBytes = value;
        }
    }
    for (const QString &p : poolNames) {
        bool known = false;
        for (const Pool &pool : h.pools)
            known = known || pool.name == p;
        if (!known)
            h.pools << Pool{p, QStringLiteral("workspace"), -1};
    }
    return h;
}

} // namespace mtvw::mlf
