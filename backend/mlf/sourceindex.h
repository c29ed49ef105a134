#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace mtvw::mlf {

// Function definitions found in generated C/C++ sources: name, file, line range and bytes.
// A small lexer (comments, strings, preprocessor lines, brace depth) is enough for generated code.
class SourceIndex
{
public:
    struct Function
    {
        QString name;
        QString file;
        int startLine = 0; // 1-based, the first line of the definition (return type)
        int endLine = 0;   // the line of the closing brace
        qint64 startOffset = 0;
        qint64 endOffset = 0; // one past the closing brace
        qint64 bytes() const { return endOffset - startOffset; }
    };
    struct File
    {
        QString path;
        qint64 bytes = 0;
        int lines = 0;
        int functionCount = 0;
    };

    // Generated code defines some hundreds of functions; past this many in all, a crafted source
    // of millions (ten bytes each, gigabytes of index) is indexed no further.
    static constexpr qsizetype kMaxFunctions = 200'000;

    // False once kMaxFunctions was reached: what was found after it is not in the index.
    bool addFile(const QString &path, const QByteArray &source);
    const QList<Function> &functions() const { return m_functions; }
    const QList<File> &files() const { return m_files; }
    const Function *find(const QString &name) const;

    // At most `limit` functions; *lineCount counts the whole file.
    static QList<Function> scan(const QByteArray &source, const QString &file, int *lineCount = nullptr,
                                qsizetype limit = kMaxFunctions);

private:
    QList<Function> m_functions;
    QList<File> m_files;
    QHash<QString, qsizetype> m_byName; // the first definition of each name
};

} // namespace mtvw::mlf
