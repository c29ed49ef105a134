#include "mainwindow.h"

#include "archivetreemodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("microTVM Workbench"));
    m_treeModel = new ArchiveTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ArchiveTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    setCentralWidget(m_tree);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_status = new QLabel(tr("No archive open. File > Open… to choose one."), this);
    statusBar()->addWidget(m_status, 1);
    connect(&m_watcher, &QFutureWatcher<OpenResult>::finished, this, &MainWindow::handleOpened);
    resize(900, 600);
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Model Library Format archive"), {},
                                                      tr("MLF archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)"));
    if (!path.isEmpty())
        openArchive(path);
}

void MainWindow::openArchive(const QString &path)
{
    if (m_watcher.isRunning())
        return;
    m_pendingPath = path;
    m_status->setText(tr("Opening %1…").arg(path));
    m_watcher.setFuture(QtConcurrent::run([path]() { return mtvw::mlf::MlfArchive::open(path); }));
}

void MainWindow::handleOpened()
{
    const OpenResult result = m_watcher.result();
    if (!result) {
        m_status->setText(tr("Could not open %1").arg(m_pendingPath));
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Cannot open archive"), result.error().message(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit errorOccurred(result.error().message());
        return;
    }
    m_archive = result.value();
    std::shared_ptr<const mtvw::mlf::Archive> archive(m_archive, &m_archive->archive());
    m_treeModel->setArchive(archive);
    m_tree->expandToDepth(1);
    const auto &md = m_archive->metadata();
    m_status->setText(m_archive->hasMetadata()
                          ? tr("%1 — MLF version %2, %3, %n module(s), %4 files", nullptr, int(m_archive->modules().size()))
                                .arg(m_pendingPath)
                                .arg(md.version)
                                .arg(md.style)
                                .arg(archive->entries().size())
                          : tr("%1 — no metadata.json, %2 files").arg(m_pendingPath).arg(archive->entries().size()));
    setWindowTitle(tr("%1 — microTVM Workbench").arg(QFileInfo(m_pendingPath).fileName()));
    emit archiveOpened(m_pendingPath);
}
