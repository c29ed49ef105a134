#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}

// One row per operator function of every module of an archive: its workspace (metadata), its C
// function's bytes, lines and place (the C function index), the graph nodes that call it and
// their input and output shapes (graph executor), or the buffer shapes (operator style).
// Qt::UserRole (SortRole) gives numbers for the numeric columns, so a proxy sorts them right.
class OperatorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FunctionColumn,
        ModuleColumn,
        WorkspaceColumn,
        CodeColumn,
        LinesColumn,
        NodesColumn,
        InputsColumn,
        OutputsColumn,
        LocationColumn,
        OrderColumn, // shown first: where the operator runs in the model's sequence
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // numbers for numeric columns (unknown: -1), text otherwise
        FunctionNameRole,        // the full C symbol, e.g. tvmgen_default_fused_nn_dense
        ModuleNameRole,
        FileRole, // the archive entry holding the C function ("" when not found)
        LineRole, // its first line, 1-based (0 when not found)
        FilterRole,
        WorkspaceRole, // qint64, -1 when unknown
    };

    struct Row
    {
        QString module;
        QString function;  // full name
        QString shortName; // without tvmgen_<module>_
        qint64 workspaceBytes = -1;
        qint64 codeBytes = -1;
        int lines = -1;
        QString file;
        int line = 0;
        QStringList nodes; // graph node names
        QList<int> nodeIds;
        QString inputs, outputs;
        QList<int> calls; // 1-based places in the execution order (graph or AOT main); empty: unknown
    };

    explicit OperatorsModel(QObject *parent = nullptr);
    ~OperatorsModel() override;

    // With sourceIndexReady false the code columns stay empty until setSourceIndexReady(), and an
    // archive without metadata (its operators come from the C function index) has no rows till then.
    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive, bool sourceIndexReady = true);
    // Call once archive()->sourceIndex() has been built (for instance on a worker thread).
    void setSourceIndexReady();
    bool isSourceIndexReady() const { return m_codeReady; }
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }

    const Row &row(int r) const { return m_rows.at(r); }
    // function may be the full or the short name; -1 when there is no such row.
    int rowOf(const QString &module, const QString &function) const;
    static QString shortName(const QString &function, const QString &module);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    QList<Row> m_rows;
    bool m_codeReady = false;
};
