// The exact words certdeck-cli prints on the emergency path, compared word for word, with the program run as
// a process the way a person runs it: in English as desktops set it (LANG=en_US.UTF-8, no LC_ALL), in the C
// locale, and in German. The suite itself runs with LC_ALL=C.UTF-8, so each child gets its own environment.
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "model/ProofText.h"
#include "util/Translations.h"
#include "xmpp/CertificateService.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>

using namespace certdeck;

namespace {

// The one part of a proof that changes from run to run; the rest is compared as it is.
const QRegularExpression clockTime(QStringLiteral("\\b\\d\\d:\\d\\d:\\d\\d\\b"));

QString withoutTimes(const QString &text)
{
    return QString(text).replace(clockTime, QStringLiteral("HH:MM:SS"));
}

} // namespace

class TestGoldenText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void revokeWithOneSessionClosed_data() { languages(); }
    void revokeWithOneSessionClosed();
    void revokeWithNoSessionClosed_data() { languages(); }
    void revokeWithNoSessionClosed();
    void revokeNotConfirmed_data() { languages(); }
    void revokeNotConfirmed();
    void enroll_data() { languages(); }
    void enroll();
    void onlyEvidenceCountsAsClosedByTheRevoke();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static void languages();
    // Starts certdeck-cli in the row's locale; the caller waits.
    void start(QProcess &proc, const QStringList &args, const QString &lang,
               const QProcessEnvironment &extra = {});
    static Run finish(QProcess &proc);
    Run run(const QStringList &args, const QString &lang, const QProcessEnvironment &extra = {});
    // A device certificate on alice's account, added through the core.
    [[nodiscard]] bool addDevice(const QString &name, const DeviceCredential &cred);
    [[nodiscard]] QString logPath() const
    {
        return m_home->filePath(QStringLiteral("Certdeck/Certdeck/activity.jsonl"));
    }

    test::ProsodyServer m_server;
    std::unique_ptr<QTemporaryDir> m_home; // the child's XDG_DATA_HOME, fresh for each test
};

void TestGoldenText::languages()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("german");
    QTest::newRow("en_US.UTF-8") << QStringLiteral("en_US.UTF-8") << false;
    QTest::newRow("C") << QStringLiteral("C") << false;
    QTest::newRow("de_DE.UTF-8") << QStringLiteral("de_DE.UTF-8") << true;
}

void TestGoldenText::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGoldenText::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

void TestGoldenText::start(QProcess &proc, const QStringList &args, const QString &lang,
                           const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As a desktop session sets it: LANG only. LC_ALL (the suite's C.UTF-8) would override it.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    env.insert(QStringLiteral("CERTDECK_TEST_PASSWORD"), QStringLiteral("alice-password"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    proc.setProcessEnvironment(env);
    proc.start(
        QString::fromLatin1(test::cliPath),
        args + QStringList{QStringLiteral("--jid"), m_server.jid(QStringLiteral("alice")),
                           QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(m_server.port()), QStringLiteral("--ca-file"), m_server.caFile(),
                           QStringLiteral("--password-env"), QStringLiteral("CERTDECK_TEST_PASSWORD")});
    proc.closeWriteChannel();
}

TestGoldenText::Run TestGoldenText::finish(QProcess &proc)
{
    Run r;
    if (!proc.waitForFinished(60000))
        return r;
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = QString::fromUtf8(proc.readAllStandardOutput());
    // Qt's own warning about a locale that is not UTF-8 (LANG=C) is not Certdeck's text: one line from
    // Qt 6.4, four from Qt 6.8 (Debian 13).
    QStringList err = QString::fromUtf8(proc.readAllStandardError()).split(QLatin1Char('\n'));
    err.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("Detected locale")) ||
               line.startsWith(QLatin1String("Qt depends on a UTF-8 locale, and has switched to ")) ||
               line == QLatin1String(
                           "If this causes problems, reconfigure your locale. See the locale(1) manual") ||
               line == QLatin1String("for more information.");
    });
    r.err = err.join(QLatin1Char('\n'));
    return r;
}

TestGoldenText::Run TestGoldenText::run(const QStringList &args, const QString &lang,
                                        const QProcessEnvironment &extra)
{
    QProcess proc;
    start(proc, args, lang, extra);
    return finish(proc);
}

bool TestGoldenText::addDevice(const QString &name, const DeviceCredential &cred)
{
    AccountSession session;
    if (test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                             QStringLiteral("alice-password")))
        return false;
    CertificateService service(&session);
    const auto added = test::awaitResult<ChangeReport>(
        [&](QObject *c, auto done) { service.append(name, cred.certificate.der, false, c, done); });
    return added && added->hasValue();
}

void TestGoldenText::revokeWithOneSessionClosed()
{
    QFETCH(QString, lang);
    QFETCH(bool, german);
    const QString name = QStringLiteral("Stolen Phone ") + QString::fromLatin1(QTest::currentDataTag());
    const auto cred = test::makeCredential(name, m_server.jid(QStringLiteral("alice")), -1, 30);
    QVERIFY(addDevice(name, cred));
    test::Phone phone(m_server, cred, QStringLiteral("phone"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));

    const Run r = run({QStringLiteral("revoke"), name}, lang);
    QVERIFY(phone.waitFor(QStringLiteral("disconnected"), 5000));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString expected =
        german ? QStringLiteral("„%1“ widerrufen · 1 Sitzung beendet (%2) · bestätigt um HH:MM:SS\n")
               : QStringLiteral("Revoked “%1” · 1 session closed (%2) · verified at HH:MM:SS\n");
    QCOMPARE(withoutTimes(r.out), expected.arg(name, phone.fullJid()));
    QCOMPARE(r.err, QString());
}

void TestGoldenText::revokeWithNoSessionClosed()
{
    QFETCH(QString, lang);
    QFETCH(bool, german);
    const QString name = QStringLiteral("Old Tablet ") + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(addDevice(name, test::makeCredential(name, m_server.jid(QStringLiteral("alice")), -1, 30)));

    const Run r = run({QStringLiteral("revoke"), name}, lang);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // What was observed, not a claim about sessions Prosody never reports.
    const QString expected =
        german ? QStringLiteral("„%1“ widerrufen · keine Sitzung ging offline · bestätigt um HH:MM:SS\n")
               : QStringLiteral("Revoked “%1” · no session went offline · verified at HH:MM:SS\n");
    QCOMPARE(withoutTimes(r.out), expected.arg(name));
    QCOMPARE(r.err, QString());
}

void TestGoldenText::revokeNotConfirmed()
{
    QFETCH(QString, lang);
    QFETCH(bool, german);
    const QString name = QStringLiteral("Laptop ") + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(addDevice(name, test::makeCredential(name, m_server.jid(QStringLiteral("alice")), -1, 30)));

    // The server stops answering once the revoke is on its way: the CLI records the attempt before it sends.
    QProcess proc;
    start(proc, {QStringLiteral("revoke"), name}, lang);
    const auto sent = [this, &name] {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = log.readAll();
        return bytes.contains("\"result\":\"attempted\"") && bytes.contains(name.toUtf8());
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent(), 15000);
    ::kill(pid_t(m_server.pid()), SIGSTOP);
    const Run r = finish(proc);
    ::kill(pid_t(m_server.pid()), SIGCONT);
    QCOMPARE(r.code, 5);
    QCOMPARE(r.out, QString());
    // The server stops either before it answers the revoke or (more often: the log is polled) just after,
    // before the listing that checks it; each case has its own words, compared whole.
    const QString before = german
                               ? QStringLiteral("certdeck-cli: Widerruf von „%1“ gesendet, nicht bestätigt · "
                                                "Der Server hat nicht rechtzeitig geantwortet.\n")
                               : QStringLiteral("certdeck-cli: Revoke of “%1” sent, not confirmed · "
                                                "The server did not answer in time.\n");
    const QString after =
        german
            ? QStringLiteral("certdeck-cli: Widerruf von „%1“ gesendet, nicht bestätigt · "
                             "der Server hat die Änderung angenommen, aber die Auflistung zu ihrer Prüfung "
                             "nicht rechtzeitig beantwortet\n")
            : QStringLiteral("certdeck-cli: Revoke of “%1” sent, not confirmed · "
                             "the server accepted the change, but did not answer the listing that checks it "
                             "in time\n");
    QVERIFY2(r.err == before.arg(name) || r.err == after.arg(name), qPrintable(r.err));
}

void TestGoldenText::enroll()
{
    QFETCH(QString, lang);
    QFETCH(bool, german);
    const QString name = QStringLiteral("Phone · ") + QString::fromLatin1(QTest::currentDataTag());
    const QString file = m_home->filePath(QStringLiteral("phone.p12"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("CERTDECK_TEST_EXPORT"), QStringLiteral("a long export password"));
    const Run r = run({QStringLiteral("enroll"), name, QStringLiteral("--p12"), file,
                       QStringLiteral("--export-password-env"), QStringLiteral("CERTDECK_TEST_EXPORT")},
                      lang, extra);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString expected =
        german ? QStringLiteral(
                     "„%1“ hinzugefügt · bestätigt um HH:MM:SS\n"
                     "Schlüssel und Zertifikat in %2 gespeichert (passwortgeschützt; erstellt für aktuelle "
                     "Handys und Computer: Android 14+, iOS 18+, macOS 15+, Desktop-Clients). Kopieren Sie "
                     "die Datei auf das Gerät und importieren Sie sie in dessen XMPP-App.\n")
               : QStringLiteral(
                     "Enrolled “%1” · verified at HH:MM:SS\n"
                     "Key and certificate saved to %2 (password-protected; made for current phones and "
                     "computers: Android 14+, iOS 18+, macOS 15+, desktop clients). Copy it to the device "
                     "and import it in its XMPP app.\n");
    QCOMPARE(withoutTimes(r.out), expected.arg(name, file));
    QCOMPARE(r.err, QString());
}

// A session that goes offline after the revoke's answer, with nothing tying it to the certificate, was not
// closed by it: it is reported apart, and the proof says so in those words.
void TestGoldenText::onlyEvidenceCountsAsClosedByTheRevoke()
{
    installTranslations(QLocale(QLocale::English));
    const QString jid = m_server.jid(QStringLiteral("alice"));
    const auto lost = test::makeCredential(QStringLiteral("Lost watch"), jid, -1, 30);
    const auto other = test::makeCredential(QStringLiteral("Desk phone"), jid, -1, 30);
    QVERIFY(addDevice(QStringLiteral("Lost watch"), lost));
    QVERIFY(addDevice(QStringLiteral("Desk phone"), other));
    test::Phone watch(m_server, lost, QStringLiteral("watch"));
    auto desk = std::make_unique<test::Phone>(m_server, other, QStringLiteral("desk"));
    watch.start();
    desk->start();
    QVERIFY2(watch.waitFor(QStringLiteral("bound")), qPrintable(watch.output()));
    QVERIFY2(desk->waitFor(QStringLiteral("bound")), qPrintable(desk->output()));

    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    CertificateService service(&session);
    service.setRevokeGracePeriod(3000);
    // The desk phone logs out by itself once the watch was kicked: after the revoke's answer, in the grace
    // period.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (desk && watch.hasSeen(QStringLiteral("disconnected")))
            desk.reset();
    });
    poll.start(5);
    const auto r = test::awaitResult<ChangeReport>(
        [&](QObject *c, auto done) { service.revoke(QStringLiteral("Lost watch"), c, done); }, 15000);
    QVERIFY(r && r->hasValue());
    QCOMPARE(r->value().closedSessions, QStringList{jid + QStringLiteral("/watch")});
    QCOMPARE(r->value().offlineMeanwhile, QStringList{jid + QStringLiteral("/desk")});
    QCOMPARE(
        withoutTimes(proofText(r->value())),
        QStringLiteral("Revoked “Lost watch” · 1 session closed (%1/watch) · 1 other session went offline "
                       "at the same time (%1/desk) · verified at HH:MM:SS")
            .arg(jid));
}

QTEST_GUILESS_MAIN(TestGoldenText)
#include "tst_GoldenText.moc"
