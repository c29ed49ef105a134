#include "diffcontroller.h"

#include "backgroundjob.h"
#include "diffmodel.h"

#include <QFileInfo>

using mtvw::mlf::ArchiveDiff;
using mtvw::mlf::MlfArchive;

namespace {

QString fileName(const std::shared_ptr<const MlfArchive> &archive)
{
    return archive ? QFileInfo(archive->archive().path()).fileName() : QString();
}

} // namespace

DiffController::DiffController(QObject *parent)
    : QObject(parent)
    , m_functions(new DiffModel(DiffModel::Mode::Functions, this))
    , m_params(new DiffModel(DiffModel::Mode::Params, this))
    , m_job(new BackgroundJob<Outcome>(this))
{
    connect(m_job, &BackgroundJobBase::runningChanged, this, &DiffController::busyChanged);
}

DiffController::~DiffController() = default;

bool DiffController::isBusy() const
{
    return m_job->isRunning();
}

void DiffController::cancel()
{
    m_job->cancel();
    m_pathB.clear();
    m_b.reset();
    m_error.clear();
    clearDiff();
}

QString DiffController::nameA() const
{
    return fileName(m_a);
}

QString DiffController::nameB() const
{
    return m_b ? fileName(m_b) : QFileInfo(m_pathB).fileName();
}

void DiffController::setArchiveA(std::shared_ptr<const MlfArchive> archive)
{
    if (archive == m_a)
        return;
    m_a = std::move(archive);
    clearDiff();
    if (!m_pathB.isEmpty() && (m_b || isBusy()))
        start(m_b); // compare B (opening it again if it was still opening) with the new A
}

void DiffController::compareWith(const QString &path)
{
    m_pathB = path;
    m_b.reset();
    m_error.clear();
    clearDiff();
    start(nullptr);
}

void DiffController::start(std::shared_ptr<const MlfArchive> b)
{
    m_job->start(
        [a = m_a, b, path = m_pathB](const JobContext &job) {
            Outcome out;
            out.b = b;
            if (!out.b) {
                auto opened = MlfArchive::open(path, {}, job.progressCallback());
                if (!opened) {
                    out.error = opened.error().prefixed(tr("Cannot open archive B “%1”").arg(QFileInfo(path).fileName()));
                    return out;
                }
                out.b = std::move(opened).value();
            }
            if (a && !job.isCancelled()) {
                out.diff = ArchiveDiff::compute(*a, *out.b);
                out.diffed = true;
            }
            return out;
        },
        [this](Outcome out) { handleFinished(std::move(out)); });
}

void DiffController::handleFinished(Outcome out)
{
    if (out.error) {
        m_error = out.error->message();
        m_b.reset();
        emit errorOccurred(*out.error);
        return;
    }
    m_b = out.b;
    if (!out.diffed)
        return; // waits for an A
    m_diff = std::move(out.diff);
    m_hasDiff = true;
    m_moduleIndex = -1;
    setModuleIndex(m_diff.modules.isEmpty() ? -1 : 0);
    emit ready();
}

void DiffController::clearDiff()
{
    m_diff = {};
    m_hasDiff = false;
    m_moduleIndex = -1;
    m_functions->clear();
    m_params->clear();
}

QStringList DiffController::modulePairs() const
{
    QStringList out;
    for (const ArchiveDiff::ModuleDiff &m : m_diff.modules)
        out << tr("%1 → %2").arg(m.moduleA.isEmpty() ? tr("(none)") : m.moduleA, m.moduleB.isEmpty() ? tr("(none)") : m.moduleB);
    return out;
}

void DiffController::setModuleIndex(int index)
{
    if (index < -1 || index >= m_diff.modules.size() || index == m_moduleIndex)
        return;
    m_moduleIndex = index;
    if (const ArchiveDiff::ModuleDiff *m = currentModule()) {
        m_functions->setModuleDiff(*m);
        m_params->setModuleDiff(*m);
    } else {
        m_functions->clear();
        m_params->clear();
    }
    emit moduleIndexChanged(index);
}

const ArchiveDiff::ModuleDiff *DiffController::currentModule() const
{
    return m_moduleIndex >= 0 && m_moduleIndex < m_diff.modules.size() ? &m_diff.modules.at(m_moduleIndex) : nullptr;
}
