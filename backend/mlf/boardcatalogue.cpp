#include "boardcatalogue.h"

#include "core/tr.h"
#include "jsonaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace mtvw::mlf {

namespace {

constexpr qint64 kMaxFileBytes = 4 << 20; // a board list is a few kilobytes
const char *const kFormat = "mtvw-boards";

Result<BoardCatalogue::Board> parseBoard(const JsonAccess &json, const QString &origin, const QJsonValue &value,
                                         const JsonPath &path)
{
    if (!value.isObject())
        return json.typeError(path, "an object", value);
    const QJsonObject o = value.toObject();
    BoardCatalogue::Board b;
    MTVW_TRY(name, json.string(o, "name", path, true));
    if (name.trimmed().isEmpty())
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1: field \"%2\" is empty").arg(origin, path.key("name").toString()));
    b.name = name.trimmed();
    MTVW_TRY(platform, json.string(o, "platform", path, true));
    b.platform = platform;
    MTVW_TRY(ram, json.integer(o, "ram_bytes", path, true));
    MTVW_TRY(flash, json.integer(o, "flash_bytes", path, true));
    MTVW_TRY(heap, json.integer(o, "recommended_heap_bytes", path, false, -1));
    MTVW_TRY(appRam, json.integer(o, "app_ram_bytes", path, false, -1));
    if (appRam == 0 || appRam > ram)
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1: field \"%2\" should be between 1 and ram_bytes (%3) but is %4")
                         .arg(origin, path.key("app_ram_bytes").toString())
                         .arg(ram)
                         .arg(appRam));
    b.appRamBytes = appRam;
    for (auto [key, v] : {std::pair{"ram_bytes", ram}, {"flash_bytes", flash}}) {
        if (v <= 0)
            return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: field \"%2\" should be greater than 0 but is %3")
                                                     .arg(origin, path.key(key).toString())
                                                     .arg(v));
    }
    b.ramBytes = ram;
    b.flashBytes = flash;
    b.recommendedHeapBytes = heap;
    MTVW_TRY(mcu, json.string(o, "mcu", path, false));
    MTVW_TRY(model, json.string(o, "model", path, false));
    b.model = model;
    MTVW_TRY(usb, json.string(o, "usb_id", path, false));
    static const QRegularExpression usbShape(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{4}$"));
    if (!usb.isEmpty() && !usbShape.match(usb).hasMatch())
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1: field \"%2\" should be a VID:PID like 0483:374b, not \"%3\"")
                         .arg(origin, path.key("usb_id").toString(), usb));
    b.usbId = usb;
    MTVW_TRY(note, json.string(o, "note", path, false));
    MTVW_TRY(source, json.string(o, "source", path, false));
    b.mcu = mcu;
    b.note = note;
    b.source = source;
    static const QRegularExpression translated(QStringLiteral("^note_([a-z]{2,3})$"));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QRegularExpressionMatch m = translated.match(it.key());
        if (!m.hasMatch())
            continue;
        MTVW_TRY(text, json.string(o, it.key().toLatin1().constData(), path, true));
        b.notes.insert(m.captured(1), text);
    }
    return b;
}

} // namespace

QString BoardCatalogue::Board::noteFor(const QLocale &locale) const
{
    const QString language = QLocale::languageToCode(locale.language());
    return notes.value(language, note);
}

QList<const BoardCatalogue::Board *> BoardCatalogue::boardsForUsb(quint16 vendor, quint16 product) const
{
    const QString id = QStringLiteral("%1:%2").arg(vendor, 4, 16, QLatin1Char('0')).arg(product, 4, 16, QLatin1Char('0'));
    QList<const Board *> out;
    for (const Board &b : m_boards)
        if (b.usbId == id)
            out << &b;
    return out;
}

const BoardCatalogue::Board *BoardCatalogue::find(const QString &name) const
{
    for (const Board &b : m_boards)
        if (b.name == name)
            return &b;
    return nullptr;
}

BoardCatalogue::TargetMatch BoardCatalogue::matchTarget(const QString &target) const
{
    // "-model=nrf5340dk" or "--model=nrf5340dk", as a word of the target string
    const auto option = [&](const QString &name) {
        static const QRegularExpression word(QStringLiteral("(?:^|\\s)--?(model|mcpu)=(\\S+)"));
        for (auto it = word.globalMatch(target); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == name)
                return m.captured(2);
        }
        return QString();
    };
    TargetMatch match;
    const QString model = option(QStringLiteral("model"));
    if (!model.isEmpty() && model != QLatin1String("host")) {
        for (const Board &b : m_boards)
            if (b.model.compare(model, Qt::CaseInsensitive) == 0 || b.name.compare(model, Qt::CaseInsensitive) == 0)
                match.boards << &b;
        // A board named exactly first, then the smallest: a model that fits it fits the others.
        std::stable_sort(match.boards.begin(), match.boards.end(), [&](const Board *a, const Board *b) {
            const bool aNamed = a->name.compare(model, Qt::CaseInsensitive) == 0;
            const bool bNamed = b->name.compare(model, Qt::CaseInsensitive) == 0;
            return aNamed != bNamed ? aNamed : a->budgetRamBytes() < b->budgetRamBytes();
        });
        if (!match.boards.isEmpty()) {
            match.key = QStringLiteral("-model=") + model;
            return match;
        }
    }
    const QString mcpu = option(QStringLiteral("mcpu"));
    static const QRegularExpression core(QStringLiteral("^cortex-([amr]\\d+)(plus|\\+.*)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = core.match(mcpu); m.hasMatch()) {
        // "Cortex-M7" in the MCU's text, not followed by another digit (Cortex-M7 is not Cortex-M70)
        const QRegularExpression inMcu(QStringLiteral("\\bCortex-%1(?!\\d)").arg(m.captured(1)),
                                       QRegularExpression::CaseInsensitiveOption);
        for (const Board &b : m_boards)
            if (inMcu.match(b.mcu).hasMatch())
                match.boards << &b;
        // The smallest first: a model that fits it fits every board with that core.
        std::stable_sort(match.boards.begin(), match.boards.end(),
                         [](const Board *a, const Board *b) { return a->budgetRamBytes() < b->budgetRamBytes(); });
        if (!match.boards.isEmpty())
            match.key = QStringLiteral("-mcpu=") + mcpu;
    }
    return match;
}

void BoardCatalogue::add(const Board &board)
{
    for (Board &b : m_boards) {
        if (b.name == board.name) {
            b = board;
            return;
        }
    }
    m_boards << board;
}

bool BoardCatalogue::remove(const QString &name)
{
    return m_boards.removeIf([&](const Board &b) { return b.name == name; }) > 0;
}

QByteArray BoardCatalogue::toJson() const
{
    QJsonArray boards;
    for (const Board &b : m_boards) {
        QJsonObject o{{QStringLiteral("name"), b.name},
                      {QStringLiteral("platform"), b.platform},
                      {QStringLiteral("ram_bytes"), b.ramBytes},
                      {QStringLiteral("flash_bytes"), b.flashBytes}};
        if (!b.mcu.isEmpty())
            o[QStringLiteral("mcu")] = b.mcu;
        if (!b.model.isEmpty())
            o[QStringLiteral("model")] = b.model;
        if (!b.usbId.isEmpty())
            o[QStringLiteral("usb_id")] = b.usbId;
        if (b.appRamBytes > 0)
            o[QStringLiteral("app_ram_bytes")] = b.appRamBytes;
        if (b.recommendedHeapBytes >= 0)
            o[QStringLiteral("recommended_heap_bytes")] = b.recommendedHeapBytes;
        if (!b.note.isEmpty())
            o[QStringLiteral("note")] = b.note;
        for (auto it = b.notes.constBegin(); it != b.notes.constEnd(); ++it)
            o[QStringLiteral("note_") + it.key()] = it.value();
        if (!b.source.isEmpty())
            o[QStringLiteral("source")] = b.source;
        boards << o;
    }
    const QJsonObject doc{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                          {QStringLiteral("version"), kVersion},
                          {QStringLiteral("boards"), boards}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<BoardCatalogue> BoardCatalogue::parse(const QByteArray &text, const QString &origin)
{
    MTVW_TRY(top, JsonAccess::parse(text, origin));
    const JsonAccess json(origin);
    const JsonPath root;
    if (!top.isObject())
        return json.typeError(root, "an object", top);
    const QJsonObject o = top.toObject();
    MTVW_TRY(format, json.string(o, "format", root, false));
    if (!format.isEmpty() && format != QLatin1String(kFormat))
        return Error(Error::Code::Unsupported, mtvw::BackendText::tr("%1: field \"format\" is \"%2\", not a board list (\"%3\")")
                                                   .arg(origin, format, QLatin1String(kFormat)));
    MTVW_TRY(version, json.integer(o, "version", root, false, kVersion));
    if (version > kVersion)
        return Error(Error::Code::Unsupported,
                     mtvw::BackendText::tr("%1: board list version %2 is newer than this program reads (%3)")
                         .arg(origin)
                         .arg(version)
                         .arg(kVersion));
    MTVW_TRY(list, json.array(o, "boards", root, true));
    BoardCatalogue catalogue;
    const JsonPath boardsPath = root.key("boards");
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPath path = boardsPath.index(i);
        MTVW_TRY(board, parseBoard(json, origin, list->at(i), path));
        if (catalogue.find(board.name))
            return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: field \"%2\": a board named \"%3\" is already listed")
                                                     .arg(origin, path.key("name").toString(), board.name));
        catalogue.m_boards << board;
    }
    return catalogue;
}

Result<BoardCatalogue> BoardCatalogue::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot read the board list %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return Error(Error::Code::LimitExceeded, mtvw::BackendText::tr("the board list %1 is %2 bytes, more than the %3 allowed")
                                                     .arg(path)
                                                     .arg(f.size())
                                                     .arg(kMaxFileBytes));
    return parse(f.read(kMaxFileBytes), path);
}

Result<BoardCatalogue> BoardCatalogue::loadIfExists(const QString &path)
{
    if (!QFileInfo::exists(path))
        return BoardCatalogue();
    return load(path);
}

Result<void> BoardCatalogue::save(const QString &path) const
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot create the folder %1").arg(dir));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot write the board list %1: %2").arg(path, f.errorString()));
    f.write(toJson());
    if (!f.commit())
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot write the board list %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace mtvw::mlf
