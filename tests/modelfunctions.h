#pragma once

// What a model's raw files say, read by the tests independently of the backend's own readers: the
// operator functions it calls, and host-sim's output checksum.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace testsupport {

inline quint32 fnv1a(const QByteArray &bytes)
{
    quint32 h = 2166136261u;
    for (char c : bytes)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

// The operator functions a model calls, read here from the raw files of the extracted archive:
// the graph JSON's func_name attributes, else the calls the AOT main function makes to
// functions the generated C defines.
inline QSet<QString> operatorFunctionsOf(const QString &modelDir)
{
    QSet<QString> out;
    QDirIterator graphs(modelDir, {QStringLiteral("*.graph"), QStringLiteral("graph.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
    while (graphs.hasNext()) {
        QFile f(graphs.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const auto &n : QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("nodes")].toArray()) {
            const QJsonObject node = n.toObject();
            const QString func = node[QStringLiteral("attrs")].toObject()[QStringLiteral("func_name")].toString();
            if (node[QStringLiteral("op")].toString() == QLatin1String("tvm_op") && !func.isEmpty() &&
                func != QLatin1String("__nop") && func != QLatin1String("__copy"))
                out.insert(func);
        }
    }
    if (!out.isEmpty())
        return out;
    QByteArray code;
    QDirIterator sources(modelDir, {QStringLiteral("*.c")}, QDir::Files, QDirIterator::Subdirectories);
    while (sources.hasNext()) {
        QFile f(sources.next());
        if (f.open(QIODevice::ReadOnly))
            code += f.readAll() + '\n';
    }
    const QString text = QString::fromLatin1(code);
    static const QRegularExpression definition(
        QStringLiteral("\\n[A-Za-z_][A-Za-z0-9_ *]*\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\([^;{)]*\\)\\s*\\{"));
    QSet<QString> defined;
    QString mainName;
    qsizetype mainAt = -1;
    for (auto it = definition.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        defined.insert(m.captured(1));
        if (m.captured(1).endsWith(QLatin1String("_run_model")) ||
            (m.captured(1).endsWith(QLatin1String("___tvm_main__")) && mainAt < 0)) {
            mainName = m.captured(1);
            mainAt = m.capturedEnd(0);
        }
    }
    if (mainAt < 0)
        return out;
    // The main function's body: to its closing brace.
    int depth = 1;
    qsizetype end = mainAt;
    while (end < text.size() && depth > 0) {
        depth += text[end] == QLatin1Char('{') ? 1 : text[end] == QLatin1Char('}') ? -1 : 0;
        ++end;
    }
    static const QRegularExpression call(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    for (auto it = call.globalMatch(text.mid(mainAt, end - mainAt)); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (defined.contains(name) && name != mainName && !name.startsWith(QLatin1String("TVM")))
            out.insert(name);
    }
    return out;
}

} // namespace testsupport
