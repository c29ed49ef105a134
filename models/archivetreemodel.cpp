#include "archivetreemodel.h"
#include "core/bytetext.h"

#include <QLocale>

#include <algorithm>

ArchiveTreeModel::ArchiveTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ArchiveTreeModel::~ArchiveTreeModel() = default;

void ArchiveTreeModel::setArchive(std::shared_ptr<const mtvw::mlf::Archive> archive)
{
    beginResetModel();
    m_archive = std::move(archive);
    m_root = std::make_unique<Node>();
    if (m_archive) {
        for (const mtvw::mlf::ArchiveEntry &e : m_archive->entries()) {
            Node *dir = m_root.get();
            const QStringList parts = e.path.split(QLatin1Char('/'));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const bool last = i == parts.size() - 1;
                auto it = std::find_if(dir->children.begin(), dir->children.end(),
                                       [&](const auto &c) { return c->name == parts[i] && c->folder != last; });
                if (it == dir->children.end()) {
                    auto node = std::make_unique<Node>();
                    node->name = parts[i];
                    node->folder = !last;
                    node->path = QStringList(parts.mid(0, i + 1)).join(QLatin1Char('/'));
                    node->parent = dir;
                    dir->children.push_back(std::move(node));
                    it = dir->children.end() - 1;
                }
                dir->size += e.size;
                dir = it->get();
            }
            dir->size = e.size;
        }
        // Folders first, then files, each by name; rows fixed afterwards.
        std::vector<Node *> stack{m_root.get()};
        while (!stack.empty()) {
            Node *n = stack.back();
            stack.pop_back();
            std::sort(n->children.begin(), n->children.end(), [](const auto &a, const auto &b) {
                if (a->folder != b->folder)
                    return a->folder;
                return a->name < b->name;
            });
            for (size_t i = 0; i < n->children.size(); ++i) {
                n->children[i]->row = int(i);
                stack.push_back(n->children[i].get());
            }
        }
    }
    endResetModel();
}

ArchiveTreeModel::Node *ArchiveTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ArchiveTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = nodeFor(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ArchiveTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int ArchiveTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ArchiveTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ArchiveTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->name;
        return ByteText::size(n->size);
    case Qt::ToolTipRole: return n->path;
    case Qt::TextAlignmentRole: return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole: return n->path;
    case IsFolderRole: return n->folder;
    default: return {};
    }
}

QVariant ArchiveTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Size");
}

QModelIndex ArchiveTreeModel::indexForPath(const QString &path) const
{
    QModelIndex current;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        bool found = false;
        for (int r = 0; r < rowCount(current); ++r) {
            const QModelIndex child = index(r, 0, current);
            if (nodeFor(child)->name == part) {
                current = child;
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return current;
}
