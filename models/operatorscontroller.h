#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class OperatorsModel;
template<typename T>
class BackgroundJob;
class QModelIndex;
class QSortFilterProxyModel;

// The Operators pane's state: the operators table (model and a filtering, sorting proxy), the C
// function index built off the GUI thread, the selected operator and its cross-links (C function
// text, TIR text, graph nodes, memory) read off the GUI thread.
class OperatorsController : public QObject
{
    Q_OBJECT

public:
    struct Fact
    {
        QString key, value;
    };
    struct Section
    {
        QString title;
        QList<Fact> facts;
    };
    struct Details
    {
        QString module, function;
        QString cFile; // archive entry; empty when no C definition was found
        int cStartLine = 0, cEndLine = 0;
        QString cText; // the definition's whole lines
        QString tirFile;
        int tirStartLine = 0, tirEndLine = 0;
        QString tirText;
        QList<Section> graphNodes; // one per graph node calling the function
        QList<Fact> memory;
        QStringList problems; // what could not be read
        bool isValid() const { return !function.isEmpty(); }
    };

    explicit OperatorsController(QObject *parent = nullptr);
    ~OperatorsController() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }
    bool isIndexing() const { return m_indexing; }

    OperatorsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Case-insensitive, over the function and module names.
    void setFilterText(const QString &text);
    QString filterText() const;
    void setOnlyWithWorkspace(bool on);
    bool onlyWithWorkspace() const;

    // proxyIndex is an index of proxy(); an invalid one clears the selection.
    void select(const QModelIndex &proxyIndex);
    // function: full or short name. Clears a filter that hides the row. False when there is no such operator.
    bool select(const QString &module, const QString &function);
    QModelIndex currentIndex() const; // in proxy(); invalid when nothing is selected or it is filtered out
    QString currentModule() const { return m_module; }
    QString currentFunction() const { return m_function; }
    const Details &details() const { return m_details; } // of the selection, once detailsReady()

    // The cross-links of one operator, read from the archive (blocking: the C file is read).
    static Details computeDetails(const mtvw::mlf::MlfArchive &archive, const QString &module, const QString &function);

signals:
    void indexingChanged(bool indexing);
    void selectionChanged(const QString &module, const QString &function);
    void detailsReady();
    void errorOccurred(const mtvw::Error &error);

private:
    void handleIndexed();
    void handleDetails(Details details);

    OperatorsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    bool m_indexing = false;
    BackgroundJob<bool> *m_indexJob;
    BackgroundJob<Details> *m_detailsJob;
    QString m_module, m_function;
    QString m_pendingModule, m_pendingFunction; // asked for while indexing, not yet in the table
    QString m_filterText;
    Details m_details;
};
