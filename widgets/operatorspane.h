#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class OperatorsController;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QsciLexerCPP;
class QsciScintilla;
class QTabWidget;
class QTableView;
class QTreeWidget;

// Every operator function of the archive in a sortable, filterable table; below it the selected
// operator's C function, TIR, graph nodes and memory, the engine's cross-links one click apart.
class OperatorsPane : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorsPane(QWidget *parent = nullptr);
    ~OperatorsPane() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);

    OperatorsController *controller() const { return m_controller; }
    QTableView *table() const { return m_table; }
    QsciScintilla *codeEditor() const { return m_code; }
    QPlainTextEdit *tirView() const { return m_tir; }
    QTabWidget *detailsTabs() const { return m_tabs; }
    QTreeWidget *graphTree() const { return m_graph; }
    QTreeWidget *memoryTree() const { return m_memory; }

public slots:
    // Selects that operator (function: full or short name), clearing a filter that hides it.
    void showOperator(const QString &module, const QString &function);

signals:
    void entryActivated(const QString &entry, int line);
    void glossaryRequested(const QString &term);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDetails();
    void applyEditorPalette();
    void updateCount();
    void syncTableSelection();
    void handleSelectionChanged(const QString &module, const QString &function);
    void handleDetailsReady();
    void handleRowActivated(const QModelIndex &index);

    OperatorsController *m_controller = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyWorkspace = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_cLocation = nullptr;
    QPushButton *m_cOpen = nullptr;
    QsciScintilla *m_code = nullptr;
    QsciLexerCPP *m_lexer = nullptr;
    QLabel *m_tirLocation = nullptr;
    QPushButton *m_tirOpen = nullptr;
    QPlainTextEdit *m_tir = nullptr;
    QTreeWidget *m_graph = nullptr;
    QTreeWidget *m_memory = nullptr;
};
