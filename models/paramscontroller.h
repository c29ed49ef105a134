#pragma once

#include "mlf/tensorstats.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mtvw::mlf {
class MlfArchive;
}
class ParamsModel;
template<typename T>
class BackgroundJob;

// The Params pane's state: the selected module and its tensors (ParamsModel), the selected
// tensor, and that tensor's statistics, computed off the GUI thread. A new selection cancels the
// computation still running; figures already computed are kept and shown again at once.
class ParamsController : public QObject
{
    Q_OBJECT

public:
    explicit ParamsController(QObject *parent = nullptr);
    ~ParamsController() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }
    QStringList modules() const;
    QString module() const { return m_module; }
    void setModule(const QString &module);
    const mtvw::mlf::ParamsFile *params() const; // of the module; nullptr when it has none
    // Why the module shows no tensors, for the user; empty when its parameters file has some.
    QString missingParamsText() const;
    ParamsModel *model() const { return m_model; }

    int bins() const { return m_bins; }
    void setBins(int bins);

    // index into params()->tensors; -1 clears the selection.
    void setSelectedTensor(int index);
    int selectedTensor() const { return m_tensor; }
    bool isBusy() const;
    // The statistics of the selected tensor once statsReady() came; nullptr before and on errors.
    const mtvw::mlf::TensorStats *stats() const { return m_stats ? &*m_stats : nullptr; }
    QString statsError() const { return m_error; }

signals:
    void moduleChanged(const QString &module);
    void selectionChanged(int tensor);
    void busyChanged(bool busy);
    void statsReady(int tensor);
    void errorOccurred(const mtvw::Error &error);

private:
    void startJob();
    void handleFinished(const QString &key, const mtvw::Result<mtvw::mlf::TensorStats> &result);
    QString cacheKey(int tensor) const;

    ParamsModel *m_model = nullptr;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    QString m_module;
    int m_tensor = -1;
    int m_bins = 64;
    BackgroundJob<mtvw::Result<mtvw::mlf::TensorStats>> *m_job; // for the current selection
    std::optional<mtvw::mlf::TensorStats> m_stats;
    QString m_error;
    QHash<QString, mtvw::mlf::TensorStats> m_cache;
};
