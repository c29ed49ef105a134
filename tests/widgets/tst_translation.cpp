#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

// The German translation is complete and the program picks it from the system locale.
class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated();
    void germanLocaleGetsGerman();
};

void TestTranslation::everyMessageIsTranslated()
{
    QFile ts(QStringLiteral(MTVW_SOURCE_DIR "/translations/mtvw_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 500);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void TestTranslation::germanLocaleGetsGerman()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MTVW_GUI), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("durchsehen")), qPrintable(help));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MTVW_GUI), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("browse Model Library Format archives")));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
