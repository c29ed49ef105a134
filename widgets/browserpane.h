#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class BrowserController;
class EntryContent;
class FindBar;
class QLabel;
class SourceView;

// The archive browser's viewer: the entry shown with its highlighting, and find in the file.
class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserPane(QWidget *parent = nullptr);

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    // highlight: a text to select on that line (a search hit).
    void openEntry(const QString &entry, int line = 0, const QString &highlight = {}, bool caseSensitive = false);
    void showFind();

    BrowserController *controller() const { return m_controller; }
    SourceView *view() const { return m_view; }
    FindBar *findBar() const { return m_find; }
    QString headerText() const;

private:
    void handleContent(const EntryContent &content, int line);

    BrowserController *m_controller;
    QLabel *m_header;
    SourceView *m_view;
    FindBar *m_find;
    QString m_highlight; // for the entry being opened
    bool m_highlightCase = false;
};
