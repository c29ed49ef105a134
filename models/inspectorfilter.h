#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// The Inspector's filters over an InspectorModel: one layer (or all), one type (or all), text
// found in a message's type, summary, problem or details (case-insensitive), and problems only.
class InspectorFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InspectorFilter(QObject *parent = nullptr);

    // -1: every layer; else a WireRecord::Layer.
    void setLayer(int layer);
    int layer() const { return m_layer; }
    // Empty: every type.
    void setType(const QString &type);
    QString type() const { return m_type; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }
    bool isFiltering() const { return m_layer >= 0 || !m_type.isEmpty() || !m_text.isEmpty() || m_problemsOnly; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void update();

    int m_layer = -1;
    QString m_type;
    QString m_text;
    bool m_problemsOnly = false;
};
