// Issue 15: a hostile server, file or name can neither fool certdeck-cli, nor hang it, nor spoof its output.
// The server is harness/fake_xmpp_server.py (STARTTLS, SCRAM-SHA-1, bind, then scripted hostile answers).
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "storage/ActivityLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <sys/stat.h>

using namespace certdeck;

namespace {

// One fake server per test, stopped when this object dies (and by its own --lifetime in any case).
class FakeServer
{
public:
    explicit FakeServer(const QString &scenario)
    {
        const auto cred =
            test::makeCredential(QStringLiteral("phone"), QStringLiteral("alice@localhost"), -1, 30);
        QFile b64(m_dir.filePath(QStringLiteral("cert.b64")));
        if (!b64.open(QIODevice::WriteOnly))
            return;
        b64.write(cred.certificate.der.toBase64());
        b64.close();
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(QString::fromLatin1(test::systemPython),
                     {fakeServerScript(), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--scenario"),
                      scenario, QStringLiteral("--cert-b64"), b64.fileName(), QStringLiteral("--lifetime"),
                      QStringLiteral("200")});
        if (!m_proc.waitForReadyRead(20000))
            return;
        const QJsonObject info = QJsonDocument::fromJson(m_proc.readLine()).object();
        m_port = quint16(info.value(QStringLiteral("port")).toInt());
        m_caFile = info.value(QStringLiteral("ca_file")).toString();
    }
    ~FakeServer()
    {
        m_proc.terminate();
        if (!m_proc.waitForFinished(5000))
            m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    [[nodiscard]] bool isRunning() const { return m_port != 0; }
    [[nodiscard]] QStringList accountArgs() const
    {
        return {QStringLiteral("--jid"),     QStringLiteral("alice@localhost"),
                QStringLiteral("--host"),    QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),    QString::number(m_port),
                QStringLiteral("--ca-file"), m_caFile};
    }

private:
    static QString fakeServerScript()
    {
        return QFileInfo(QString::fromLatin1(test::harnessScript))
            .dir()
            .filePath(QStringLiteral("fake_xmpp_server.py"));
    }
    QTemporaryDir m_dir;
    QProcess m_proc;
    quint16 m_port = 0;
    QString m_caFile;
};

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess proc;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("T_PASSWORD"), QStringLiteral("alice-password"));
    env.insert(QStringLiteral("T_EXPORT"), QStringLiteral("export-secret"));
    proc.setProcessEnvironment(env);
    proc.start(QString::fromLatin1(test::cliPath), args);
    proc.closeWriteChannel();
    Run r;
    // No timing is asserted; a hang shows up as a missing exit (and the ctest TIMEOUT guards the rest).
    if (!proc.waitForFinished(120000)) {
        proc.kill();
        proc.waitForFinished();
        return r;
    }
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = proc.readAllStandardOutput();
    r.err = proc.readAllStandardError();
    return r;
}

const QStringList passwordEnv{QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")};

// What must never reach a terminal raw: C0 controls but tab/newline framing, ESC, C1 CSI, bidi controls,
// zero-width characters.
QString rawControl(const QByteArray &text, bool allowTabs)
{
    const QString s = QString::fromUtf8(text);
    for (const QChar c : s) {
        const bool framing = c == u'\n' || (allowTabs && c == u'\t');
        if (framing)
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listEscapesControlCharacters();
    void nestedStanzaIsRefusedNotParsed();
    void endlessStanzaIsRefused();
    void certificateKeptUnderAnotherNameIsNotConfirmed();
    void largeListingStillWorks();
    void connectionDropAfterRevokeIsNotConfirmed();
    void lyingServerIsNotConfirmed();
    void serverErrorTextIsEscaped();
    void refusedEnrollSaysThePasswordIsWorthless();
    void kickedResourceIsEscaped();
    void badNamesAreRefusedLocally_data();
    void badNamesAreRefusedLocally();
    void unboundedFilesAreRefused_data();
    void unboundedFilesAreRefused();
    void passwordFileReadableByOthersWarns();
    void exportPasswordFileWarningAndCrlf();
    void characterSplitAcrossReadsStaysWhole();
    void hangUpAfterTheAnswerIsNotConfirmed();
    void tricklingAnswerMeetsItsDeadline();
    void elementWithTooManyAttributesIsRefused();
    void successWithoutTheServersProofIsRefused_data();
    void successWithoutTheServersProofIsRefused();
    void mixedCaseAddressLogsIn();
};

void TestHostileServer::initTestCase()
{
    // The CLI's names, so ActivityLog::defaultPath() here is the CLI's log.
    QCoreApplication::setApplicationName(QStringLiteral("Certdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Certdeck"));
}

void TestHostileServer::listEscapesControlCharacters()
{
    FakeServer server(QStringLiteral("control-names"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list")} + server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 0);
    QCOMPARE(rawControl(r.out, true), QString());
    // One row per item, five columns each: no forged row, no forged column, from names or resources.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (const QByteArray &line : lines)
        QCOMPARE(line.count('\t'), 4);
    QVERIFY(
        lines.at(0).endsWith("\tonline now (fake-row\\t2099-01-01T00:00:00Z\\tEC P-256\\tAA:BB\\nphone)"));
    QVERIFY(lines.at(3).endsWith("\tonline now (bidi\\u202Egnp.exe)"));
    QVERIFY(lines.at(0).startsWith("fake-row\\t2099-01-01T00:00:00Z\\tEC P-256\\tAA:BB\\nphone\t"));
    QVERIFY(lines.at(1).startsWith("carriage\\rreturn\t"));
    QVERIFY(lines.at(2).startsWith("csi\\u009B2Jclear\t"));
    QVERIFY(lines.at(3).startsWith("bidi\\u202Egnp.exe\t"));
    QVERIFY(lines.at(4).startsWith("zero\\u200Bwidth\t"));

    // JSON keeps the names exactly (JSON escapes them itself).
    const Run json = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                            server.accountArgs() + passwordEnv);
    QCOMPARE(json.code, 0);
    const QJsonArray items =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("bidi\u202Egnp.exe"));
}

// ~280 KB of elements nested 40,000 deep in the items answer: refused before parsing, the connection closed
// and the reason said; the CLI ends (it used to spin at 100 % CPU for minutes).
void TestHostileServer::nestedStanzaIsRefusedNotParsed()
{
    FakeServer server(QStringLiteral("nested"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list")} + server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             QStringLiteral("certdeck-cli: The server sent data beyond Certdeck's safety limits, so Certdeck "
                            "disconnected. The server may be broken or hostile. (elements nested deeper than "
                            "64 levels)"));
}

// Issue 26: a listing whose UTF-8 is split between two TLS records in the middle of a character keeps its
// names whole (it showed "T\uFFFD\uFFFDléphone").
void TestHostileServer::characterSplitAcrossReadsStaysWhole()
{
    FakeServer server(QStringLiteral("split-utf8"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                         server.accountArgs() + passwordEnv);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("\"Téléphone\"")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("\"Tablette · 2026\"")), r.out.constData());
    QVERIFY(!out.contains(QChar(QChar::ReplacementCharacter)));
}

// Issue 26: 1.5 MB of an unfinished answer, then a tiny element every 5 ms: the answer's deadline still fires
// (the trickle kept the CLI at 100 % CPU until it was killed).
void TestHostileServer::tricklingAnswerMeetsItsDeadline()
{
    FakeServer server(QStringLiteral("trickle"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list")} + server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("did not answer in time"), r.err.constData());
}

// Issue 26: one element with 40,000 attributes (21 s of CPU in QDomDocument) is refused before parsing.
void TestHostileServer::elementWithTooManyAttributesIsRefused()
{
    FakeServer server(QStringLiteral("many-attributes"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list")} + server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QCOMPARE(
        QString::fromUtf8(r.err).trimmed(),
        QStringLiteral("certdeck-cli: The server sent data beyond Certdeck's safety limits, so Certdeck "
                       "disconnected. The server may be broken or hostile. (an element with more than 64 "
                       "attributes)"));
}

// Issue 26: a server that says "success" without proving it knows the password (SCRAM's server signature) is
// not the account's server: a failed login (exit 3), never a listing or a "verified" change.
void TestHostileServer::successWithoutTheServersProofIsRefused_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("bare success") << QStringLiteral("bare-success");
    QTest::newRow("wrong signature") << QStringLiteral("wrong-signature");
}

void TestHostileServer::successWithoutTheServersProofIsRefused()
{
    QFETCH(QString, scenario);
    FakeServer server(scenario);
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 3);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral(
                 "certdeck-cli: The server accepted the login without proving that it knows the "
                 "password, so it may not be your account's server. Certdeck did not continue.")),
             r.err.constData());
    QVERIFY(!r.out.contains("Revoked"));
}

// Issue 26: the server answers the revoke, then hangs up before Certdeck can list again: "sent, not
// confirmed" (exit 5), and the reason does not claim the server never answered.
void TestHostileServer::hangUpAfterTheAnswerIsNotConfirmed()
{
    FakeServer server(QStringLiteral("die-after-ok"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains("the server accepted the change, then the connection was lost before it could be "
                            "checked"),
             r.err.constData());
    QVERIFY2(!r.err.contains("did not answer") && !r.err.contains("before the server answered"),
             r.err.constData());
}

// An items answer that never ends (20 MiB of text in one element): refused at the size bound, not buffered
// until memory runs out, and not mistaken for a slow server.
void TestHostileServer::endlessStanzaIsRefused()
{
    FakeServer server(QStringLiteral("flood"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list")} + server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             QStringLiteral("certdeck-cli: The server sent data beyond Certdeck's safety limits, so Certdeck "
                            "disconnected. The server may be broken or hostile. (more than 16777216 "
                            "characters in one stanza)"));
}

// Issue 15, case 1, from a lying server: the name goes, the certificate stays under another name. The proof
// is about the certificate, so this is not confirmed.
void TestHostileServer::certificateKeptUnderAnotherNameIsNotConfirmed()
{
    FakeServer server(QStringLiteral("renamed"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 5);
    QCOMPARE(
        QString::fromUtf8(r.err),
        QStringLiteral("certdeck-cli: Revoke of “phone” sent, not confirmed · the certificate is still in "
                       "the list\n"));
}

void TestHostileServer::largeListingStillWorks()
{
    FakeServer server(QStringLiteral("large"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                         server.accountArgs() + passwordEnv);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray().size(), 1000);
}

// Issue 15, case 2: the connection drops right after the revoke was sent. The revoke may have landed, so
// this is "sent, not confirmed" (exit 5), never "could not log in" (exit 3); the activity log says so too.
void TestHostileServer::connectionDropAfterRevokeIsNotConfirmed()
{
    FakeServer server(QStringLiteral("die-after-revoke"));
    QVERIFY(server.isRunning());
    QFile::remove(ActivityLog::defaultPath());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 5);
    // Word for word, and nothing that reads as a failed login.
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("certdeck-cli: Revoke of “phone” sent, not confirmed · The connection was lost "
                            "before the server answered.\n"));

    QFile log(ActivityLog::defaultPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("result")).toString(),
             QStringLiteral("attempted"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("result")).toString(),
             QStringLiteral("not-confirmed"));
}

void TestHostileServer::lyingServerIsNotConfirmed()
{
    FakeServer server(QStringLiteral("lying"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.contains("the certificate is still in the list"));
}

void TestHostileServer::serverErrorTextIsEscaped()
{
    FakeServer server(QStringLiteral("error-text"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QCOMPARE(rawControl(r.err, false), QString());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(
        r.err.contains(
            "Server says: \xe2\x80\x9cno\\tway\\n\\rforged line \\u009B2J \\u202Eevil\\u200B\xe2\x80\x9d"),
        r.err.constData());
}

// The generated password goes out before the upload; when the server then refuses it, the file is removed
// and the last line says the password opens nothing (issue 35).
void TestHostileServer::refusedEnrollSaysThePasswordIsWorthless()
{
    FakeServer server(QStringLiteral("error-text"));
    QVERIFY(server.isRunning());
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("tablet.p12"));
    const Run r =
        runCli(QStringList{QStringLiteral("enroll"), QStringLiteral("Tablet"), QStringLiteral("--p12"), p12} +
               server.accountArgs() + passwordEnv);
    QCOMPARE(r.code, 4);
    QVERIFY(!QFile::exists(p12));
    QVERIFY2(r.err.contains(QStringLiteral("Password for %1: ").arg(p12).toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(
                 QStringLiteral("certdeck-cli: Nothing was added; %1 was removed, and the password shown "
                                "above opens nothing.\n")
                     .arg(p12)
                     .toUtf8()),
             r.err.constData());
}

void TestHostileServer::kickedResourceIsEscaped()
{
    FakeServer server(QStringLiteral("kicked-resource"));
    QVERIFY(server.isRunning());
    const Run r = runCli(QStringList{QStringLiteral("revoke"), QStringLiteral("phone")} +
                         server.accountArgs() + passwordEnv);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(rawControl(r.out, false), QString());
    QVERIFY2(r.out.contains("alice@localhost/phone\\u009B2J\\u202E\\u200B"), r.out.constData());
}

// Issue 15, cases 6 and 8: names are checked by the core's rules before anything is sent (no server runs
// here: the port is closed, so reaching the network would end in exit 3).
void TestHostileServer::badNamesAreRefusedLocally_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString control = QStringLiteral(
        "certdeck-cli: The device name contains an invisible or control character (%1). Use letters, digits, "
        "spaces and punctuation only.");
    QTest::newRow("empty") << QStringLiteral("  ")
                           << QStringLiteral("certdeck-cli: The device name is empty.");
    QTest::newRow("escape") << QStringLiteral("ph\x1b[31mone") << control.arg(QStringLiteral("\\u001B"));
    QTest::newRow("newline") << QStringLiteral("ph\none") << control.arg(QStringLiteral("\\n"));
    QTest::newRow("bidi") << QStringLiteral("ph\u202Eone") << control.arg(QStringLiteral("\\u202E"));
    QTest::newRow("zero-width") << QStringLiteral("ph\u200Bone") << control.arg(QStringLiteral("\\u200B"));
    QTest::newRow("too long") << QString(65, QLatin1Char('x'))
                              << QStringLiteral(
                                     "certdeck-cli: The device name is longer than 64 characters.");
}

void TestHostileServer::badNamesAreRefusedLocally()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r =
        runCli({QStringLiteral("enroll"), name, QStringLiteral("--p12"),
                dir.filePath(QStringLiteral("x.p12")), QStringLiteral("--export-password-env"),
                QStringLiteral("T_EXPORT"), QStringLiteral("--jid"), QStringLiteral("alice@localhost"),
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QStringLiteral("1"), QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")});
    QCOMPARE(r.code, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.p12"))));
}

// Issue 15, case 4: /dev/zero never ends; every file option reads at most its cap and says so.
void TestHostileServer::unboundedFilesAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList account{QStringLiteral("--jid"),  QStringLiteral("alice@localhost"),
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"), QStringLiteral("1")};
    QTest::newRow("certificate")
        << QStringList{QStringLiteral("enroll"),         QStringLiteral("dev"),
                       QStringLiteral("--certificate"),  QStringLiteral("/dev/zero"),
                       QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")} +
               account
        << 1 << QStringLiteral("/dev/zero is larger than 1024 KiB; it was not read.");
    QTest::newRow("ca-file") << QStringList{QStringLiteral("list"), QStringLiteral("--ca-file"),
                                            QStringLiteral("/dev/zero"), QStringLiteral("--password-env"),
                                            QStringLiteral("T_PASSWORD")} +
                                    account
                             << 2 << QStringLiteral("/dev/zero is larger than 4096 KiB; it was not read.");
    QTest::newRow("password-file") << QStringList{QStringLiteral("list"), QStringLiteral("--password-file"),
                                                  QStringLiteral("/dev/zero")} +
                                          account
                                   << 2 << QStringLiteral("/dev/zero is larger than 4 KiB; it was not read.");
    QTest::newRow("export-password-file")
        << QStringList{QStringLiteral("enroll"),
                       QStringLiteral("dev"),
                       QStringLiteral("--p12"),
                       QStringLiteral("/nonexistent-dir/x.p12"),
                       QStringLiteral("--export-password-file"),
                       QStringLiteral("/dev/zero"),
                       QStringLiteral("--password-env"),
                       QStringLiteral("T_PASSWORD")} +
               account
        << 2 << QStringLiteral("/dev/zero is larger than 4 KiB; it was not read.");
}

void TestHostileServer::unboundedFilesAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

// Issue 15, case 7: like ssh with a key, a password file others may read gets a warning.
void TestHostileServer::passwordFileReadableByOthersWarns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("alice-password\n");
    file.close();
    const QStringList args{
        QStringLiteral("list"),      QStringLiteral("--password-file"), path,
        QStringLiteral("--jid"),     QStringLiteral("alice@localhost"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"),          QStringLiteral("1")};
    const QString warning = QStringLiteral(
        "certdeck-cli: warning: the password file %1 may be read by other users (mode %2); anyone "
        "who reads it can log in as you. Restrict it with: chmod 600 %1");

    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    Run r = runCli(args);
    QCOMPARE(r.code, 3); // nothing listens on port 1
    QCOMPARE(QString::fromUtf8(r.err.split('\n').value(0)), warning.arg(path, QStringLiteral("0644")));

    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    r = runCli(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(!r.err.contains("warning"), r.err.constData());
}

// Issue 26: "--jid Alice@LocalHost" is the account alice@localhost, as the server sees it (it timed out).
void TestHostileServer::mixedCaseAddressLogsIn()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QString jid = server.jid(QStringLiteral("Alice"));
    jid.replace(server.domain(), server.domain().toUpper());
    const Run listed =
        runCli({QStringLiteral("list"), QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD"),
                QStringLiteral("--jid"), jid, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--ca-file"),
                server.caFile()});
    QVERIFY2(listed.code == 0, listed.err.constData());
}

// Issue 26: an export's password file protects the exported key, not the account: the warning says so; and a
// password file written with CRLF logs in (the CR is not part of the password).
void TestHostileServer::exportPasswordFileWarningAndCrlf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export-pw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a long export password\r\n");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const Run r =
        runCli({QStringLiteral("enroll"), QStringLiteral("Phone"), QStringLiteral("--p12"),
                dir.filePath(QStringLiteral("phone.p12")), QStringLiteral("--export-password-file"), path,
                QStringLiteral("--jid"), QStringLiteral("alice@localhost"), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("1"),
                QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")});
    QCOMPARE(
        QString::fromUtf8(r.err.split('\n').value(0)),
        QStringLiteral("certdeck-cli: warning: the password file %1 may be read by other users (mode 0644); "
                       "anyone who reads it can open the exported key. Restrict it with: chmod 600 %1")
            .arg(path));

    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString login = dir.filePath(QStringLiteral("login-pw"));
    QFile crlf(login);
    QVERIFY(crlf.open(QIODevice::WriteOnly));
    crlf.write("alice-password\r\n");
    crlf.close();
    QVERIFY(::chmod(QFile::encodeName(login).constData(), 0600) == 0);
    const Run listed =
        runCli({QStringLiteral("list"), QStringLiteral("--password-file"), login, QStringLiteral("--jid"),
                server.jid(QStringLiteral("alice")), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--ca-file"),
                server.caFile()});
    QVERIFY2(listed.code == 0, listed.err.constData());
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_HostileServer.moc"
