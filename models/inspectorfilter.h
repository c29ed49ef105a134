#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QString>

class InspectorModel;
template<typename T>
class BackgroundJob;
namespace mtvw::micro {
struct WireRecord;
}

// The Inspector's filters over an InspectorModel: one layer (or all), one type (or all), text
// found in a message's type, summary, problem or details (case-insensitive), and problems only.
// A new filter is tried on the messages so far off the GUI thread, and its rows come when that
// is done (filterChanged then); messages arriving meanwhile or later are tried as they come, a
// batch at a time. With no filter every row passes through as it is.
class InspectorFilter : public QAbstractProxyModel
{
    Q_OBJECT

public:
    struct Criteria
    {
        int layer = -1; // -1: every layer; else a WireRecord::Layer
        QString type;   // empty: every type
        QString text;
        bool problemsOnly = false;
        bool isFiltering() const { return layer >= 0 || !type.isEmpty() || !text.isEmpty() || problemsOnly; }
        bool accepts(const mtvw::micro::WireRecord &record) const;
    };

    explicit InspectorFilter(QObject *parent = nullptr);
    ~InspectorFilter() override;

    // An InspectorModel (any other model is refused: the filter reads its records).
    void setSourceModel(QAbstractItemModel *source) override;

    void setLayer(int layer);
    int layer() const { return m_criteria.layer; }
    void setType(const QString &type);
    QString type() const { return m_criteria.type; }
    void setText(const QString &text);
    QString text() const { return m_criteria.text; }
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_criteria.problemsOnly; }
    bool isFiltering() const { return m_criteria.isFiltering(); }
    // The earlier messages are still being tried.
    bool isSearching() const;

    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A changed filter's rows are all there.
    void filterChanged();

private:
    void setCriteria(const Criteria &criteria);
    // Starts trying the records so far; false when there is no source.
    bool search();
    void handleInserted(int first, int last);
    void handleRemoved();
    void handleReset();
    qint64 firstSeq() const;

    InspectorModel *m_model = nullptr;
    Criteria m_criteria;
    QList<qint64> m_seqs; // the matching records, by sequence number (droppedRecords() + row)
    qint64 m_triedTo = 0; // records before this sequence number have been tried
    BackgroundJob<QList<qint64>> *m_job;
};
