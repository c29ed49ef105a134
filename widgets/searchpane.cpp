#include "searchpane.h"

#include "archivesearch.h"
#include "mlf/mlfarchive.h"
#include "searchresultsmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new ArchiveSearch(this))
    , m_model(new SearchResultsModel(this))
    , m_edit(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
{
    auto *bar = new QHBoxLayout;
    m_edit->setPlaceholderText(tr("Find in every file of the archive"));
    m_edit->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("Search"), this);
    bar->addWidget(m_edit, 1);
    bar->addWidget(m_case);
    bar->addWidget(go);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(SearchResultsModel::TextColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { search(m_edit->text()); });
    connect(go, &QPushButton::clicked, this, [this] { search(m_edit->text()); });
    connect(m_search, &ArchiveSearch::progressChanged, this,
            [this](int percent) { m_status->setText(tr("Searching… %1%").arg(percent)); });
    connect(m_search, &ArchiveSearch::finished, this, [this](const ArchiveSearch::Outcome &outcome) {
        m_model->setHits(outcome.hits);
        QString text = tr("%n match(es)", nullptr, int(outcome.hits.size())) +
                       tr(" in %n text file(s) searched", nullptr, outcome.entriesSearched);
        if (outcome.truncated)
            text += tr(" — stopped at %1 matches; make the text more precise").arg(QLocale().toString(ArchiveSearch::kMaxHits));
        m_status->setText(text);
        m_results->resizeColumnToContents(SearchResultsModel::EntryColumn);
        emit resultsShown(int(outcome.hits.size()));
    });
    const auto open = [this](const QModelIndex &index) {
        if (const ArchiveSearch::Hit *h = m_model->hit(index.row())) {
            emit entryActivated(h->entry, h->line);
            emit hitActivated(h->entry, h->line, m_searched, m_searchedCase);
        }
    };
    connect(m_results, &QTreeView::activated, this, open);
    connect(m_results, &QTreeView::clicked, this, open);
    m_status->setText(tr("Type a text and press Enter."));
}

void SearchPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_search->cancel();
    m_archive = std::move(archive);
    m_model->clear();
    m_status->setText(tr("Type a text and press Enter."));
}

void SearchPane::activate()
{
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchPane::search(const QString &text)
{
    if (!m_archive || text.isEmpty())
        return;
    m_edit->setText(text);
    m_status->setText(tr("Searching…"));
    m_searched = text;
    m_searchedCase = m_case->isChecked();
    m_search->start(m_archive, text, m_case->isChecked());
}
