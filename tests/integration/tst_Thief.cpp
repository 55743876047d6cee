// Issue 26, as the thief plays it against the real Prosody (0.12, and 13 in the prosody13 rerun): holding the
// stolen phone, which may manage certificates on Prosody, they append the phone's own certificate again under
// another name with extra base64 padding (Prosody decodes it loosely, so the copy logs in as the phone), and
// a certificate of their own with a byte after the DER (OpenSSL ignores it). certdeck-cli, run as a process
// in en_US.UTF-8, must see both entries, revoke every entry that logs in as the phone, and leave neither the
// phone nor the planted certificate able to log in once it reports success.
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace certdeck;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

int appendedCount(const test::Phone &phone)
{
    return int(phone.output().count(QStringLiteral("\"event\": \"appended\"")));
}

} // namespace

class TestThief : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plantedCopiesDoNotSurviveTheRevoke();

private:
    Run cli(const QStringList &args);

    test::ProsodyServer m_server;
    QTemporaryDir m_home;
    QString m_jid;
};

void TestThief::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_jid = m_server.jid(QStringLiteral("alice"));
}

Run TestThief::cli(const QStringList &args)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("T_PASSWORD"), QStringLiteral("alice-password"));
    proc.setProcessEnvironment(env);
    proc.start(QString::fromLatin1(test::cliPath),
               args + QStringList{QStringLiteral("--jid"), m_jid, QStringLiteral("--host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QString::number(m_server.port()), QStringLiteral("--ca-file"),
                                  m_server.caFile(), QStringLiteral("--password-env"),
                                  QStringLiteral("T_PASSWORD")});
    Run r;
    if (!proc.waitForFinished(30000))
        return r;
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = QString::fromUtf8(proc.readAllStandardOutput());
    r.err = QString::fromUtf8(proc.readAllStandardError());
    return r;
}

void TestThief::plantedCopiesDoNotSurviveTheRevoke()
{
    const QStringList newSinceLast{QStringLiteral("list"), QStringLiteral("--new-since-last")};
    QCOMPARE(cli(newSinceLast).code, 0); // the first check notes the account as it is

    // The phone, enrolled through Certdeck.
    const auto phoneCred = test::makeCredential(QStringLiteral("phone"), m_jid, -1, 90);
    QFile pem(m_home.filePath(QStringLiteral("phone.crt")));
    QVERIFY(pem.open(QIODevice::WriteOnly) && pem.write(phoneCred.certificate.pem()) > 0);
    pem.close();
    const Run enrolled = cli(
        {QStringLiteral("enroll"), QStringLiteral("phone"), QStringLiteral("--certificate"), pem.fileName()});
    QVERIFY2(enrolled.code == 0, qPrintable(enrolled.out + enrolled.err));
    QCOMPARE(cli(newSinceLast).code, 0);

    // The thief, from the stolen phone: the phone's certificate again with extra padding, and their own with
    // a byte after the DER. Prosody accepts both.
    const auto thiefCred = test::makeCredential(QStringLiteral("thief"), m_jid, -1, 90);
    test::Phone stolen(m_server, phoneCred, QStringLiteral("stolen"));
    stolen.appendTextOnLogin(QStringLiteral("phone-backup"), phoneCred.certificate.der.toBase64() + "==");
    const QByteArray withTrailingByte = thiefCred.certificate.der + QByteArray(1, '\0');
    stolen.appendTextOnLogin(QStringLiteral("spare"), withTrailingByte.toBase64());
    stolen.start();
    QVERIFY2(test::waitUntil([&] { return appendedCount(stolen) == 2; }, 15000), qPrintable(stolen.output()));
    QVERIFY2(!stolen.output().contains(QStringLiteral("append_failed")), qPrintable(stolen.output()));

    // The planted certificate logs in before anything is revoked: it is a real way in.
    {
        test::Phone planted(m_server, thiefCred, QStringLiteral("planted"));
        planted.start();
        QVERIFY2(planted.waitFor(QStringLiteral("bound")), qPrintable(planted.output()));
    }

    // Both new entries are news, each by name, with the fingerprint of the certificate it logs in as.
    const Run found = cli(newSinceLast);
    QCOMPARE(found.code, 6);
    QVERIFY2(found.out.contains(QStringLiteral("“phone-backup” · EC P-256 · %1 · new · appeared since ")
                                    .arg(phoneCred.certificate.sha256Fingerprint())),
             qPrintable(found.out));
    QVERIFY2(found.out.contains(QStringLiteral("“spare” · EC P-256 · %1 · new · appeared since ")
                                    .arg(thiefCred.certificate.sha256Fingerprint())),
             qPrintable(found.out));

    // The listing shows both, readable, the copy under the phone's fingerprint.
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    QCOMPARE(listed.out.count(phoneCred.certificate.sha256Fingerprint()), 2);
    QCOMPARE(listed.out.count(thiefCred.certificate.sha256Fingerprint()), 1);

    // Revoking the phone revokes every entry that logs in as the phone, and says so.
    const Run revoked = cli({QStringLiteral("revoke"), QStringLiteral("phone")});
    QVERIFY2(revoked.code == 0, qPrintable(revoked.out + revoked.err));
    QVERIFY2(revoked.out.startsWith(QStringLiteral("Revoked “phone”")), qPrintable(revoked.out));
    QVERIFY2(revoked.out.contains(QStringLiteral(
                 "The same certificate was also listed as “phone-backup”; removed there too.\n")),
             qPrintable(revoked.out));
    QVERIFY(stolen.waitFor(QStringLiteral("disconnected")));
    {
        test::Phone again(m_server, phoneCred, QStringLiteral("again"));
        again.start();
        QVERIFY2(again.waitFor(QStringLiteral("auth_failed")), qPrintable(again.output()));
    }

    // The planted certificate goes by its own name, and then cannot log in either.
    const Run spare = cli({QStringLiteral("revoke"), QStringLiteral("spare")});
    QVERIFY2(spare.code == 0, qPrintable(spare.out + spare.err));
    QVERIFY2(spare.out.startsWith(QStringLiteral("Revoked “spare”")), qPrintable(spare.out));
    {
        test::Phone planted(m_server, thiefCred, QStringLiteral("planted"));
        planted.start();
        QVERIFY2(planted.waitFor(QStringLiteral("auth_failed")), qPrintable(planted.output()));
    }
    const Run left = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(left.code, 0);
    QVERIFY(!left.out.contains(phoneCred.certificate.sha256Fingerprint()));
    QVERIFY(!left.out.contains(thiefCred.certificate.sha256Fingerprint()));
}

QTEST_GUILESS_MAIN(TestThief)
#include "tst_Thief.moc"
