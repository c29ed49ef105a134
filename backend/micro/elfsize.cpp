#include "elfsize.h"

#include "core/bytetext.h"
#include "core/checkedmath.h"
#include "core/error.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mtvw::micro {

namespace {

constexpr quint32 kAlloc = 0x2;
constexpr quint32 kWrite = 0x1;
constexpr quint32 kNoBits = 8;
constexpr qint64 kMaxSections = 65535;
constexpr qint64 kMaxEntrySize = 256;

struct Reader
{
    const QByteArray &b;
    bool little;
    quint64 get(qint64 at, int width) const
    {
        quint64 v = 0;
        for (int i = 0; i < width; ++i) {
            const quint8 c = quint8(b[at + (little ? width - 1 - i : i)]);
            v = (v << 8) | c;
        }
        return v;
    }
};

QString machineName(quint32 m)
{
    switch (m) {
    case 3: return QStringLiteral("x86");
    case 40: return QStringLiteral("ARM");
    case 62: return QStringLiteral("x86-64");
    case 94: return QStringLiteral("Xtensa");
    case 183: return QStringLiteral("AArch64");
    case 243: return QStringLiteral("RISC-V");
    default: return mtvw::BackendText::tr("machine %1").arg(m);
    }
}

Error malformed(const QString &origin, const QString &what)
{
    return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: not a readable ELF file: %2").arg(origin, what));
}

// Where the header says the section table is and how big it is, from its first 64 bytes.
struct Table
{
    qint64 offset = 0, count = 0, entrySize = 0;
};

Result<Table> table(const QByteArray &head, const QString &origin, bool *is64, bool *little, quint32 *machine)
{
    if (head.size() < 52 || !head.startsWith("\x7f"
                                             "ELF"))
        return malformed(origin, mtvw::BackendText::tr("no ELF header"));
    const quint8 cls = quint8(head[4]), data = quint8(head[5]);
    if ((cls != 1 && cls != 2) || (data != 1 && data != 2))
        return malformed(origin, mtvw::BackendText::tr("unknown class %1 or byte order %2").arg(cls).arg(data));
    *is64 = cls == 2;
    *little = data == 1;
    if (*is64 && head.size() < 64)
        return malformed(origin, mtvw::BackendText::tr("the header is cut short"));
    const Reader r{head, *little};
    *machine = quint32(r.get(18, 2));
    Table t;
    t.offset = qint64(std::min<quint64>(*is64 ? r.get(40, 8) : r.get(32, 4), quint64(1) << 62));
    t.entrySize = qint64(r.get(*is64 ? 58 : 46, 2));
    t.count = qint64(r.get(*is64 ? 60 : 48, 2));
    if (t.count == 0)
        return t; // no sections (or a count in section 0, which only huge files need)
    if (t.entrySize < (*is64 ? 64 : 40) || t.entrySize > kMaxEntrySize || t.count > kMaxSections)
        return malformed(origin, mtvw::BackendText::tr("section headers of %1 bytes, %2 of them").arg(t.entrySize).arg(t.count));
    return t;
}

ElfSize sum(const QByteArray &sections, qint64 count, qint64 entrySize, bool is64, bool little)
{
    ElfSize s;
    const Reader r{sections, little};
    for (qint64 i = 0; i < count; ++i) {
        const qint64 at = i * entrySize;
        const quint32 type = quint32(r.get(at + 4, 4));
        const quint64 flags = is64 ? r.get(at + 8, 8) : r.get(at + 8, 4);
        const qint64 size = qint64(std::min<quint64>(is64 ? r.get(at + 32, 8) : r.get(at + 20, 4), quint64(1) << 60));
        if (!(flags & kAlloc))
            continue;
        qint64 &into = !(flags & kWrite) ? s.text : type == kNoBits ? s.bss : s.data;
        into = saturatingAdd(into, size);
    }
    return s;
}

} // namespace

Result<ElfSize> ElfSize::parse(const QByteArray &bytes, const QString &origin)
{
    bool is64 = false, little = true;
    quint32 machine = 0;
    MTVW_TRY(t, table(bytes, origin, &is64, &little, &machine));
    if (t.count > 0 && (t.offset > bytes.size() || t.count * t.entrySize > bytes.size() - t.offset))
        return malformed(origin, mtvw::BackendText::tr("the section headers lie past the end of the file"));
    ElfSize s = sum(bytes.mid(t.offset, t.count * t.entrySize), t.count, t.entrySize, is64, little);
    s.is64 = is64;
    s.machine = machineName(machine);
    return s;
}

QString ElfSize::findProgram(const QString &projectDir)
{
    const QDir build(QDir(projectDir).filePath(QStringLiteral("build")));
    if (const QString zephyr = build.filePath(QStringLiteral("zephyr/zephyr.elf")); QFileInfo(zephyr).isFile())
        return zephyr;
    const QFileInfoList elves = build.entryInfoList({QStringLiteral("*.elf")}, QDir::Files, QDir::Name);
    if (!elves.isEmpty())
        return elves.first().filePath();
    for (const QFileInfo &f : build.entryInfoList(QDir::Files | QDir::Executable, QDir::Name)) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("\x7f"
                                                                         "ELF"))
            return f.filePath();
    }
    return {};
}

QString ElfSize::describeProgram(const QString &projectDir)
{
    const QString program = findProgram(projectDir);
    if (program.isEmpty())
        return {};
    const QString name = QDir(projectDir).relativeFilePath(program);
    const auto size = read(program);
    if (!size)
        return mtvw::BackendText::tr("Program %1: its size cannot be read (%2)").arg(name, size.error().message());
    return mtvw::BackendText::tr("Program %1: text %2, data %3, bss %4 (%5): flash %6, static RAM %7")
        .arg(name, ByteText::size(size->text), ByteText::size(size->data), ByteText::size(size->bss), size->machine,
             ByteText::size(size->flashBytes()), ByteText::size(size->ramBytes()));
}

Result<ElfSize> ElfSize::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, mtvw::BackendText::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(64);
    bool is64 = false, little = true;
    quint32 machine = 0;
    MTVW_TRY(t, table(head, path, &is64, &little, &machine));
    QByteArray sections;
    if (t.count > 0) {
        if (t.offset + t.count * t.entrySize > f.size() || !f.seek(t.offset))
            return malformed(path, mtvw::BackendText::tr("the section headers lie past the end of the file"));
        sections = f.read(t.count * t.entrySize);
        if (sections.size() != t.count * t.entrySize)
            return malformed(path, mtvw::BackendText::tr("the section headers cannot be read"));
    }
    ElfSize s = sum(sections, t.count, t.entrySize, is64, little);
    s.is64 = is64;
    s.machine = machineName(machine);
    return s;
}

} // namespace mtvw::micro
