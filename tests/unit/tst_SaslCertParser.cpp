// The XEP-0257 reply parser must keep good items, report broken ones, and never crash.
#include "SessionHelpers.h"
#include "xmpp/SaslCertParser.h"

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
    void wrappedBase64IsAccepted();
    void thousandsOfItems();
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
