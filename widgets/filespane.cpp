#include "filespane.h"

#include "archivetreemodel.h"
#include "mlf/mlfarchive.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

FilesPane::FilesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArchiveTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter files"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ArchiveTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ArchiveTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    auto activate = [this](const QModelIndex &index) {
        const QString path = index.sibling(index.row(), 0).data(ArchiveTreeModel::PathRole).toString();
        if (!path.isEmpty() && !index.sibling(index.row(), 0).data(ArchiveTreeModel::IsFolderRole).toBool())
            emit entryActivated(path, 0);
    };
    connect(m_tree, &QTreeView::activated, this, activate);
    connect(m_tree, &QTreeView::clicked, this, activate);
}

void FilesPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_archive = std::move(archive);
    m_model->setArchive(m_archive ? std::shared_ptr<const mtvw::mlf::Archive>(m_archive, &m_archive->archive()) : nullptr);
    m_tree->expandToDepth(1);
}

void FilesPane::selectEntry(const QString &entry)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForPath(entry));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}
