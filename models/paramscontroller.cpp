#include "paramscontroller.h"

#include "backgroundjob.h"
#include "mlf/mlfarchive.h"
#include "paramsmodel.h"

#include <QLocale>

using mtvw::mlf::MlfArchive;
using mtvw::mlf::ParamsFile;
using mtvw::mlf::TensorStats;

ParamsController::ParamsController(QObject *parent)
    : QObject(parent)
    , m_model(new ParamsModel(this))
    , m_job(new BackgroundJob<mtvw::Result<TensorStats>>(this))
{
    connect(m_job, &BackgroundJobBase::runningChanged, this, &ParamsController::busyChanged);
}

ParamsController::~ParamsController() = default;

bool ParamsController::isBusy() const
{
    return m_job->isRunning();
}

void ParamsController::setArchive(std::shared_ptr<const MlfArchive> archive)
{
    m_job->cancel();
    m_cache.clear();
    m_archive = std::move(archive);
    m_module.clear();
    QString first;
    if (m_archive) {
        for (const MlfArchive::Module &m : m_archive->modules()) {
            if (m.params) {
                first = m.name;
                break;
            }
        }
        if (first.isEmpty() && !m_archive->modules().isEmpty())
            first = m_archive->modules().constFirst().name;
    }
    setModule(first);
    if (first.isEmpty()) { // setModule did nothing: clear by hand
        m_model->clear();
        setSelectedTensor(-1);
        emit moduleChanged(QString());
    }
}

QStringList ParamsController::modules() const
{
    QStringList names;
    if (m_archive)
        for (const MlfArchive::Module &m : m_archive->modules())
            names << m.name;
    return names;
}

void ParamsController::setModule(const QString &module)
{
    if (module == m_module && !module.isEmpty())
        return;
    if (!m_archive || !m_archive->module(module))
        return;
    m_module = module;
    if (const ParamsFile *p = params())
        m_model->setParams(*p);
    else
        m_model->clear();
    setSelectedTensor(-1);
    emit moduleChanged(m_module);
}

const ParamsFile *ParamsController::params() const
{
    const MlfArchive::Module *m = m_archive ? m_archive->module(m_module) : nullptr;
    return m && m->params ? &*m->params : nullptr;
}

QString ParamsController::missingParamsText() const
{
    const ParamsFile *p = params();
    if (!m_archive || (p && !p->tensors.isEmpty()))
        return {};
    if (m_archive->layout() == MlfArchive::Layout::CodegenOnly)
        return tr("This archive has no parameters file. It holds only generated code (no metadata.json); "
                  "if the model was built with link-params, its weights are constants in the generated C sources.");
    const MlfArchive::Module *m = m_archive->module(m_module);
    if (p) {
        const qint64 constants = m ? m->meta.constantsBytes() : 0;
        return constants > 0 ? tr("The parameters file of module \"%1\" holds no tensors: the model was built with "
                                  "link-params, so its weights are %2 bytes of constants in the generated C sources.")
                                   .arg(m_module, QLocale().toString(constants))
                             : tr("The parameters file of module \"%1\" holds no tensors. If the model was built with "
                                  "link-params, its weights are constants in the generated C sources.")
                                   .arg(m_module);
    }
    if (m && m->meta.style == QLatin1String("operator"))
        return tr("This archive has no parameters file. It is an operator-style archive: its functions take every "
                  "tensor, weights included, as an argument.");
    return tr("This archive has no parameters file for module \"%1\". If the model was built with link-params, "
              "its weights are constants in the generated C sources.")
        .arg(m_module);
}

void ParamsController::setBins(int bins)
{
    bins = std::clamp(bins, 1, 4096);
    if (bins == m_bins)
        return;
    m_bins = bins;
    m_cache.clear();
    const int tensor = m_tensor;
    m_tensor = -2; // force a recomputation
    setSelectedTensor(tensor);
}

QString ParamsController::cacheKey(int tensor) const
{
    return m_module + QLatin1Char('\n') + QString::number(tensor);
}

void ParamsController::setSelectedTensor(int index)
{
    const ParamsFile *p = params();
    if (!p || index < 0 || index >= p->tensors.size())
        index = -1;
    if (index == m_tensor)
        return;
    m_job->cancel();
    m_tensor = index;
    m_stats.reset();
    m_error.clear();
    emit selectionChanged(index);
    if (index < 0)
        return;
    const auto cached = m_cache.constFind(cacheKey(index));
    if (cached != m_cache.constEnd()) {
        m_stats = *cached;
        emit statsReady(index);
        return;
    }
    startJob();
}

void ParamsController::startJob()
{
    const MlfArchive::Module *m = m_archive->module(m_module);
    const ParamsFile::Tensor tensor = m->params->tensors[m_tensor];
    const ParamsFile::RangeReader reader = m_archive->paramsReader(*m);
    TensorStats::Options options;
    options.bins = m_bins;
    // The job holds the archive (through the reader) for as long as it runs.
    m_job->start(
        [archive = m_archive, reader, tensor, options](const JobContext &job) {
            TensorStats::Options o = options;
            o.cancel = job.cancelFlag();
            return TensorStats::compute(reader, tensor, o);
        },
        [this, key = cacheKey(m_tensor)](const mtvw::Result<TensorStats> &result) { handleFinished(key, result); });
}

void ParamsController::handleFinished(const QString &key, const mtvw::Result<TensorStats> &result)
{
    if (!result) {
        m_error = result.error().message();
        emit errorOccurred(result.error());
        return;
    }
    m_cache.insert(key, result.value());
    m_stats = result.value();
    emit statsReady(m_tensor);
}
