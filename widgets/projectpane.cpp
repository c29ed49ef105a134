#include "projectpane.h"

#include "asyncdialogs.h"
#include "mlf/mlfarchive.h"
#include "optionsform.h"
#include "projectcontroller.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxLogBlocks = 20000;
constexpr int kElapsedTickMs = 100;
constexpr int kDetailLines = 200;

// Red text that reads on the given background, light or dark.
QColor errorColor(const QPalette &palette, QPalette::ColorRole background)
{
    return palette.color(background).lightness() < 128 ? QColor(255, 125, 115) : QColor(185, 30, 30);
}

void setErrorColor(QLabel *label, bool error)
{
    if (!error) {
        label->setPalette(QPalette()); // back to the inherited one
        return;
    }
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor(p, QPalette::Window));
    label->setPalette(p);
}

QString methodName(const QString &method)
{
    if (method == QLatin1String("generate_project"))
        return QCoreApplication::translate("ProjectPane", "Generate");
    if (method == QLatin1String("build"))
        return QCoreApplication::translate("ProjectPane", "Build");
    if (method == QLatin1String("flash"))
        return QCoreApplication::translate("ProjectPane", "Flash");
    if (method == QLatin1String("run"))
        return QCoreApplication::translate("ProjectPane", "Run");
    return method;
}

QString archiveStem(const QFileInfo &file)
{
    QString name = file.fileName();
    for (const char *suffix : {".tar.gz", ".tgz", ".tar", ".zip"})
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(int(qstrlen(suffix)));
            break;
        }
    return name;
}

QLabel *makeLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

ProjectPane::ProjectPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new ProjectController(this))
{
    // Template row.
    m_templates = new QComboBox(this);
    // As wide as there is room for (a long folder name never widens the pane past its dock).
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(12);
    m_templates->setPlaceholderText(tr("Choose a template project"));
    m_templates->setToolTip(tr("The template project (or generated project) whose server to talk to"));
    auto *addFolder = new QPushButton(tr("Add folder…"), this);
    addFolder->setToolTip(tr("Add a folder of template projects (or one template) to the list; it is remembered"));
    auto *openProject = new QPushButton(tr("Open project…"), this);
    openProject->setToolTip(tr("Open a project folder generated earlier, to build or flash it"));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Look for template projects again and restart the chosen folder's server"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_templates, 1);
    top->addWidget(addFolder);
    top->addWidget(openProject);
    top->addWidget(refresh);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverError = makeLine(this);
    m_serverError->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setErrorColor(m_serverError, true);

    // Options.
    m_form = new OptionsForm(this);
    m_formScroll = new QScrollArea(this);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_form);

    // Generate, build, flash.
    m_archive = new QLabel(this);
    m_archive->setTextFormat(Qt::PlainText);
    m_archive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chooseArchive = new QPushButton(tr("Choose…"), this);
    chooseArchive->setToolTip(tr("Generate from another Model Library Format archive"));
    auto *archiveRow = new QHBoxLayout;
    archiveRow->addWidget(m_archive, 1);
    archiveRow->addWidget(chooseArchive);
    m_outDir = new QLineEdit(this);
    m_outDir->setToolTip(tr("The new project folder; it must not exist yet"));
    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setToolTip(tr("Make a new project from the archive with the chosen template"));
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(m_generate);
    auto *targets = new QFormLayout;
    targets->addRow(tr("Archive:"), archiveRow);
    targets->addRow(tr("New project:"), outRow);

    m_build = new QPushButton(tr("Build"), this);
    m_flash = new QPushButton(tr("Flash"), this);
    m_run = new QPushButton(tr("Run"), this);
    m_run->setToolTip(tr("Run the flashed program and show what it prints, then its outputs and timings"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_copyCommand = new QPushButton(tr("Copy as tvmc command"), this);
    m_copyCommand->setToolTip(tr("Copy the tvmc micro command lines that do the same to the clipboard"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no figure
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_elapsed = new QLabel(this);
    m_elapsed->hide();
    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(kElapsedTickMs);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_build);
    actions->addWidget(m_flash);
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_copyCommand);
    auto *demo = new QPushButton(tr("Demo"), this);
    demo->setToolTip(tr("The archive on a simulated board in one click: host-sim generates, builds, flashes and runs "
                        "it, with the timing live"));
    connect(demo, &QPushButton::clicked, this, [this] { emit demoRequested(m_archivePath); });
    actions->addWidget(demo);
    actions->addStretch();
    actions->addWidget(m_busy);
    actions->addWidget(m_elapsed);

    // Outcome and log.
    m_result = makeLine(this);
    m_hint = makeLine(this);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Show details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    m_status = makeLine(this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogBlocks);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The server's output appears here."));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(targets);
    bottomLayout->addLayout(actions);
    bottomLayout->addWidget(m_result);
    bottomLayout->addWidget(m_hint);
    bottomLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    bottomLayout->addWidget(m_details);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_log, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_formScroll);
    split->addWidget(bottom);
    // The options get the larger share at first: the log stays short until there is output.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000});
    m_formScroll->setMinimumHeight(fontMetrics().height() * 10);
    m_log->setMinimumHeight(fontMetrics().height() * 4);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_info);
    layout->addWidget(m_serverError);
    layout->addWidget(split, 1);

    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        const QString path = m_templates->itemData(index).toString();
        if (!path.isEmpty() && path != m_controller->folder())
            m_controller->setFolder(path);
    });
    connect(addFolder, &QPushButton::clicked, this, &ProjectPane::addFolder);
    connect(openProject, &QPushButton::clicked, this, &ProjectPane::openProject);
    connect(refresh, &QToolButton::clicked, this, &ProjectPane::refresh);
    connect(chooseArchive, &QPushButton::clicked, this, &ProjectPane::chooseArchive);
    connect(m_generate, &QPushButton::clicked, this, [this] { run(QStringLiteral("generate_project")); });
    connect(m_build, &QPushButton::clicked, this, [this] { run(QStringLiteral("build")); });
    connect(m_flash, &QPushButton::clicked, this, [this] { run(QStringLiteral("flash")); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(QStringLiteral("run")); });
    connect(m_controller, &ProjectController::programLine, this, [this](const QString &line) { handleLogLine(false, line); });
    connect(m_cancel, &QPushButton::clicked, m_controller, &ProjectController::cancel);
    connect(m_copyCommand, &QPushButton::clicked, this, &ProjectPane::copyCommand);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_elapsedTimer, &QTimer::timeout, this, &ProjectPane::updateElapsed);
    connect(m_form, &OptionsForm::valueChanged, m_controller, &ProjectController::setOptionValue);
    connect(m_controller, &ProjectController::templatesChanged, this, &ProjectPane::handleTemplatesChanged);
    connect(m_controller, &ProjectController::folderChanged, this, &ProjectPane::handleFolderChanged);
    connect(m_controller, &ProjectController::busyChanged, this, &ProjectPane::handleBusyChanged);
    connect(m_controller, &ProjectController::logLine, this, &ProjectPane::handleLogLine);
    connect(m_controller, &ProjectController::errorOccurred, this, &ProjectPane::handleFailed);
    connect(m_controller, &ProjectController::finished, this, &ProjectPane::handleFinished);

    setArchivePath({});
    handleFolderChanged();
}

ProjectPane::~ProjectPane() = default;

void ProjectPane::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // Looking for templates starts servers: only once someone looks at the pane. A paint, not a
    // show: a window being laid out shows every dock for a moment, tabbed-away ones included.
    if (!m_templatesAsked) {
        m_templatesAsked = true;
        QTimer::singleShot(0, m_controller, &ProjectController::refreshTemplates);
    }
}

void ProjectPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    setArchivePath(archive ? archive->archive().path() : QString());
}

void ProjectPane::setArchivePath(const QString &path)
{
    m_archivePath = path;
    // The file's name (a long path would widen the pane past its dock); the whole path in the tip.
    m_archive->setText(path.isEmpty() ? tr("(no archive open: choose one)") : QFileInfo(path).fileName());
    m_archive->setToolTip(path.isEmpty() ? QString() : QDir::toNativeSeparators(path));
    updateOutDir();
    updateButtons();
}

void ProjectPane::chooseArchive()
{
    const QString start = m_archivePath.isEmpty() ? QDir::homePath() : QFileInfo(m_archivePath).absolutePath();
    AsyncDialogs::openFile(this, tr("Archive to generate from"), start,
                           tr("Model Library Format archives (*.tar *.tar.gz *.tgz);;All files (*)"),
                           [this](const QString &file) { setArchivePath(file); });
}

void ProjectPane::addFolder()
{
    AsyncDialogs::folder(this, tr("Folder of template projects"), {},
                         [this](const QString &dir) { m_controller->addUserFolder(dir); });
}

void ProjectPane::openProject()
{
    AsyncDialogs::folder(this, tr("Generated project folder"), QFileInfo(m_outDir->text()).absolutePath(),
                         [this](const QString &dir) { m_controller->setFolder(dir); });
}

void ProjectPane::refresh()
{
    m_controller->refreshTemplates();
    if (!m_controller->folder().isEmpty())
        m_controller->setFolder(m_controller->folder()); // a fresh server reads its options again
}

void ProjectPane::run(const QString &method)
{
    const QStringList missing =
        m_controller->missingFor(method == QLatin1String("run") ? QStringLiteral("open_transport") : method);
    if (!missing.isEmpty()) {
        m_form->markMissing(missing);
        m_formScroll->ensureWidgetVisible(m_form->editor(missing.first()));
        showResult(tr("Fill in: %1").arg(missing.join(QStringLiteral(", "))), true);
        return;
    }
    const QString outDir = m_outDir->text().trimmed();
    if (method == QLatin1String("generate_project") && outDir.isEmpty()) {
        showResult(tr("Fill in the new project's folder."), true);
        return;
    }
    showResult({}, false);
    m_log->clear();
    if (method == QLatin1String("generate_project"))
        m_controller->generate(m_archivePath, outDir);
    else if (method == QLatin1String("build"))
        m_controller->build();
    else if (method == QLatin1String("run"))
        m_controller->run();
    else
        m_controller->flash();
}

void ProjectPane::copyCommand()
{
    const QString command = m_controller->tvmcCommand(m_archivePath, m_outDir->text().trimmed());
    QGuiApplication::clipboard()->setText(command);
    m_status->setText(tr("Copied to the clipboard:\n%1").arg(command));
    m_status->show();
}

void ProjectPane::handleTemplatesChanged()
{
    {
        const QSignalBlocker blocker(m_templates);
        m_templates->clear();
        for (const ProjectController::Template &t : m_controller->templates()) {
            const QString folderName = QFileInfo(t.path).fileName();
            const QString text = t.probing              ? tr("%1 (asking…)").arg(folderName)
                                 : !t.error.isEmpty()   ? tr("%1 (cannot start)").arg(folderName)
                                 : t.platform.isEmpty() ? folderName
                                 : t.isTemplate         ? t.platform
                                                        : tr("%1 (project %2)").arg(t.platform, folderName);
            QString tip = tr("%1\nFrom: %2").arg(QDir::toNativeSeparators(t.path), t.origin);
            if (!t.error.isEmpty())
                tip += QLatin1Char('\n') + t.error;
            m_templates->addItem(text, t.path);
            m_templates->setItemData(m_templates->count() - 1, tip, Qt::ToolTipRole);
        }
        // Folders looked into without a server: say where and why, so a template that does not
        // appear is not a mystery.
        QStringList skipped;
        for (const ProjectController::SkippedFolder &f : m_controller->skippedFolders())
            skipped << tr("%1: %2").arg(QDir::toNativeSeparators(f.path), f.reason);
        m_templates->setToolTip(
            skipped.isEmpty() ? QString() : tr("Folders without a template server:\n%1").arg(skipped.join(QLatin1Char('\n'))));
    }
    // Start with the first template that works (in list order: one still being asked is waited
    // for), unless a folder is chosen already.
    if (m_controller->folder().isEmpty()) {
        for (const ProjectController::Template &t : m_controller->templates()) {
            if (t.probing)
                break;
            if (t.error.isEmpty() && t.isTemplate) {
                m_controller->setFolder(t.path);
                return; // folderChanged selects it
            }
        }
    }
    showFolderInBox();
}

// The box shows the folder the pane talks to: a generated project (after Generate, or opened)
// gets an entry of its own rather than leaving the box on "Choose a template project".
void ProjectPane::showFolderInBox()
{
    const QString folder = m_controller->folder();
    int index = m_templates->findData(folder);
    if (index < 0 && !folder.isEmpty()) {
        m_templates->addItem(tr("%1 (generated project)").arg(QFileInfo(folder).fileName()), folder);
        index = m_templates->count() - 1;
        m_templates->setItemData(index, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    m_templates->setCurrentIndex(index);
}

void ProjectPane::handleFolderChanged()
{
    const QString folder = m_controller->folder();
    const auto &info = m_controller->info();
    showFolderInBox();
    if (folder.isEmpty())
        m_info->setText(tr("Choose a template project, add a folder of templates, or open a generated project."));
    else if (info)
        m_info->setText(tr("%1 · %2 · %3")
                            .arg(info->platformName, info->isTemplate ? tr("template") : tr("generated project"),
                                 QDir::toNativeSeparators(folder)));
    else if (m_controller->serverError().isEmpty())
        m_info->setText(tr("Starting the server of %1…").arg(QDir::toNativeSeparators(folder)));
    else
        m_info->setText(tr("The server of %1 did not start:").arg(QDir::toNativeSeparators(folder)));
    m_serverError->setText(m_controller->serverError());
    m_serverError->setVisible(!m_controller->serverError().isEmpty());
    m_form->setOptions(info ? info->options : QList<mtvw::projectapi::ServerInfo::Option>(), m_controller->optionValues());
    updateOutDir();
    updateButtons();
}

void ProjectPane::handleBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
    m_elapsed->setVisible(busy);
    if (busy) {
        updateElapsed();
        m_elapsedTimer->start();
    } else {
        m_elapsedTimer->stop();
    }
    updateButtons();
}

void ProjectPane::handleLogLine(bool fromStderr, const QString &line)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool following = bar->value() == bar->maximum();
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_log->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat format; // explicit, so a coloured line never colours the next one
    if (fromStderr)
        format.setForeground(errorColor(m_log->palette(), QPalette::Base));
    cursor.insertText(line, format);
    if (following)
        bar->setValue(bar->maximum());
}

void ProjectPane::handleFinished(const QString &method, bool ok)
{
    if (!ok)
        return;
    QString text = tr("%1 finished in %2 s").arg(methodName(method)).arg(double(m_controller->elapsedMs()) / 1000.0, 0, 'f', 1);
    // A run says what the model gave back and how long it took; a build, how big its program is.
    if (method == QLatin1String("run") && !m_controller->runReport().isEmpty())
        text += QLatin1Char('\n') + m_controller->runReport().join(QLatin1Char('\n'));
    if (method == QLatin1String("build") && !m_controller->programSize().isEmpty())
        text += QLatin1Char('\n') + m_controller->programSize();
    showResult(text, false);
}

void ProjectPane::handleFailed(const QString &method, const mtvw::Error &error, const QString &hint)
{
    // The error's message is the cause alone: the method is named here, once, in either language.
    QString text = error.code() == mtvw::Error::Code::Cancelled ? tr("%1 cancelled.").arg(methodName(method))
                                                                : tr("%1 failed: %2").arg(methodName(method), error.message());
    // A run cancelled or cut off still says what the program reported until then.
    if (method == QLatin1String("run") && !m_controller->runReport().isEmpty())
        text +=
            QLatin1Char('\n') + tr("Until it stopped:") + QLatin1Char('\n') + m_controller->runReport().join(QLatin1Char('\n'));
    showResult(text, true);
    QStringList lines = m_controller->log();
    if (lines.size() > kDetailLines)
        lines = lines.mid(lines.size() - kDetailLines);
    QString details = error.message();
    if (!error.detail().isEmpty())
        details += QLatin1Char('\n') + error.detail();
    m_details->setPlainText(details + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    m_detailsButton->show();
    // A next step: the known fix, else (when the server said more) where its own account is.
    const QString next = !hint.isEmpty() ? hint
                         : !error.detail().isEmpty()
                             ? tr("open Details for the server's report (its traceback and last log lines)")
                             : QString();
    m_hint->setText(next.isEmpty() ? QString() : tr("What to do: %1").arg(next));
    m_hint->setVisible(!next.isEmpty());
}

void ProjectPane::showResult(const QString &text, bool failed)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    setErrorColor(m_result, failed);
    m_hint->hide();
    m_detailsButton->setChecked(false);
    m_detailsButton->hide();
}

QString ProjectPane::platform() const
{
    const auto &info = m_controller->info();
    return info && info->isTemplate ? info->platformName : QString();
}

QString ProjectPane::projectsFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QFileInfo(documents).isDir())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("mtvw-projects"));
}

void ProjectPane::updateOutDir()
{
    // Propose <Documents>/mtvw-projects/<archive name>-<platform>-project (one that does not
    // exist yet), unless the user typed a folder of their own: never beside the archive, which
    // may be the bundled example or a read-only corpus.
    static const char kProposed[] = "proposed";
    const QString current = m_outDir->text();
    if (!current.isEmpty() && current != m_outDir->property(kProposed).toString())
        return;
    if (m_archivePath.isEmpty() || platform().isEmpty())
        return;
    const QFileInfo archive(m_archivePath);
    const QString base = QDir(projectsFolder()).filePath(QStringLiteral("%1-%2-project").arg(archiveStem(archive), platform()));
    QString proposal = base;
    for (int n = 2; QFileInfo::exists(proposal) && n < 100; ++n)
        proposal = QStringLiteral("%1-%2").arg(base).arg(n);
    m_outDir->setText(proposal);
    m_outDir->setProperty(kProposed, proposal);
}

void ProjectPane::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const auto &info = m_controller->info();
    m_templates->setEnabled(!busy);
    m_generate->setEnabled(!busy && info && info->isTemplate && !m_archivePath.isEmpty());
    m_build->setEnabled(!busy && info && !info->isTemplate);
    m_flash->setEnabled(!busy && info && !info->isTemplate);
    m_run->setEnabled(!busy && info && !info->isTemplate);
    m_cancel->setEnabled(busy);
    m_copyCommand->setEnabled(info.has_value());
}

void ProjectPane::updateElapsed()
{
    m_elapsed->setText(
        tr("%1… %2 s").arg(methodName(m_controller->busyMethod())).arg(double(m_controller->elapsedMs()) / 1000.0, 0, 'f', 1));
}
