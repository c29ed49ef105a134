#include "failurehint.h"

#include <QHash>
#include <QRegularExpression>

namespace mtvw::projectapi {

QString FailureHint::forFailure(const QString &message, const QStringList &log)
{
    const QString text = message + QLatin1Char('\n') + log.join(QLatin1Char('\n'));
    static const QRegularExpression serialDenied(QStringLiteral(R"((Permission denied|EACCES)[^\n]*(/dev/tty\w+))"));
    if (const auto m = serialDenied.match(text); m.hasMatch())
        return tr("No permission to open %1. Add yourself to the serial port's group (on Debian: sudo usermod -aG dialout "
                  "$USER), then log out and back in.")
            .arg(m.captured(2));
    // A tool the template runs is not installed: "No such file or directory: 'west'", "west: not found".
    static const QRegularExpression missingTool(
        QStringLiteral(R"((?:No such file or directory: '([\w.-]+)'|\b([\w.-]+): (?:command )?not found))"));
    if (const auto m = missingTool.match(text); m.hasMatch()) {
        const QString tool = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (tool == QLatin1String("west"))
            return tr("The Zephyr tool \"west\" is not installed or not on PATH: install Zephyr's tools (pip install west) "
                      "and set up a Zephyr workspace.");
        if (tool == QLatin1String("arduino-cli"))
            return tr("\"arduino-cli\" is not installed or not on PATH: install it and its board core, or give its path in "
                      "the arduino_cli_cmd option.");
        if (tool == QLatin1String("cmake") || tool == QLatin1String("make") || tool == QLatin1String("ninja") ||
            tool == QLatin1String("cc") || tool == QLatin1String("gcc"))
            return tr("\"%1\" is not installed or not on PATH: install it (on Debian: sudo apt-get install %2).")
                .arg(tool, tool == QLatin1String("cc") ? QStringLiteral("gcc") : tool);
        return tr("\"%1\" is not installed or not on PATH.").arg(tool);
    }
    static const QRegularExpression noBoard(
        QStringLiteral(
            R"((no (?:board|device|serial port)s? (?:found|connected|detected)|could not open port|No such file or directory: '/dev/tty\w+'|Error: Unable to find|no debug probes))"),
        QRegularExpression::CaseInsensitiveOption);
    if (noBoard.match(text).hasMatch())
        return tr("No board was found: check that it is plugged in, that its USB cable carries data, and that the serial "
                  "port or serial number options name it.");
    static const QRegularExpression missingModule(QStringLiteral(R"(No module named '([\w.]+)')"));
    if (const auto m = missingModule.match(text); m.hasMatch()) {
        // Modules whose package has another name (pip and Debian).
        static const QHash<QString, QPair<QString, QString>> packages = {
            {QStringLiteral("serial"), {QStringLiteral("pyserial"), QStringLiteral("python3-serial")}},
            {QStringLiteral("usb"), {QStringLiteral("pyusb"), QStringLiteral("python3-usb")}},
            {QStringLiteral("psutil"), {QStringLiteral("psutil"), QStringLiteral("python3-psutil")}},
            {QStringLiteral("yaml"), {QStringLiteral("PyYAML"), QStringLiteral("python3-yaml")}}};
        const QString module = m.captured(1).section(QLatin1Char('.'), 0, 0);
        const QString hint = tr("The template's server needs the Python module \"%1\", which is not installed for the "
                                "Python it runs with.")
                                 .arg(m.captured(1));
        if (const auto p = packages.constFind(module); p != packages.constEnd())
            return hint + QLatin1Char(' ') +
                   tr("It comes in the package %1 (pip install %1, or apt-get install %2).").arg(p->first, p->second);
        return hint;
    }
    return {};
}

} // namespace mtvw::projectapi
