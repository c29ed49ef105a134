#pragma once

#include "core/error.h"

#include <QAbstractListModel>
#include <QRegularExpression>

class MonitorModel;
template<typename T>
class BackgroundJob;

// The monitor's lines that match a text or a regular expression (all lines when the pattern is
// empty). A new pattern is tried on the history off the GUI thread; lines arriving meanwhile or
// later are tried as they come, so at high rates the GUI thread tests one batch at a time.
class MonitorFilter : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit MonitorFilter(MonitorModel *source, QObject *parent = nullptr);
    ~MonitorFilter() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // An invalid expression is reported through errorOccurred and the filter is left as it was.
    void setPattern(const QString &pattern, bool regularExpression);
    QString pattern() const { return m_pattern; }
    bool isFiltering() const { return !m_pattern.isEmpty(); }
    bool isSearching() const;
    int sourceRow(int row) const;
    int rowForSource(int sourceRow) const; // -1: not shown

signals:
    void patternApplied(int matches);
    void errorOccurred(const mtvw::Error &error);

private:
    struct Matcher
    {
        QString text;
        QRegularExpression re;
        bool regex = false;
        bool matches(QByteArrayView line) const;
    };
    void handleInserted(int first, int last);
    void handleRemoved(int first, int last);
    void handleReset();

    MonitorModel *m_source;
    QString m_pattern;
    Matcher m_matcher;
    QList<qint64> m_seqs; // the matching lines, by sequence number
    qint64 m_triedTo = 0; // lines before this sequence number have been tried
    BackgroundJob<QList<qint64>> *m_job;
};
