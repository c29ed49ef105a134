#pragma once

#include "mlf/archive.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// The entries of an archive as a folder tree: name, size, and for files the full entry path
// (Qt::UserRole).
class ArchiveTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole, IsFolderRole };

    explicit ArchiveTreeModel(QObject *parent = nullptr);
    ~ArchiveTreeModel() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::Archive> archive);
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QString path;
        qint64 size = 0; // files: entry size; folders: sum of their files
        bool folder = true;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;

    std::shared_ptr<const mtvw::mlf::Archive> m_archive;
    std::unique_ptr<Node> m_root;
};
