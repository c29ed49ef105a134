#include "inspectorfilter.h"

#include "inspectormodel.h"

using mtvw::micro::WireRecord;

InspectorFilter::InspectorFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void InspectorFilter::setLayer(int layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    update();
}

void InspectorFilter::setType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    update();
}

void InspectorFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void InspectorFilter::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    m_problemsOnly = only;
    update();
}

void InspectorFilter::update()
{
    invalidateRowsFilter();
    emit filterChanged();
}

bool InspectorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (auto *model = qobject_cast<const InspectorModel *>(sourceModel())) {
        if (sourceRow < 0 || sourceRow >= model->rowCount())
            return false;
        const WireRecord &r = model->record(sourceRow);
        if (m_layer >= 0 && int(r.layer) != m_layer)
            return false;
        if (!m_type.isEmpty() && r.type != m_type)
            return false;
        if (m_problemsOnly && r.problem.isEmpty())
            return false;
        if (m_text.isEmpty())
            return true;
        const auto cs = Qt::CaseInsensitive;
        if (r.summary.contains(m_text, cs) || r.type.contains(m_text, cs) || r.problem.contains(m_text, cs))
            return true;
        for (const QString &line : r.details)
            if (line.contains(m_text, cs))
                return true;
        return false;
    }
    // Any other model: its roles.
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_layer >= 0 && i.data(InspectorModel::LayerRole).toInt() != m_layer)
        return false;
    if (!m_type.isEmpty() && i.data(InspectorModel::TypeRole).toString() != m_type)
        return false;
    if (m_problemsOnly && i.data(InspectorModel::ProblemRole).toString().isEmpty())
        return false;
    return m_text.isEmpty() || i.data(InspectorModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
