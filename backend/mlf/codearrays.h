#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mtvw::mlf {

// Arrays with static storage that generated C declares: the forms TVM writes weights in (linked
// parameters `__tvm_param__pN`, `constant_N`, the USMP constant pool struct, NPU weights and
// command streams as byte strings) and the workspace arrays (`global_workspace[N]`). The code is
// the truth about flash: these are counted by their declared sizes, whatever the metadata says.
class CodeArrays
{
public:
    enum class Kind {
        LinkedParam,      // __tvm_param__<name>: a parameter linked into the code
        Constant,         // another initialised constant array
        ConstantPool,     // a USMP constant pool: an initialised static struct of arrays
        NpuWeights,       // Ethos-U weights (…_weights)
        NpuCommandStream, // Ethos-U command stream (…_cms_data…)
        Workspace,        // an uninitialised array: a workspace pool in RAM
    };
    struct Array
    {
        QString symbol;
        QString file;
        int line = 0;      // 1-based line of the symbol's name
        qint64 bytes = -1; // -1 when the size could not be evaluated (see sizeText)
        QString sizeText;  // the size expression as written
        QString section;   // from __attribute__((section(…))), or empty
        QString elementType;
        Kind kind = Kind::Constant;
        int members = 0; // ConstantPool: its arrays

        bool initialised() const { return kind != Kind::Workspace; }
    };

    // Every static array of one source file, in order; a symbol defined twice in one file (the
    // branches of an #if) is listed once.
    static QList<Array> scan(const QByteArray &source, const QString &file);
    static QString kindKey(Kind kind); // "linked_param", "constant", "constant_pool", …
    // Bytes of one element of a C scalar type written as in generated code (int8_t, float, …); -1 if unknown.
    static qint64 elementBytes(const QByteArray &type);
};

} // namespace mtvw::mlf
