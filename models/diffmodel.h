#pragma once

#include "mlf/archivediff.h"

#include <QAbstractTableModel>

class QColor;
class QPalette;

// The rows of one module pair of an ArchiveDiff: either its functions (workspace and code, A, B
// and Δ) or its parameter tensors (bytes A, B, Δ and shape or dtype changes). Rows keep the
// engine's order (largest change first); Qt::UserRole (SortRole) gives numbers for sorting.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { Functions, Params };
    enum FunctionColumn {
        NameColumn,
        WorkspaceAColumn,
        WorkspaceBColumn,
        WorkspaceDeltaColumn,
        CodeAColumn,
        CodeBColumn,
        CodeDeltaColumn,
        FunctionChangeColumn,
        FunctionColumnCount
    };
    enum ParamColumn {
        ParamNameColumn = 0,
        BytesAColumn,
        BytesBColumn,
        BytesDeltaColumn,
        ShapeColumn,
        ParamChangeColumn,
        ParamColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // numbers for byte columns (unknown: -1), text otherwise
        AbsDeltaRole,            // |Δ| of the row (functions: |Δ workspace| + |Δ code|)
        ChangeRole,              // int(ArchiveDiff::Change)
    };

    explicit DiffModel(Mode mode, QObject *parent = nullptr);
    ~DiffModel() override;

    Mode mode() const { return m_mode; }
    void setModuleDiff(const mtvw::mlf::ArchiveDiff::ModuleDiff &diff);
    void clear();
    const mtvw::mlf::ArchiveDiff::ModuleDiff &moduleDiff() const { return m_diff; }

    // Sum of the known figures of a byte column (A, B or Δ).
    qint64 total(int column) const;
    bool isDeltaColumn(int column) const;
    bool isByteColumn(int column) const;

    // A colour for growth (delta > 0) or shrinkage that reads on the palette's base colour.
    static QColor deltaColor(qint64 delta, const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(mtvw::mlf::ArchiveDiff::Change change);

private:
    qint64 figure(int row, int column) const; // the number behind a byte column, -1 unknown
    QString name(int row) const;

    Mode m_mode;
    mtvw::mlf::ArchiveDiff::ModuleDiff m_diff;
};
