// Issue 26, as the thief plays it against the real Prosody (0.12, and 13 in the prosody13 rerun): holding the
// stolen phone, which may manage certificates on Prosody, they append the phone's own certificate again under
// other names, each encoded another way that Prosody decodes to the same certificate (so each copy logs in as
// the phone), and a certificate of their own with a byte after the DER (OpenSSL ignores it).
// - On a server without the canonical part of packaging/prosody's fix, everything is stored as sent:
//   certdeck-cli, run as a process in en_US.UTF-8, must see every entry, revoke every entry that logs in as
//   the phone, and leave neither the phone nor the planted certificate able to log in once it reports
//   success.
// - On a server with the whole fix, every one of those appends is refused (and a copy in the canonical text
//   too, as the same certificate under a second name): the listing holds each certificate once, in one text,
//   base64 of its DER as OpenSSL writes it again.
#include "CliProcess.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QtTest>

using namespace certdeck;

namespace {

struct Variant
{
    QString name;
    QByteArray text;
};

int eventCount(const test::Phone &phone, const QString &event)
{
    return int(phone.output().count(QStringLiteral("\"event\": \"%1\"").arg(event)));
}

// The DER with its outermost length in long form with a leading zero byte (0x30 0x83 0x00 …): BER, not DER.
// OpenSSL reads it, and writes the certificate back in DER.
QByteArray withLongFormLength(const QByteArray &der)
{
    if (der.size() < 4 || quint8(der.at(0)) != 0x30 || quint8(der.at(1)) != 0x82)
        return {};
    return QByteArray("\x30\x83\x00", 3) + der.mid(2);
}

// Texts of one certificate that Prosody's mod_client_certs decodes to that certificate, as a client may send
// them. The last one, with only line breaks and blanks added, is the one a fixed server still takes.
QList<Variant> copiesOf(const QByteArray &der)
{
    const QByteArray b64 = der.toBase64();
    QByteArray spaced;
    for (qsizetype i = 0; i < b64.size(); i += 64)
        spaced += b64.mid(i, 64) + (i % 128 ? "\r\n" : "\n\t ");
    return {
        {QStringLiteral("copy-padded"), QByteArray(b64 + "==")},
        {QStringLiteral("copy-inner-padding"), QByteArray(der.left(10).toBase64() + der.mid(10).toBase64())},
        {QStringLiteral("copy-unfinished"), QByteArray(b64 + "QQ")},
        {QStringLiteral("copy-long-length"), withLongFormLength(der).toBase64()},
        {QStringLiteral("copy-trailing-byte"), QByteArray(der + QByteArray(1, '\x01')).toBase64()},
        {QStringLiteral("copy-spaced"), spaced},
    };
}

} // namespace

class TestThief : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plantedCopiesDoNotSurviveTheRevoke();
    void theFixedServerTakesOneTextPerCertificate();

private:
    test::CliRun cli(const test::ProsodyServer &server, const QStringList &args);
    [[nodiscard]] bool enrollPhone(const test::ProsodyServer &server, const DeviceCredential &phone);

    test::ProsodyServer m_old;   // the module fixed without its canonical part: appends stored as sent
    test::ProsodyServer m_fixed; // packaging/prosody's whole fix
    QTemporaryDir m_home;
};

void TestThief::initTestCase()
{
    const QStringList users{QStringLiteral("alice:alice-password")};
    QVERIFY2(m_old.start({true, users, true, true}), qPrintable(m_old.errorString()));
    QVERIFY2(m_fixed.start({true, users, true, false}), qPrintable(m_fixed.errorString()));
}

test::CliRun TestThief::cli(const test::ProsodyServer &server, const QStringList &args)
{
    // One profile per server: both are alice@localhost, and each keeps its own memory of the account.
    return test::CliProcess(server, m_home.filePath(QString::number(server.port()))).run(args);
}

// The first --new-since-last notes the empty account; the phone is enrolled through Certdeck and noted too.
bool TestThief::enrollPhone(const test::ProsodyServer &server, const DeviceCredential &phone)
{
    const QStringList newSinceLast{QStringLiteral("list"), QStringLiteral("--new-since-last")};
    if (cli(server, newSinceLast).code != 0)
        return false;
    QFile pem(m_home.filePath(QStringLiteral("phone-%1.crt").arg(server.port())));
    if (!pem.open(QIODevice::WriteOnly) || pem.write(phone.certificate.pem()) <= 0)
        return false;
    pem.close();
    const test::CliRun enrolled = cli(server, {QStringLiteral("enroll"), QStringLiteral("phone"),
                                               QStringLiteral("--certificate"), pem.fileName()});
    if (enrolled.code != 0) {
        qWarning("%s", qPrintable(enrolled.out + enrolled.err));
        return false;
    }
    return cli(server, newSinceLast).code == 0;
}

void TestThief::plantedCopiesDoNotSurviveTheRevoke()
{
    const test::ProsodyServer &server = m_old;
    const QString jid = server.jid(QStringLiteral("alice"));
    const auto phoneCred = test::makeCredential(QStringLiteral("phone"), jid, -1, 90);
    QVERIFY(enrollPhone(server, phoneCred));

    // The thief, from the stolen phone: the phone's certificate again in every encoding below, and their own
    // with a byte after the DER. This server takes them all.
    const QList<Variant> copies = copiesOf(phoneCred.certificate.der);
    const auto thiefCred = test::makeCredential(QStringLiteral("thief"), jid, -1, 90);
    test::Phone stolen(server, phoneCred, QStringLiteral("stolen"));
    for (const Variant &copy : copies)
        stolen.appendTextOnLogin(copy.name, copy.text);
    const QByteArray withTrailingByte = thiefCred.certificate.der + QByteArray(1, '\0');
    stolen.appendTextOnLogin(QStringLiteral("spare"), withTrailingByte.toBase64());
    stolen.start();
    QVERIFY2(test::waitUntil(
                 [&] { return eventCount(stolen, QStringLiteral("appended")) == copies.size() + 1; }, 20000),
             qPrintable(stolen.output()));
    QCOMPARE(eventCount(stolen, QStringLiteral("append_failed")), 0);

    // Each copy logs in as the phone, and the planted certificate logs in before anything is revoked: each
    // is a real way in.
    {
        test::Phone planted(server, thiefCred, QStringLiteral("planted"));
        planted.start();
        QVERIFY2(planted.waitFor(QStringLiteral("bound")), qPrintable(planted.output()));
    }

    // Every new entry is news, by name, with the fingerprint of the certificate it logs in as.
    const QStringList newSinceLast{QStringLiteral("list"), QStringLiteral("--new-since-last")};
    const test::CliRun found = cli(server, newSinceLast);
    QCOMPARE(found.code, 6);
    for (const Variant &copy : copies)
        QVERIFY2(found.out.contains(QStringLiteral("“%1” · EC P-256 · %2 · new · appeared since ")
                                        .arg(copy.name, phoneCred.certificate.sha256Fingerprint())),
                 qPrintable(copy.name + QLatin1Char('\n') + found.out));
    QVERIFY2(found.out.contains(QStringLiteral("“spare” · EC P-256 · %1 · new · appeared since ")
                                    .arg(thiefCred.certificate.sha256Fingerprint())),
             qPrintable(found.out));

    // The listing shows them all, readable, the copies under the phone's fingerprint.
    const test::CliRun listed = cli(server, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    QCOMPARE(listed.out.count(phoneCred.certificate.sha256Fingerprint()), copies.size() + 1);
    QCOMPARE(listed.out.count(thiefCred.certificate.sha256Fingerprint()), 1);

    // Revoking the phone revokes every entry that logs in as the phone, and names them, sorted.
    QStringList copyNames;
    for (const Variant &copy : copies)
        copyNames << copy.name;
    copyNames.sort(Qt::CaseInsensitive);
    const test::CliRun revoked = cli(server, {QStringLiteral("revoke"), QStringLiteral("phone")});
    QVERIFY2(revoked.code == 0, qPrintable(revoked.out + revoked.err));
    QVERIFY2(revoked.out.startsWith(QStringLiteral("Revoked “phone”")), qPrintable(revoked.out));
    QVERIFY2(revoked.out.contains(
                 QStringLiteral("The same certificate was also listed as “%1”; removed there too.\n")
                     .arg(copyNames.join(QStringLiteral("”, “")))),
             qPrintable(revoked.out));
    QVERIFY(stolen.waitFor(QStringLiteral("disconnected")));
    {
        test::Phone again(server, phoneCred, QStringLiteral("again"));
        again.start();
        QVERIFY2(again.waitFor(QStringLiteral("auth_failed")), qPrintable(again.output()));
    }

    // The planted certificate goes by its own name, and then cannot log in either.
    const test::CliRun spare = cli(server, {QStringLiteral("revoke"), QStringLiteral("spare")});
    QVERIFY2(spare.code == 0, qPrintable(spare.out + spare.err));
    QVERIFY2(spare.out.startsWith(QStringLiteral("Revoked “spare”")), qPrintable(spare.out));
    {
        test::Phone planted(server, thiefCred, QStringLiteral("planted"));
        planted.start();
        QVERIFY2(planted.waitFor(QStringLiteral("auth_failed")), qPrintable(planted.output()));
    }
    const test::CliRun left = cli(server, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(left.code, 0);
    QVERIFY(!left.out.contains(phoneCred.certificate.sha256Fingerprint()));
    QVERIFY(!left.out.contains(thiefCred.certificate.sha256Fingerprint()));
}

void TestThief::theFixedServerTakesOneTextPerCertificate()
{
    const test::ProsodyServer &server = m_fixed;
    const QString jid = server.jid(QStringLiteral("alice"));
    const auto phoneCred = test::makeCredential(QStringLiteral("phone"), jid, -1, 90);
    QVERIFY(enrollPhone(server, phoneCred));
    const QString canonical = QString::fromLatin1(phoneCred.certificate.der.toBase64());

    // The same appends as above, and the phone's certificate once more in its own canonical text. The
    // non-canonical ones are refused as such; the canonical one because the certificate is on the account.
    const QList<Variant> copies = copiesOf(phoneCred.certificate.der);
    const auto thiefCred = test::makeCredential(QStringLiteral("thief"), jid, -1, 90);
    test::Phone stolen(server, phoneCred, QStringLiteral("stolen"));
    for (const Variant &copy : copies)
        stolen.appendTextOnLogin(copy.name, copy.text);
    stolen.appendTextOnLogin(QStringLiteral("copy-canonical"), canonical.toLatin1());
    stolen.appendTextOnLogin(QStringLiteral("spare"),
                             QByteArray(thiefCred.certificate.der + QByteArray(1, '\0')).toBase64());
    stolen.listItemsOnLogin();
    stolen.start();
    QVERIFY2(stolen.waitFor(QStringLiteral("items"), 20000), qPrintable(stolen.output()));
    QCOMPARE(eventCount(stolen, QStringLiteral("appended")), 0);
    QCOMPARE(eventCount(stolen, QStringLiteral("append_failed")), copies.size() + 2);
    // Five encodings and the planted certificate are not canonical; the spaced copy and the canonical copy
    // are, and are the phone's certificate under a second name.
    QCOMPARE(int(stolen.output().count(QStringLiteral("Not the canonical base64"))), copies.size());
    QCOMPARE(
        int(stolen.output().count(QStringLiteral("This certificate is already on the account as phone"))), 2);

    // The server lists the phone's certificate once, in its canonical text.
    QMap<QString, QString> items;
    for (const QJsonValue &item :
         stolen.last(QStringLiteral("items")).value(QStringLiteral("items")).toArray())
        items.insert(item[QStringLiteral("name")].toString(), item[QStringLiteral("x509cert")].toString());
    QCOMPARE(items.keys(), QStringList{QStringLiteral("phone")});
    QCOMPARE(items.value(QStringLiteral("phone")), canonical);

    // The refused certificate never became a way in.
    {
        test::Phone planted(server, thiefCred, QStringLiteral("planted"));
        planted.start();
        QVERIFY2(planted.waitFor(QStringLiteral("auth_failed")), qPrintable(planted.output()));
    }

    // Nothing is news, and the phone's revoke has no other names to follow.
    QCOMPARE(cli(server, {QStringLiteral("list"), QStringLiteral("--new-since-last")}).code, 0);
    const test::CliRun revoked = cli(server, {QStringLiteral("revoke"), QStringLiteral("phone")});
    QVERIFY2(revoked.code == 0, qPrintable(revoked.out + revoked.err));
    QVERIFY2(revoked.out.startsWith(QStringLiteral("Revoked “phone”")), qPrintable(revoked.out));
    QVERIFY(!revoked.out.contains(QStringLiteral("also listed as")));
    test::Phone again(server, phoneCred, QStringLiteral("again"));
    again.start();
    QVERIFY2(again.waitFor(QStringLiteral("auth_failed")), qPrintable(again.output()));
}

QTEST_GUILESS_MAIN(TestThief)
#include "tst_Thief.moc"
