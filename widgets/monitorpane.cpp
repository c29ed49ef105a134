#include "monitorpane.h"

#include "asyncdialogs.h"
#include "backgroundjob.h"
#include "liveconnection.h"
#include "mlf/boardcatalogue.h"
#include "monitorfilter.h"
#include "monitormodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using mtvw::transport::SerialPortEntry;
using mtvw::transport::TransportSettings;

namespace {

constexpr int kMaxSendHistory = 50;
constexpr int kShownChars = 240;

QString portText(const SerialPortEntry &p)
{
    QStringList parts;
    if (!p.boards.isEmpty())
        parts << p.boards.join(QStringLiteral(", "));
    if (!p.usbId().isEmpty())
        parts << p.usbId();
    if (!p.serialNumber.isEmpty())
        parts << QStringLiteral("SN ") + p.serialNumber;
    if (parts.isEmpty() && !p.description.isEmpty())
        parts << p.description;
    return parts.isEmpty() ? p.path : QStringLiteral("%1 — %2").arg(p.path, parts.join(QStringLiteral(" · ")));
}

} // namespace

MonitorPane::MonitorPane(LiveConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new MonitorModel(connection, this))
    , m_filter(new MonitorFilter(m_model, this))
    , m_view(new QTableView(this))
    , m_port(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_timestamps(new QComboBox(this))
    , m_sendBox(new QComboBox(this))
    , m_sendMode(new QComboBox(this))
    , m_ending(new QComboBox(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_hex(new QPushButton(tr("Hex"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_filterEdit(new QLineEdit(this))
    , m_history(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_portJob(new BackgroundJob<QList<SerialPortEntry>>(this))
    , m_copyJob(new BackgroundJob<mtvw::Result<qint64>>(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *portRow = new QHBoxLayout;
    m_port->setEditable(true);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setMinimumContentsLength(18);
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_port->lineEdit()->setPlaceholderText(tr("/dev/ttyACM0"));
    m_port->setToolTip(tr("The serial port; boards the catalogue knows by their USB id are named. A path may be typed."));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("↻"));
    refresh->setToolTip(tr("Look for serial ports again"));
    for (int b : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 1000000})
        m_baud->addItem(QString::number(b));
    m_baud->setEditable(true);
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_baud->setToolTip(tr("Baud rate"));
    m_format->addItems(
        {QStringLiteral("8N1"), QStringLiteral("8E1"), QStringLiteral("8O1"), QStringLiteral("7E1"), QStringLiteral("8N2")});
    m_format->setToolTip(tr("Data bits, parity (None, Even, Odd) and stop bits"));
    m_connect->setObjectName(QStringLiteral("connect"));
    portRow->addWidget(new QLabel(tr("Port"), this));
    portRow->addWidget(m_port, 1);
    portRow->addWidget(refresh);
    portRow->addWidget(m_baud);
    portRow->addWidget(m_format);
    portRow->addWidget(m_connect);
    layout->addLayout(portRow);

    // A table of one column with rows of one fixed height: appending to a million rows costs no
    // layout pass over them (a list view lays every row out again on each batch).
    m_view->setModel(m_filter);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(fixed);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->hide();
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 2);
    // Lines up to kShownChars wide are shown whole, with a horizontal scroll bar; longer ones end in "…".
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(QFontMetrics(fixed).horizontalAdvance(QLatin1Char('m')) * kShownChars);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setObjectName(QStringLiteral("monitorView"));
    layout->addWidget(m_view, 1);

    auto *viewRow = new QHBoxLayout;
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view. Unticked, the view holds still; nothing that comes in is lost."));
    m_hex->setCheckable(true);
    m_hex->setToolTip(tr("Show the bytes in hex and ASCII"));
    m_timestamps->addItems({tr("No time"), tr("Time of day"), tr("Time since the line before")});
    m_timestamps->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timestamps->setMinimumContentsLength(12);
    m_timestamps->setToolTip(tr("Timestamps: when each line came, or the gap since the line before"));
    m_history->setRange(10, 100000);
    m_history->setSingleStep(100);
    m_history->setValue(int(MonitorModel::kDefaultHistory / 1000));
    m_history->setSuffix(tr(" k lines"));
    m_history->setToolTip(tr("How many lines are kept; the oldest go first"));
    viewRow->addWidget(m_follow);
    viewRow->addWidget(m_hex);
    viewRow->addWidget(m_timestamps);
    viewRow->addWidget(new QLabel(tr("Keep"), this));
    viewRow->addWidget(m_history);
    viewRow->addStretch(1);
    layout->addLayout(viewRow);
    auto *saveLog = new QPushButton(tr("Save log…"), this);
    auto *saveCapture = new QPushButton(tr("Save capture…"), this);
    saveCapture->setToolTip(tr("Every byte both ways, with times, as pcapng for the Inspector, Wireshark or mtvw-cli decode"));
    auto *clear = new QPushButton(tr("Clear"), this);

    auto *findRow = new QHBoxLayout;
    m_filterEdit->setPlaceholderText(tr("Filter lines (text or regular expression)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    auto *prev = new QToolButton(this);
    prev->setText(tr("▲"));
    prev->setToolTip(tr("Find the line before that matches"));
    auto *next = new QToolButton(this);
    next->setText(tr("▼"));
    next->setToolTip(tr("Find the next line that matches"));
    auto *apply = new QPushButton(tr("Filter"), this);
    apply->setToolTip(tr("Show only the lines that match"));
    apply->setCheckable(true);
    findRow->addWidget(m_filterEdit, 1);
    findRow->addWidget(m_regex);
    findRow->addWidget(prev);
    findRow->addWidget(next);
    findRow->addWidget(apply);
    layout->addLayout(findRow);

    auto *sendRow = new QHBoxLayout;
    m_sendBox->setEditable(true);
    m_sendBox->setInsertPolicy(QComboBox::NoInsert);
    m_sendBox->lineEdit()->setPlaceholderText(tr("Text to send (Enter)"));
    m_sendBox->setObjectName(QStringLiteral("send"));
    m_sendMode->addItems({tr("Text"), tr("Hex bytes")});
    m_ending->addItems({tr("No line ending"), tr("LF"), tr("CR"), tr("CR LF")});
    m_ending->setCurrentIndex(1);
    auto *sendButton = new QPushButton(tr("Send"), this);
    sendRow->addWidget(m_sendBox, 1);
    sendRow->addWidget(m_sendMode);
    sendRow->addWidget(m_ending);
    sendRow->addWidget(sendButton);
    layout->addLayout(sendRow);

    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("monitorState"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long states and counts never widen the pane: they are cut, their whole text in the tooltip.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counters->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counters->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusRow->addWidget(m_status, 3);
    statusRow->addWidget(m_counters, 2);
    statusRow->addWidget(saveLog);
    statusRow->addWidget(saveCapture);
    statusRow->addWidget(clear);
    layout->addLayout(statusRow);

    connect(refresh, &QToolButton::clicked, this, &MonitorPane::refreshPorts);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connection->isConnected())
            m_connection->close();
        else
            connectPort();
    });
    connect(m_hex, &QPushButton::toggled, m_model, &MonitorModel::setHexMode);
    connect(m_timestamps, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_model->setTimestamps(MonitorModel::Timestamps(i)); });
    connect(m_history, &QSpinBox::valueChanged, this, [this](int k) { m_model->setHistoryLimit(qint64(k) * 1000); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        m_linesAtPause = m_model->deviceLines();
        if (on)
            m_view->scrollToBottom();
        updateCounters();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        // Scrolling up by hand pauses following; scrolling back to the end resumes it.
        QScrollBar *bar = m_view->verticalScrollBar();
        QMetaObject::invokeMethod(
            this,
            [this, bar] {
                const bool atEnd = bar->value() >= bar->maximum();
                if (m_follow->isChecked() != atEnd)
                    m_follow->setChecked(atEnd);
            },
            Qt::QueuedConnection);
    });
    connect(m_model, &MonitorModel::linesAdded, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
        updateCounters();
    });
    connect(saveLog, &QPushButton::clicked, this, &MonitorPane::chooseLogFile);
    connect(saveCapture, &QPushButton::clicked, this, &MonitorPane::chooseCaptureFile);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        updateCounters();
    });
    connect(apply, &QPushButton::toggled, this,
            [this](bool on) { m_filter->setPattern(on ? m_filterEdit->text() : QString(), m_regex->isChecked()); });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this, apply] {
        if (apply->isChecked())
            m_filter->setPattern(m_filterEdit->text(), m_regex->isChecked());
        else
            findNext();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this, apply](const QString &text) {
        if (text.isEmpty() && apply->isChecked())
            apply->setChecked(false);
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_filter, &MonitorFilter::errorOccurred, this, &MonitorPane::showError);
    connect(m_filter, &MonitorFilter::patternApplied, this, &MonitorPane::updateCounters);
    connect(sendButton, &QPushButton::clicked, this, &MonitorPane::send);
    connect(m_sendBox->lineEdit(), &QLineEdit::returnPressed, this, &MonitorPane::send);
    connect(m_model, &MonitorModel::errorOccurred, this, &MonitorPane::showError);
    connect(m_model, &MonitorModel::saved, this, [this](const QString &path, qint64 lines) {
        m_status->setText(tr("Saved %n line(s) to %1", nullptr, int(lines)).arg(path));
    });
    connect(m_connection, &LiveConnection::stateChanged, this, &MonitorPane::updateState);
    connect(m_connection, &LiveConnection::connected, this, &MonitorPane::updateState);
    connect(m_connection, &LiveConnection::disconnected, this, &MonitorPane::updateState);
    connect(m_connection, &LiveConnection::errorOccurred, this, &MonitorPane::showError);

    updateState();
    updateCounters();
    refreshPorts();
}

MonitorPane::~MonitorPane() = default;

QLineEdit *MonitorPane::sendEdit() const
{
    return m_sendBox->lineEdit();
}

void MonitorPane::refreshPorts()
{
    m_portJob->start(
        [](const JobContext &) {
            auto boards = mtvw::mlf::BoardCatalogue::load(QString::fromLatin1(mtvw::mlf::BoardCatalogue::kBuiltInPath));
            return SerialPortEntry::list(boards.ok() ? boards.value() : mtvw::mlf::BoardCatalogue());
        },
        [this](QList<SerialPortEntry> ports) {
            m_ports = ports;
            const QString typed = m_port->currentText();
            m_port->clear();
            for (const SerialPortEntry &p : std::as_const(m_ports))
                m_port->addItem(portText(p), p.path);
            if (!typed.isEmpty())
                m_port->setCurrentText(typed);
            if (m_ports.isEmpty())
                m_port->lineEdit()->setPlaceholderText(tr("no serial ports found; type a path"));
            emit portsListed();
        });
}

void MonitorPane::connectPort()
{
    QString path = m_port->currentText().trimmed();
    const int item = m_port->findText(path);
    if (item >= 0)
        path = m_port->itemData(item).toString();
    if (path.isEmpty()) {
        showError(mtvw::Error(mtvw::Error::Code::NotFound, tr("name a serial port to connect to")));
        return;
    }
    bool ok = false;
    TransportSettings s;
    s.kind = TransportSettings::Kind::Serial;
    s.port = path;
    s.baud = m_baud->currentText().toInt(&ok);
    if (!ok || s.baud <= 0) {
        showError(mtvw::Error(mtvw::Error::Code::Malformed, tr("the baud rate %1 is not a number").arg(m_baud->currentText())));
        return;
    }
    const QString f = m_format->currentText();
    s.dataBits = f.at(0).digitValue();
    s.parity = f.at(1).toLatin1();
    s.stopBits = f.at(2).digitValue();
    m_connection->open(s);
}

mtvw::Result<QByteArray> MonitorPane::bytesToSend(const QString &text) const
{
    QByteArray bytes;
    if (m_sendMode->currentIndex() == 1) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[\\s,:]|0x")));
        static const QRegularExpression hex(QStringLiteral("^([0-9a-fA-F]{2})*$"));
        if (!hex.match(digits).hasMatch())
            return mtvw::Error(mtvw::Error::Code::Malformed,
                               tr("“%1” is not hex bytes (pairs of 0-9 and a-f, spaces allowed)").arg(text));
        return QByteArray::fromHex(digits.toLatin1());
    }
    bytes = text.toUtf8();
    static const char *const endings[] = {"", "\n", "\r", "\r\n"};
    bytes += endings[std::clamp(m_ending->currentIndex(), 0, 3)];
    return bytes;
}

void MonitorPane::send()
{
    const QString text = m_sendBox->currentText();
    if (!m_connection->isConnected() || m_connection->isReplay()) {
        showError(mtvw::Error(mtvw::Error::Code::Io, tr("not connected to a board: nothing was sent")));
        return;
    }
    auto bytes = bytesToSend(text);
    if (!bytes.ok()) {
        showError(bytes.error());
        return;
    }
    m_connection->write(bytes.value());
    const int old = m_sendBox->findText(text);
    if (old >= 0)
        m_sendBox->removeItem(old);
    m_sendBox->insertItem(0, text);
    while (m_sendBox->count() > kMaxSendHistory)
        m_sendBox->removeItem(m_sendBox->count() - 1);
    m_sendBox->setCurrentIndex(-1);
    m_sendBox->clearEditText();
}

void MonitorPane::findNext(bool backwards)
{
    const QString pattern = m_filterEdit->text();
    if (pattern.isEmpty())
        return;
    QRegularExpression re;
    if (m_regex->isChecked()) {
        re = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            showError(mtvw::Error(mtvw::Error::Code::Malformed,
                                  tr("the regular expression %1 is not valid: %2").arg(pattern, re.errorString())));
            return;
        }
    }
    const int rows = m_filter->rowCount();
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() : (backwards ? rows : -1);
    // A bounded look per key press; the next press goes on from where this one stopped.
    constexpr int kBudget = 200000;
    for (int n = 0; n < kBudget; ++n) {
        row += backwards ? -1 : 1;
        if (row < 0 || row >= rows) {
            m_status->setText(backwards ? tr("No match above") : tr("No match below"));
            return;
        }
        const int source = m_filter->sourceRow(row);
        const QString line = QString::fromUtf8(m_model->lines().line(m_model->lines().firstSeq() + source).bytes);
        if (re.isValid() && !re.pattern().isEmpty() ? re.match(line).hasMatch() : line.contains(pattern, Qt::CaseInsensitive)) {
            m_follow->setChecked(false);
            m_view->setCurrentIndex(m_filter->index(row));
            m_view->scrollTo(m_filter->index(row), QAbstractItemView::PositionAtCenter);
            m_status->setText(tr("Line %1").arg(QLocale().toString(source + 1)));
            return;
        }
    }
    m_view->setCurrentIndex(m_filter->index(row));
    m_status->setText(tr("No match in %n line(s); press again to go on", nullptr, kBudget));
}

void MonitorPane::updateState()
{
    const bool on = m_connection->isConnected();
    m_connect->setText(on ? tr("Disconnect") : tr("Connect"));
    QString state;
    if (!on)
        state = tr("Not connected");
    else if (m_connection->isReleased())
        state = tr("Released for flashing: %1").arg(m_connection->description());
    else
        switch (m_connection->state()) {
        case LiveConnection::State::Open: state = tr("Connected: %1").arg(m_connection->description()); break;
        case LiveConnection::State::Opening: state = tr("Connecting to %1…").arg(m_connection->description()); break;
        case LiveConnection::State::Waiting:
            state = tr("Waiting for the board to return: %1").arg(m_connection->description());
            break;
        case LiveConnection::State::Closed: state = tr("Not connected"); break;
        }
    if (m_connection->isReplay() && on)
        state = tr("Replaying %1").arg(m_connection->description());
    m_status->setText(state);
    m_status->setToolTip(state);
}

void MonitorPane::updateCounters()
{
    const QLocale l;
    QString text = tr("%1 lines · %2").arg(l.toString(m_model->deviceLines()), l.formattedDataSize(m_model->deviceBytes()));
    if (!m_follow->isChecked())
        text += tr(" · paused, %1 new").arg(l.toString(m_model->deviceLines() - m_linesAtPause));
    if (m_filter->isFiltering())
        text += tr(" · %1 shown").arg(l.toString(m_filter->rowCount()));
    m_counters->setText(text);
}

void MonitorPane::showError(const mtvw::Error &error)
{
    m_status->setText(error.message());
    m_status->setToolTip(error.detail());
    emit errorOccurred(error);
}

void MonitorPane::chooseLogFile()
{
    AsyncDialogs::saveFile(this, tr("Save the monitor's log"), QStringLiteral("monitor.log"), tr("Text (*.log *.txt)"),
                           [this](const QString &path) { saveLog(path); });
}

void MonitorPane::chooseCaptureFile()
{
    AsyncDialogs::saveFile(this, tr("Save the capture"), QStringLiteral("capture.pcapng"), tr("pcapng capture (*.pcapng)"),
                           [this](const QString &path) { saveCapture(path); });
}

void MonitorPane::saveLog(const QString &path)
{
    m_model->saveText(path);
}

void MonitorPane::saveCapture(const QString &path)
{
    const QString from = m_connection->capturePath();
    if (from.isEmpty()) {
        showError(mtvw::Error(mtvw::Error::Code::NotFound, tr("there is no capture to save: nothing has been connected")));
        return;
    }
    m_copyJob->start(
        [from, path](const JobContext &) -> mtvw::Result<qint64> {
            QFile in(from);
            if (!in.open(QIODevice::ReadOnly))
                return mtvw::Error(mtvw::Error::Code::Io, tr("cannot read the capture %1: %2").arg(from, in.errorString()));
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return mtvw::Error(mtvw::Error::Code::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
            qint64 total = 0;
            while (!in.atEnd()) {
                const QByteArray block = in.read(1 << 20);
                if (block.isEmpty() || out.write(block) != block.size())
                    break;
                total += block.size();
            }
            if (!out.commit())
                return mtvw::Error(mtvw::Error::Code::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
            return total;
        },
        [this, path](mtvw::Result<qint64> r) {
            if (!r.ok()) {
                showError(r.error());
                return;
            }
            m_status->setText(tr("Saved the capture (%1) to %2").arg(QLocale().formattedDataSize(r.value()), path));
            emit captureSaved(path);
        });
}
