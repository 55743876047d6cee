// certdeck-cli as a script would use it: exit codes, JSON, and the password never on the command line.
#include "Pkcs12Structure.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "crypto/Pkcs12.h"
#include "util/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdeck;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrors();
    void listJson();
    void wrongPasswordExitCode();
    void unsupportedServerExitCode();
    void p12FormatUsageErrors();
    void filesItWouldOverwriteExitOne();
    void olderPhonesFileWithSavedPassword();
    void generatedPasswordShownOnceAndEd25519Warned();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QString &password = {});
    QStringList accountArgs(const test::ProsodyServer &server, const QString &user) const;

    test::ProsodyServer m_server;
};

TestCli::Run TestCli::run(const QStringList &args, const QString &password)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDECK_TEST_PASSWORD"), password);
    proc.setProcessEnvironment(env);
    proc.start(QString::fromLatin1(test::cliPath), args);
    proc.closeWriteChannel();
    Run r;
    if (!proc.waitForFinished(30000))
        return r;
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = proc.readAllStandardOutput();
    r.err = proc.readAllStandardError();
    return r;
}

QStringList TestCli::accountArgs(const test::ProsodyServer &server, const QString &user) const
{
    return {QStringLiteral("--jid"),          server.jid(user),
            QStringLiteral("--host"),         QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"),         QString::number(server.port()),
            QStringLiteral("--ca-file"),      server.caFile(),
            QStringLiteral("--password-env"), QStringLiteral("CERTDECK_TEST_PASSWORD")};
}

void TestCli::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("certdeck-cli ") + versionString);
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("--password-file"));
    QVERIFY(!help.out.contains("--password "));
}

void TestCli::usageErrors()
{
    QCOMPARE(run({}).code, 2);
    QCOMPARE(run({QStringLiteral("list")}).code, 2); // no --jid
    QCOMPARE(run({QStringLiteral("frobnicate"), QStringLiteral("--jid"), QStringLiteral("a@b.c")}).code, 2);
    const Run badPort = run({QStringLiteral("list"), QStringLiteral("--jid"), QStringLiteral("a@b.c"),
                             QStringLiteral("--port"), QStringLiteral("99999")});
    QCOMPARE(badPort.code, 2);
    QVERIFY(badPort.err.contains("--port"));
}

void TestCli::listJson()
{
    // Put one certificate on the account first, through the core.
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    const auto cred =
        test::makeCredential(QStringLiteral("Tablet"), m_server.jid(QStringLiteral("alice")), -1, 30);
    const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
        session.requestAppend(QStringLiteral("Tablet"), cred.certificate.der, false, c, done);
    });
    QVERIFY(appended && appended->hasValue());

    const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                          accountArgs(m_server, QStringLiteral("alice")),
                      QStringLiteral("alice-password"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("Tablet"));
    QCOMPARE(item.value(QStringLiteral("sha256")).toString(), cred.certificate.sha256Fingerprint());
    QCOMPARE(item.value(QStringLiteral("not_after")).toString(),
             cred.certificate.notAfter.toString(Qt::ISODate));
}

void TestCli::wrongPasswordExitCode()
{
    const Run r = run(QStringList{QStringLiteral("list")} + accountArgs(m_server, QStringLiteral("alice")),
                      QStringLiteral("wrong"));
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("password"));
}

void TestCli::unsupportedServerExitCode()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {QStringLiteral("bob:pw")}}), qPrintable(plain.errorString()));
    const Run r = run(QStringList{QStringLiteral("list")} + accountArgs(plain, QStringLiteral("bob")),
                      QStringLiteral("pw"));
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains("XEP-0257"));
}

void TestCli::p12FormatUsageErrors()
{
    QTemporaryDir dir;
    const QStringList enroll{QStringLiteral("enroll"), QStringLiteral("Phone"),
                             QStringLiteral("--p12"),  dir.filePath(QStringLiteral("p.p12")),
                             QStringLiteral("--jid"),  QStringLiteral("a@b.c")};
    const Run format = run(enroll + QStringList{QStringLiteral("--p12-format"), QStringLiteral("legacy")});
    QCOMPARE(format.code, 2);
    QVERIFY(format.err.contains("certdeck-cli: --p12-format must be current or older-phones.\n"));
    const Run own = run(enroll + QStringList{QStringLiteral("--p12-format"), QStringLiteral("older-phones"),
                                             QStringLiteral("--export-password-env"), QStringLiteral("X")});
    QCOMPARE(own.code, 2);
    QVERIFY(own.err.contains("older-phones files always get a generated password"));
    const Run both = run(enroll + QStringList{QStringLiteral("--export-password-env"), QStringLiteral("X"),
                                              QStringLiteral("--save-export-password"),
                                              dir.filePath(QStringLiteral("pw"))});
    QCOMPARE(both.code, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.p12"))));
}

// README, exit codes: 1 for a file Certdeck cannot use, including one it would overwrite; nothing is
// written, nothing is sent.
void TestCli::filesItWouldOverwriteExitOne()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("kept"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("another device's only copy") > 0);
    f.close();
    const QStringList base{QStringLiteral("enroll"), QStringLiteral("Phone"), QStringLiteral("--jid"),
                           QStringLiteral("a@b.c")};
    const Run p12 = run(base + QStringList{QStringLiteral("--p12"), existing});
    QCOMPARE(p12.code, 1);
    QCOMPARE(QString::fromUtf8(p12.err),
             QStringLiteral("certdeck-cli: %1 already exists; choose another file name.\n").arg(existing));
    const Run password =
        run(base + QStringList{QStringLiteral("--p12"), dir.filePath(QStringLiteral("new.p12")),
                               QStringLiteral("--save-export-password"), existing});
    QCOMPARE(password.code, 1);
    QCOMPARE(QString::fromUtf8(password.err),
             QStringLiteral("certdeck-cli: %1 already exists; choose another file name.\n").arg(existing));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.p12"))));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("another device's only copy"));
}

void TestCli::olderPhonesFileWithSavedPassword()
{
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("old-android.p12"));
    const QString passwordFile = dir.filePath(QStringLiteral("old-android.password"));
    const Run r =
        run(QStringList{QStringLiteral("enroll"), QStringLiteral("Old Android"), QStringLiteral("--p12"), p12,
                        QStringLiteral("--p12-format"), QStringLiteral("older-phones"),
                        QStringLiteral("--save-export-password"), passwordFile, QStringLiteral("--json")} +
                accountArgs(m_server, QStringLiteral("alice")),
            QStringLiteral("alice-password"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("p12_format")).toString(), QStringLiteral("older-phones"));
    QCOMPARE(json.value(QStringLiteral("p12_password")).toString(), QStringLiteral("generated"));
    QCOMPARE(json.value(QStringLiteral("p12_file")).toString(), p12);
    QCOMPARE(QFile::permissions(passwordFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser);
    QFile f(passwordFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray password = f.readAll().trimmed();
    QVERIFY(!password.isEmpty());
    QVERIFY(!r.err.contains(password)); // saved, not shown
    QFile file(p12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto structure = test::inspectPkcs12(bytes, password);
    QVERIFY2(structure.error.isEmpty(), qPrintable(structure.error));
    QCOMPARE(structure.macDigest, QStringLiteral("SHA1"));
    QCOMPARE(structure.bags.size(), 2);
    for (const auto &bag : structure.bags)
        QCOMPARE(bag.encryption, QStringLiteral("PBE-SHA1-3DES"));
    QVERIFY(importPkcs12(bytes, SecretBytes(password)).hasValue());
}

void TestCli::generatedPasswordShownOnceAndEd25519Warned()
{
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("desk.p12"));
    const Run r = run(QStringList{QStringLiteral("enroll"), QStringLiteral("Desk"), QStringLiteral("--p12"),
                                  p12, QStringLiteral("--key-type"), QStringLiteral("ed25519")} +
                          accountArgs(m_server, QStringLiteral("alice")),
                      QStringLiteral("alice-password"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.contains(
        "certdeck-cli: warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this "
        "file will work only in desktop clients such as Gajim or Poezio.\n"));
    const auto shown =
        QRegularExpression(QStringLiteral("Password for %1: (\\S+)\n").arg(QRegularExpression::escape(p12)))
            .match(QString::fromUtf8(r.err));
    QVERIFY2(shown.hasMatch(), r.err.constData());
    const QByteArray password = shown.captured(1).toLatin1();
    QCOMPARE(r.err.count(password), 1);
    QVERIFY(!r.out.contains(password));
    QVERIFY(r.out.contains("made for current phones and computers"));
    QFile file(p12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto cred = importPkcs12(file.readAll(), SecretBytes(password));
    QVERIFY(cred.hasValue());
    QCOMPARE(cred->certificate.keyDescription(), QStringLiteral("Ed25519"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
