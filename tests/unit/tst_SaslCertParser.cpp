// The XEP-0257 reply parser must keep good items, report broken ones, and never crash.
#include "SessionHelpers.h"
#include "xmpp/SaslCertParser.h"
#include "xmpp/ServerBase64.h"

#include <QtTest>

using namespace certdeck;

namespace {

QByteArray item(const QString &name, const QByteArray &b64, const QByteArray &extra = {})
{
    QByteArray out = "<item>";
    if (!name.isNull())
        out += "<name>" + name.toUtf8() + "</name>";
    if (!b64.isNull())
        out += "<x509cert>" + b64 + "</x509cert>";
    return out + extra + "</item>";
}

QByteArray reply(const QByteArray &items)
{
    return "<iq type='result' id='x'><items xmlns='urn:xmpp:saslcert:1'>" + items + "</items></iq>";
}

} // namespace

class TestSaslCertParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodItemsAreParsed();
    void brokenItemsAreReportedGoodOnesKept();
    void usersAreEvidenceOnlyWhenSent();
    void lastUseAsTheModuleFixReportsIt();
    void wrappedBase64IsAccepted();
    void thousandsOfItems();
    void base64AsProsodyDecodesIt_data();
    void base64AsProsodyDecodesIt();
    void encodingsOfOneCertificateAreOneIdentity();
    void malformedXml_data();
    void malformedXml();

private:
    QByteArray m_b64a;
    QByteArray m_b64b;
};

void TestSaslCertParser::initTestCase()
{
    m_b64a =
        test::makeCredential(QStringLiteral("A"), QStringLiteral("a@b.c"), 0, 10).certificate.der.toBase64();
    m_b64b =
        test::makeCredential(QStringLiteral("B"), QStringLiteral("a@b.c"), 0, 20).certificate.der.toBase64();
}

void TestSaslCertParser::goodItemsAreParsed()
{
    const auto listing =
        parseItemsXml(reply(item(QStringLiteral("Phone"), m_b64a) +
                            item(QStringLiteral("Laptop"), m_b64b, "<no-cert-management/>")));
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 2);
    QVERIFY(listing->problems.isEmpty());
    QCOMPARE(listing->items[0].name, QStringLiteral("Phone"));
    QCOMPARE(listing->items[0].certificate.commonName, QStringLiteral("A"));
    QVERIFY(!listing->items[0].noCertManagement);
    QVERIFY(listing->items[1].noCertManagement);
    QCOMPARE(listing->find(QStringLiteral("Laptop"))->certificate.commonName, QStringLiteral("B"));
    QCOMPARE(listing->find(QStringLiteral("nope")), nullptr);
}

void TestSaslCertParser::brokenItemsAreReportedGoodOnesKept()
{
    const QByteArray notCert = QByteArray("this is not DER").toBase64();
    const auto listing = parseItemsXml(reply(item(QString(), m_b64a)                        // 0: no name
                                             + item(QStringLiteral("Good"), m_b64a)         // 1
                                             + item(QStringLiteral("Good"), m_b64b)         // 2: duplicate
                                             + item(QStringLiteral("NoCert"), QByteArray()) // 3
                                             + item(QStringLiteral("BadB64"), "@@@!!")      // 4
                                             + item(QStringLiteral("NotDer"), notCert)      // 5
                                             + item(QStringLiteral("Second"), m_b64b)));    // 6
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 2);
    QCOMPARE(listing->items[0].name, QStringLiteral("Good"));
    QCOMPARE(listing->items[0].certificate.commonName, QStringLiteral("A")); // first one wins
    QCOMPARE(listing->items[1].name, QStringLiteral("Second"));
    QCOMPARE(listing->problems.size(), 5);
    QList<int> indexes;
    for (const auto &p : listing->problems) {
        indexes << p.index;
        QVERIFY(!p.reason.isEmpty());
    }
    QCOMPARE(indexes, (QList<int>{0, 2, 3, 4, 5}));
    QCOMPARE(listing->problems[1].name, QStringLiteral("Good"));
}

void TestSaslCertParser::usersAreEvidenceOnlyWhenSent()
{
    const auto listing = parseItemsXml(reply(
        item(QStringLiteral("WithUsers"), m_b64a,
             "<users><resource>phone</resource><resource>tablet</resource></users>") +
        item(QStringLiteral("EmptyUsers"), m_b64a, "<users/>") + item(QStringLiteral("NoUsers"), m_b64b)));
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 3);
    QVERIFY(listing->items[0].hasUsers);
    QCOMPARE(listing->items[0].users, (QStringList{QStringLiteral("phone"), QStringLiteral("tablet")}));
    QVERIFY(listing->items[1].hasUsers); // the server says: nobody online
    QVERIFY(listing->items[1].users.isEmpty());
    QVERIFY(!listing->items[2].hasUsers); // the server says nothing
}

void TestSaslCertParser::lastUseAsTheModuleFixReportsIt()
{
    const QByteArray ns = "xmlns='urn:certdeck:saslcert-use:0'";
    const auto listing = parseItemsXml(reply(
        item(QStringLiteral("Used"), m_b64a,
             "<used " + ns + " first='2026-11-01T08:00:00Z' last='2026-12-03T18:30:05Z'/>") +
        item(QStringLiteral("Never"), m_b64a, "<used " + ns + "/>") + item(QStringLiteral("Silent"), m_b64b) +
        // Another namespace is not ours; a time without Z or with rubbish is not said; a second <used> is
        // ignored; only `last` broken: the first login is still a use.
        item(QStringLiteral("OtherNs"), m_b64b, "<used xmlns='urn:example' last='2026-12-03T18:30:05Z'/>") +
        item(QStringLiteral("Local"), m_b64b,
             "<used " + ns + " last='2026-12-03T18:30:05'/><used " + ns + " last='2026-12-03T18:30:05Z'/>") +
        item(QStringLiteral("HalfBroken"), m_b64b,
             "<used " + ns + " first='2026-11-01T08:00:00Z' last='soon'/>")));
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 6);
    const auto use = [&](const char *name) { return listing->find(QString::fromLatin1(name))->use; };
    QVERIFY(use("Used").reported);
    QCOMPARE(use("Used").first, QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(use("Used").last, QDateTime(QDate(2026, 12, 3), QTime(18, 30, 5), QTimeZone::utc()));
    QVERIFY(use("Never").reported);
    QVERIFY(!use("Never").first.isValid() && !use("Never").last.isValid());
    QVERIFY(!use("Silent").reported);
    QVERIFY(!use("OtherNs").reported);
    QVERIFY(use("Local").reported);
    QVERIFY(!use("Local").last.isValid());
    QCOMPARE(use("HalfBroken").last, QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
}

void TestSaslCertParser::wrappedBase64IsAccepted()
{
    QByteArray wrapped;
    for (qsizetype i = 0; i < m_b64a.size(); i += 64)
        wrapped += m_b64a.mid(i, 64) + "\n  ";
    const auto listing = parseItemsXml(reply(item(QStringLiteral("Wrapped"), wrapped)));
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 1);
    QCOMPARE(listing->items[0].x509Base64, m_b64a);
}

void TestSaslCertParser::thousandsOfItems()
{
    QByteArray items;
    for (int i = 0; i < 3000; ++i)
        items += item(QStringLiteral("device-%1").arg(i), i % 100 == 99 ? QByteArray("!!") : m_b64a);
    const auto listing = parseItemsXml(reply(items));
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->items.size(), 2970);
    QCOMPARE(listing->problems.size(), 30);
}

// Known answers measured with Prosody 0.12's util.encodings.base64.decode (lua5.4, 2026-12-03).
void TestSaslCertParser::base64AsProsodyDecodesIt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes"); // hex; "-" when the server refuses the text
    QTest::newRow("plain") << QByteArray("QUJD") << QByteArray("414243");
    QTest::newRow("extra padding") << QByteArray("QUJD==") << QByteArray("414243");
    QTest::newRow("much padding") << QByteArray("QUJD====") << QByteArray("414243");
    QTest::newRow("padded pair") << QByteArray("QUI=") << QByteArray("4142");
    QTest::newRow("unpadded rest dropped") << QByteArray("QUI") << QByteArray("");
    QTest::newRow("short padding") << QByteArray("QQ=") << QByteArray("41");
    QTest::newRow("lone sextet") << QByteArray("Q") << QByteArray("");
    QTest::newRow("padding in the middle") << QByteArray("QUJD=REVG") << QByteArray("414243444546");
    QTest::newRow("group ended early") << QByteArray("QUJ=RA==") << QByteArray("414244");
    QTest::newRow("space") << QByteArray("QU JD") << QByteArray("414243");
    QTest::newRow("newline") << QByteArray("QU\nJD") << QByteArray("414243");
    QTest::newRow("NUL ends it") << QByteArray("QUJD\0REVG", 9) << QByteArray("414243");
    QTest::newRow("outside the alphabet") << QByteArray("QU!JD") << QByteArray("-");
}

void TestSaslCertParser::base64AsProsodyDecodesIt()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    const auto decoded = decodeBase64AsServer(text);
    if (bytes == "-")
        QVERIFY(!decoded);
    else
        QCOMPARE(decoded.value_or("-").toHex(), bytes);
}

// One certificate listed three ways that Prosody accepts as the same one: canonical, with extra padding (the
// server decodes it loosely), and with bytes after the DER (OpenSSL ignores them). All three are read, with
// one identity; the odd encodings are marked.
void TestSaslCertParser::encodingsOfOneCertificateAreOneIdentity()
{
    const QByteArray der = QByteArray::fromBase64(m_b64a);
    const QByteArray withTail = der + QByteArray("\x00\x01", 2);
    const QByteArray trailing = withTail.toBase64();
    const auto listing = parseItemsXml(
        reply(item(QStringLiteral("phone"), m_b64a) + item(QStringLiteral("copy"), m_b64a + "==") +
              item(QStringLiteral("tail"), trailing) + item(QStringLiteral("other"), m_b64b)));
    QVERIFY(listing.hasValue());
    QVERIFY(listing->problems.isEmpty());
    QCOMPARE(listing->items.size(), 4);
    const QByteArray identity = listing->find(QStringLiteral("phone"))->certificate.sha256;
    QCOMPARE(identity, QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    QCOMPARE(listing->find(QStringLiteral("copy"))->certificate.sha256, identity);
    QCOMPARE(listing->find(QStringLiteral("tail"))->certificate.sha256, identity);
    QVERIFY(listing->find(QStringLiteral("other"))->certificate.sha256 != identity);
    QVERIFY(!listing->find(QStringLiteral("phone"))->unusualEncoding);
    QVERIFY(listing->find(QStringLiteral("copy"))->unusualEncoding);
    QVERIFY(listing->find(QStringLiteral("tail"))->unusualEncoding);
    QCOMPARE(listing->find(QStringLiteral("tail"))->certificate.der, der); // the canonical form
}

void TestSaslCertParser::malformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not xml") << QByteArray("{\"items\": []}");
    QTest::newRow("unclosed") << QByteArray("<iq><items xmlns='urn:xmpp:saslcert:1'><item>");
    QTest::newRow("wrong namespace") << QByteArray("<iq><items xmlns='urn:example'/></iq>");
    QTest::newRow("no items") << QByteArray("<iq type='result'/>");
}

void TestSaslCertParser::malformedXml()
{
    QFETCH(QByteArray, xml);
    const auto listing = parseItemsXml(xml);
    QVERIFY(!listing.hasValue());
    QCOMPARE(listing.error().kind, SaslCertError::Kind::MalformedReply);
    QVERIFY(!listing.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestSaslCertParser)
#include "tst_SaslCertParser.moc"
