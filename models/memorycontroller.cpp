#include "memorycontroller.h"

#include "backgroundjob.h"
#include "boardlistmodel.h"
#include "core/bytetext.h"
#include "mlf/memoryexport.h"
#include "operatorworkspacemodel.h"

#include <QLocale>
#include <QSaveFile>

using namespace mtvw;
using namespace mtvw::mlf;

namespace {

constexpr qint64 kZephyrDefaultHeapBytes = 221184; // the Zephyr template's workspace_size_bytes default (spec 3.7)

QString percent(qint64 part, qint64 whole)
{
    const double p = whole > 0 ? 100.0 * double(part) / double(whole) : 0;
    return QLocale().toString(p, 'f', 1) + QLatin1Char('%');
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, MemoryController::tr("cannot write %1: %2").arg(path, f.errorString()));
    f.write(bytes);
    if (!f.commit())
        return Error(Error::Code::Io, MemoryController::tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

MemoryController::MemoryController(QObject *parent)
    : QObject(parent)
    , m_boards(new BoardListModel(this))
    , m_operators(new OperatorWorkspaceModel(this))
    , m_timelineJob(new BackgroundJob<MemoryTimeline>(this))
{
    m_boards->setBoards(m_builtIn, m_user);
}

MemoryController::~MemoryController() = default;

Result<void> MemoryController::loadBoards(const QString &builtInPath, const QString &userPath)
{
    const QString selected = currentBoard() ? currentBoard()->name : QString();
    auto builtIn = BoardCatalogue::load(builtInPath);
    auto user = BoardCatalogue::loadIfExists(userPath);
    m_builtIn = builtIn ? builtIn.value() : BoardCatalogue();
    m_user = user ? user.value() : BoardCatalogue();
    m_userPath = userPath;
    m_boards->setBoards(m_builtIn, m_user);
    m_board = selected.isEmpty() ? -1 : m_boards->rowOf(selected);
    emit changed();
    if (!builtIn)
        return builtIn.error();
    if (!user)
        return user.error();
    return {};
}

void MemoryController::setArchive(std::shared_ptr<const MlfArchive> archive)
{
    m_archive = std::move(archive);
    const QStringList names = modules();
    m_module = names.isEmpty() ? QString() : names.first();
    chooseBoardFromTarget();
    recompute();
}

// The board the module's target names (-model=, else -mcpu=), your own boards first; the
// current choice stays when it names none.
void MemoryController::chooseBoardFromTarget()
{
    m_boardChoice.clear();
    const MlfArchive::Module *module = currentModule();
    if (!module)
        return;
    for (const QString &target : module->meta.targets) {
        for (const BoardCatalogue *catalogue : {&m_user, &m_builtIn}) {
            const BoardCatalogue::TargetMatch match = catalogue->matchTarget(target);
            const int row = match.boards.isEmpty() ? -1 : m_boards->rowOf(match.boards.first()->name);
            if (row < 0)
                continue;
            applyBoard(row); // recompute() that follows emits changed() once, with the new map
            QStringList others;
            for (qsizetype i = 1; i < match.boards.size() && i <= 4; ++i)
                others << match.boards[i]->name;
            if (match.boards.size() > 5)
                others << tr("…");
            const QString also = others.join(QStringLiteral(", "));
            if (others.isEmpty())
                m_boardChoice = tr("Board chosen from the target's %1.").arg(match.key);
            else if (match.key.startsWith(QLatin1String("-mcpu=")))
                m_boardChoice =
                    tr("Board chosen from the target's %1: the smallest with that core (also: %2).").arg(match.key, also);
            else
                m_boardChoice = tr("Board chosen from the target's %1 (also: %2).").arg(match.key, also);
            return;
        }
    }
}

QStringList MemoryController::modules() const
{
    QStringList names;
    if (m_archive)
        for (const MlfArchive::Module &m : m_archive->modules())
            names << m.name;
    return names;
}

void MemoryController::setModule(const QString &name)
{
    if (name == m_module || !modules().contains(name))
        return;
    m_module = name;
    chooseBoardFromTarget();
    recompute();
}

const MlfArchive::Module *MemoryController::currentModule() const
{
    return m_archive ? m_archive->module(m_module) : nullptr;
}

const BoardCatalogue::Board *MemoryController::currentBoard() const
{
    return m_boards->board(m_board);
}

void MemoryController::setBoard(int row)
{
    m_boardChoice.clear();
    if (applyBoard(row))
        emit changed();
}

bool MemoryController::applyBoard(int row)
{
    const BoardCatalogue::Board *b = m_boards->board(row);
    if (!b) {
        if (m_board == -1)
            return false;
        m_board = -1; // Custom: keep the sizes until the user types others
    } else {
        m_board = row;
        m_budget = {b->budgetRamBytes(), b->flashBytes};
    }
    return true;
}

bool MemoryController::selectBoard(const QString &name)
{
    const int row = m_boards->rowOf(name);
    if (row < 0)
        return false;
    setBoard(row);
    return true;
}

void MemoryController::setBudget(qint64 ramBytes, qint64 flashBytes)
{
    const MemoryMap::Budget budget{ramBytes < 0 ? -1 : ramBytes, flashBytes < 0 ? -1 : flashBytes};
    if (m_board == -1 && budget.ramBytes == m_budget.ramBytes && budget.flashBytes == m_budget.flashBytes)
        return;
    m_board = -1;
    m_boardChoice.clear();
    m_budget = budget;
    emit changed();
}

Result<void> MemoryController::addUserBoard(const BoardCatalogue::Board &board)
{
    if (board.name.trimmed().isEmpty())
        return Error(Error::Code::Malformed, tr("a board needs a name"));
    if (board.ramBytes <= 0 || board.flashBytes <= 0)
        return Error(Error::Code::Malformed, tr("a board needs RAM and flash sizes greater than 0"));
    if (m_builtIn.find(board.name.trimmed()))
        return Error(Error::Code::Malformed, tr("\"%1\" is a built-in board: choose another name").arg(board.name));
    if (m_userPath.isEmpty())
        return Error(Error::Code::Io, tr("there is no file to keep your boards in"));
    BoardCatalogue::Board b = board;
    b.name = b.name.trimmed();
    BoardCatalogue user = m_user;
    user.add(b);
    auto saved = user.save(m_userPath);
    if (!saved)
        return saved.error();
    m_user = user;
    m_boards->setBoards(m_builtIn, m_user);
    m_board = m_boards->rowOf(b.name);
    m_budget = {b.ramBytes, b.flashBytes};
    emit changed();
    return {};
}

Result<void> MemoryController::removeUserBoard(const QString &name)
{
    BoardCatalogue user = m_user;
    if (!user.remove(name))
        return Error(Error::Code::NotFound, tr("\"%1\" is not one of your boards").arg(name));
    auto saved = user.save(m_userPath);
    if (!saved)
        return saved.error();
    const QString selected = currentBoard() ? currentBoard()->name : QString();
    m_user = user;
    m_boards->setBoards(m_builtIn, m_user);
    m_board = selected.isEmpty() ? -1 : m_boards->rowOf(selected); // the removed board becomes Custom, same sizes
    emit changed();
    return {};
}

void MemoryController::recompute()
{
    const MlfArchive::Module *m = currentModule();
    m_hasMap = m != nullptr;
    m_map = m ? MemoryMap::compute(*m_archive, *m) : MemoryMap();
    m_operators->setOperators(m_map.operators, m_map.largestOperatorWorkspace); // shares are against the largest
    emit changed();
    startTimeline();
}

void MemoryController::startTimeline()
{
    m_timelineJob->cancel();
    m_timeline = MemoryTimeline();
    m_timelineReady = false;
    emit timelineChanged();
    if (!currentModule())
        return;
    // The job holds the archive; a newer one supersedes it and the older result never arrives.
    m_timelineJob->start(
        [archive = m_archive, name = m_module, map = m_map](const JobContext &) {
            const MlfArchive::Module *m = archive->module(name);
            return m ? MemoryTimeline::compute(*archive, *m, map) : MemoryTimeline();
        },
        [this](MemoryTimeline timeline) {
            m_timeline = std::move(timeline);
            m_timelineReady = true;
            emit timelineChanged();
        });
}

QList<MemoryController::Part> MemoryController::split() const
{
    QList<Part> parts;
    const MlfArchive::Module *m = currentModule();
    if (!m || (!m_map.ramKnown && !m_map.flashKnown))
        return parts;
    // The same cases as MemoryMap::compute: the parts of each region add up to its estimate.
    const bool graph = m->meta.isGraph() || (!m->meta.isAot() && m->graph);
    qint64 pooled = 0;
    for (const auto &p : m_map.pools)
        if (p.kind == QLatin1String("workspace") && p.sizeBytes > 0)
            pooled += p.sizeBytes;
    const bool ioInPools = m->header && m->header->ioInPools;

    Part workspace{QStringLiteral("workspace"), tr("workspace"), m_map.workspaceBytes, Region::Ram,
                   tr("Scratch memory the generated code uses while the model runs: the tensors between operators "
                      "and the operators' own buffers.")};
    Part io{QStringLiteral("io"), tr("io"), m_map.ioBytes, Region::Ram, tr("The model's input and output tensors.")};
    Part constants{QStringLiteral("constants"), tr("weights in the code"), m_map.constantsBytes, Region::Flash,
                   tr("Weights and other constants written into the generated C (listed below), read from flash.")};
    Part params{QStringLiteral("params"), tr("parameters file"), m_map.paramsFileBytes, Region::NotCounted,
                tr("The firmware does not load this file: it uses the weights in the code.")};
    const Part code{QStringLiteral("code"), tr("code"), m_map.objectBytes, Region::Flash,
                    tr("Machine code in the archive's object files.")};
    const Part source{QStringLiteral("source"), tr("C source"), m_map.sourceBytes, Region::NotCounted,
                      tr("Generated C: its machine code is only known once your project compiles it, so it is not "
                         "counted. Add your firmware's code size to the flash figure.")};
    if (m_map.paramsFileUsed) {
        params.region = Region::Flash;
        params.explanation = tr("The graph executor loads the parameters file (embedded in the firmware) into the storage "
                                "ids.");
        constants.bytes = m_map.constantsInCodeBytes; // the parameters are in the file, not in the code
        constants.explanation = tr("Other constant arrays the generated C declares (listed below), read from flash.");
    }

    if (graph && !m_map.storage.isEmpty()) {
        parts << Part{QStringLiteral("storage"), tr("storage ids"), m_map.storageBytes - m_map.linkedStorageBytes, Region::Ram,
                      tr("The graph executor allocates one buffer per storage id for the whole run: inputs, outputs, "
                         "intermediate tensors and parameters not linked into the code.")};
        if (m_map.linkedStorageBytes > 0)
            parts << Part{QStringLiteral("linked"), tr("linked storage ids"), m_map.linkedStorageBytes, Region::NotCounted,
                          tr("Storage ids served by parameters linked into the code (-link-params): they stay in flash.")};
        workspace.label = tr("largest operator workspace");
        workspace.explanation = tr("Each operator allocates its workspace while it runs; the largest one counts.");
        parts << workspace;
        io.region = Region::NotCounted;
        io.explanation = tr("Held in the storage ids.");
        parts << io << constants << params;
    } else {
        if (m_map.codeWorkspaceBytes >= 0 || pooled > 0) {
            workspace.label = tr("workspace pools");
            if (m_map.codeWorkspaceBytes < 0)
                workspace.bytes = std::max(pooled, m_map.workspaceBytes);
            workspace.explanation = tr("The workspace arrays the code declares (USMP pools): every tensor between "
                                       "operators and their scratch lives in them.");
        }
        parts << workspace;
        if (ioInPools) {
            io.region = Region::NotCounted;
            io.explanation = tr("Placed in the workspace pools.");
        }
        parts << io << constants << params;
    }
    parts << code << source;
    return parts;
}

QString MemoryController::summary() const
{
    if (!m_archive)
        return tr("Open a Model Library Format archive to see where its memory goes.");
    if (!m_hasMap)
        return tr("The archive has no module.");
    if (!m_map.ramKnown && !m_map.flashKnown)
        return tr("Nothing in this archive gives its workspace, io or constants (no metadata.json, no C interface header, "
                  "no workspace arrays in the code), so the fit cannot be checked. Its C sources hold %1.")
            .arg(ByteText::size(m_map.sourceBytes));
    const MemoryMap::Fit f = fit();
    const QString ram = m_map.ramKnown ? ByteText::size(m_map.ramBytes) : tr("at least %1").arg(ByteText::size(m_map.ramBytes));
    if (!f.ramChecked && !f.flashChecked)
        return tr("Needs about %1 of RAM and %2 of flash. Pick a board or type its sizes to check the fit.")
            .arg(ram, ByteText::size(m_map.flashBytes));
    if (f.unknown() && !f.over())
        return tr("Cannot tell whether it fits: it needs %1 of RAM (%2) and %3 of flash.")
            .arg(ram, m_map.ramFormula, ByteText::size(m_map.flashBytes));
    QStringList parts;
    auto region = [&](const QString &name, qint64 used, qint64 budget, qint64 headroom, bool fits) {
        parts << (fits ? tr("%1 %2 of %3 (%4) — %5 free") : tr("%1 %2 of %3 (%4) — %5 over"))
                     .arg(name, ByteText::size(used), ByteText::size(budget), percent(used, budget),
                          ByteText::size(std::abs(headroom)));
    };
    if (f.ramChecked)
        region(tr("RAM"), m_map.ramBytes, m_budget.ramBytes, f.ramHeadroom, f.ramFits);
    if (f.flashChecked)
        region(tr("flash"), m_map.flashBytes, m_budget.flashBytes, f.flashHeadroom, f.flashFits);
    return (f.fits() ? tr("Fits: %1") : tr("Does not fit: %1")).arg(parts.join(QStringLiteral("; ")));
}

QString MemoryController::explanation() const
{
    if (!m_hasMap || (!m_map.ramKnown && !m_map.flashKnown))
        return tr("Nothing in the archive gives the figures the estimates need.");
    const QList<Part> parts = split();
    QStringList lines;
    auto region = [&](Region r, const QString &name, qint64 total, const QString &formula) {
        QStringList terms;
        for (const Part &p : parts)
            if (p.region == r)
                terms << tr("%1 %2").arg(p.label, ByteText::size(p.bytes));
        lines << tr("%1 estimate = %2 = %3 (%4)").arg(name, terms.join(QStringLiteral(" + ")), ByteText::size(total), formula);
    };
    region(Region::Ram, tr("RAM"), m_map.ramBytes, m_map.ramFormula);
    region(Region::Flash, tr("Flash"), m_map.flashBytes, m_map.flashFormula);
    lines << QString();
    for (const Part &p : parts)
        lines << tr("%1 (%2, %3): %4")
                     .arg(p.label, ByteText::size(p.bytes),
                          p.region == Region::Ram     ? tr("RAM")
                          : p.region == Region::Flash ? tr("flash")
                                                      : tr("not counted"),
                          p.explanation);
    return lines.join(QLatin1Char('\n'));
}

QStringList MemoryController::hints() const
{
    QStringList out;
    if (!m_hasMap)
        return out;
    if (!m_boardChoice.isEmpty())
        out << m_boardChoice;
    if (m_archive && m_archive->modules().size() > 1) {
        QList<MemoryMap> maps;
        for (const MlfArchive::Module &m : m_archive->modules())
            maps << MemoryMap::compute(*m_archive, m); // the code facts are cached: cheap
        const MemoryMap total = MemoryMap::total(maps);
        const MemoryMap::Fit f = total.check(m_budget);
        QString line =
            tr("All %n modules together (one firmware links them all): RAM %1, flash %2", nullptr, int(maps.size()))
                .arg(total.ramKnown ? ByteText::size(total.ramBytes) : tr("at least %1").arg(ByteText::size(total.ramBytes)),
                     ByteText::size(total.flashBytes));
        if (f.ramChecked || f.flashChecked)
            line += QStringLiteral(" — ") + (f.over() ? tr("does not fit") : f.unknown() ? tr("fit unknown") : tr("fits"));
        out << line;
    }

    if (m_map.sourceBytes > 0)
        out << tr("The flash figure leaves out the compiled C code: add your firmware's code size.");
    const BoardCatalogue::Board *b = currentBoard();
    if (b && b->appRamBytes > 0)
        out << tr("The RAM checked is the %1 the template's default build leaves the application, not the chip's %2.")
                   .arg(ByteText::size(b->appRamBytes), ByteText::size(b->ramBytes));
    if (b && b->platform == QLatin1String("zephyr")) {
        const qint64 heap = b->recommendedHeapBytes > 0 ? b->recommendedHeapBytes : kZephyrDefaultHeapBytes;
        out << tr("The Zephyr template reserves workspace_size_bytes for TVM's memory allocator: %1 by default for %2.")
                   .arg(ByteText::size(heap), b->name);
    }
    if (b && !b->note.isEmpty())
        out << b->noteFor();
    return out;
}

QStringList MemoryController::findings() const
{
    QStringList out;
    if (!m_hasMap)
        return out;
    for (const QString &w : m_map.warnings)
        out << tr("Warning: %1").arg(w);
    out << m_map.notes;
    return out;
}

QString MemoryController::csv() const
{
    return m_hasMap ? MemoryExport::csv({m_map}) : MemoryExport::csv({});
}

QByteArray MemoryController::json() const
{
    QList<QJsonObject> modules;
    if (m_hasMap) {
        QJsonObject o = MemoryExport::moduleObject(m_map, m_budget);
        if (m_timelineReady)
            o[QStringLiteral("timeline")] = MemoryExport::timelineObject(m_timeline);
        modules << o;
    }
    return MemoryExport::document(modules, !m_hasMap || fit().fits());
}

Result<void> MemoryController::exportCsv(const QString &path) const
{
    return writeFile(path, csv().toUtf8());
}

Result<void> MemoryController::exportJson(const QString &path) const
{
    return writeFile(path, json());
}
