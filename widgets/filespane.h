#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class ArchiveTreeModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The archive's files as a folder tree with sizes; a filter; activating a file opens it.
class FilesPane : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPane(QWidget *parent = nullptr);

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    void selectEntry(const QString &entry);
    ArchiveTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }

signals:
    void entryActivated(const QString &entry, int line);

private:
    ArchiveTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
};
