#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class ArchiveSearch;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;
class SearchResultsModel;

// Find across the archive (Ctrl+Shift+F): every line of every text file that holds the text.
class SearchPane : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(QWidget *parent = nullptr);

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    void activate();
    void search(const QString &text);
    SearchResultsModel *model() const { return m_model; }
    ArchiveSearch *engine() const { return m_search; }
    QTreeView *resultsView() const { return m_results; }

signals:
    void entryActivated(const QString &entry, int line);
    // A hit was opened: the text searched for, to highlight in the viewer.
    void hitActivated(const QString &entry, int line, const QString &text, bool caseSensitive);
    void resultsShown(int count);

private:
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    ArchiveSearch *m_search;
    SearchResultsModel *m_model;
    QLineEdit *m_edit;
    QCheckBox *m_case;
    QLabel *m_status;
    QTreeView *m_results;
    QString m_searched; // what the shown results match
    bool m_searchedCase = false;
};
