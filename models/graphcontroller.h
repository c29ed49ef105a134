#pragma once

#include "mlf/graphlayout.h"

#include <QFont>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mtvw::mlf {
class MlfArchive;
}
template<typename T>
class BackgroundJob;

// The Graph pane's state: the selected module's graph, its layout (computed off the GUI thread;
// a new request cancels the one still running), the selected node and what it is.
class GraphController : public QObject
{
    Q_OBJECT

public:
    struct Attribute
    {
        QString key, value;
    };
    enum class NodeKind { Operator, Input, Parameter };

    explicit GraphController(QObject *parent = nullptr);
    ~GraphController() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }
    QStringList modules() const;
    QString module() const { return m_module; }
    void setModule(const QString &module);
    const mtvw::mlf::Graph *graph() const; // of the module; nullptr when it has none
    // Why the module shows no graph, for the user; empty when it has one.
    QString missingGraphText() const;
    // True when graph() is the dataflow read from an AOT module's C main function (its archive
    // has no graph JSON): operators in call order, edges the buffers passed between calls.
    bool isDataflowFromCode() const { return m_codeGraph != nullptr; }

    bool foldParams() const { return m_foldParams; }
    void setFoldParams(bool fold);
    // Labels are measured with this font (in the layout thread); without one, by character count.
    void setLabelFont(const QFont &font);

    bool isBusy() const;
    // The layout of the module's graph once layoutReady() came; nullptr before and without a graph.
    const mtvw::mlf::GraphLayout *layout() const { return m_layout ? &*m_layout : nullptr; }

    int selectedNode() const { return m_node; }
    void setSelectedNode(int node); // graph node id; -1 clears
    // Switches to the module and selects the first node that calls the function; false when none does.
    bool selectFunction(const QString &module, const QString &function);
    QList<Attribute> attributes(int node) const;
    NodeKind nodeKind(int node) const;
    bool isGraphOutput(int node) const;
    // Drawn nodes whose name or function (or a folded parameter's name) contains text, case-insensitive.
    QList<int> findNodes(const QString &text) const;

signals:
    void moduleChanged(const QString &module);
    void layoutReady();
    void busyChanged(bool busy);
    void selectionChanged(int node);
    void errorOccurred(const mtvw::Error &error);

private:
    void moduleSwitched();
    void relayout();
    void handleFinished(mtvw::Result<mtvw::mlf::GraphLayout> result);
    QString entryText(const mtvw::mlf::Graph::EntryRef &ref) const;

    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    QString m_module;
    QSet<QString> m_paramNames; // of the module's parameter file
    // An AOT module's dataflow, when it has no graph JSON; shared with a layout job still running.
    std::shared_ptr<const mtvw::mlf::Graph> m_codeGraph;
    bool m_foldParams = true;
    std::optional<QFont> m_font;
    std::optional<mtvw::mlf::GraphLayout> m_layout;
    int m_node = -1;
    BackgroundJob<mtvw::Result<mtvw::mlf::GraphLayout>> *m_job;
};
