#pragma once

#include "mlf/paramsfile.h"

#include <QAbstractTableModel>

// The tensors of one module's parameter file: name, dtype, shape, bytes and share of the file's
// data. SortRole gives numbers for the numeric columns (for a QSortFilterProxyModel);
// TensorIndexRole gives the tensor's index in ParamsFile::tensors.
class ParamsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DTypeColumn, ShapeColumn, BytesColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, TensorIndexRole };

    explicit ParamsModel(QObject *parent = nullptr);

    // Copies the tensor list; an empty ParamsFile clears the model.
    void setParams(const mtvw::mlf::ParamsFile &params);
    void clear();
    const mtvw::mlf::ParamsFile::Tensor *tensor(int row) const;
    qint64 totalBytes() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<mtvw::mlf::ParamsFile::Tensor> m_tensors;
    qint64 m_total = 0;
};
