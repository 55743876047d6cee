// The certificate table model and its proxy, with a pinned clock.
#include "SessionHelpers.h"
#include "model/CertificateListModel.h"
#include "util/Clock.h"

#include "util/Translations.h"
#include <QAbstractItemModelTester>

#include <QtTest>

using namespace certdeck;

namespace {

SaslCertItem makeItem(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter)
{
    auto cred = createDeviceCredential({name, QStringLiteral("alice@example.org"), notBefore, notAfter});
    if (!cred)
        qFatal("createDeviceCredential failed");
    SaslCertItem item;
    item.name = name;
    item.certificate = cred->certificate;
    item.x509Base64 = item.certificate.der.toBase64();
    return item;
}

} // namespace

class TestCertificateListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAndColumns();
    void daysLeftFollowsTheClock();
    void proxySortsByDateNotText();
    void proxyFilters();
    void modelTesterSurvivesResets();
    void controlCharactersAreShownNotInterpreted();

private:
    const QDateTime m_now = utcDateTime(QDate(2026, 11, 25), QTime(12, 0));
    ItemsListing m_listing;
};

void TestCertificateListModel::initTestCase()
{
    installTranslations(QLocale(QLocale::English));
    m_listing.items = {
        makeItem(QStringLiteral("Phone"), m_now.addDays(-80), m_now.addDays(10)),
        makeItem(QStringLiteral("Laptop"), m_now.addDays(-10), m_now.addDays(355)),
        makeItem(QStringLiteral("Old tablet"), m_now.addDays(-400), m_now.addDays(-3)),
    };
}

void TestCertificateListModel::rowsAndColumns()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setListing(m_listing);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CertificateListModel::ColumnCount));
    QCOMPARE(model.index(0, CertificateListModel::NameColumn).data().toString(), QStringLiteral("Phone"));
    QCOMPARE(model.index(0, CertificateListModel::KeyColumn).data().toString(), QStringLiteral("EC P-256"));
    QCOMPARE(model.index(0, CertificateListModel::FingerprintColumn).data().toString(),
             m_listing.items[0].certificate.shortFingerprint());
    QVERIFY(!model.headerData(CertificateListModel::ExpiresColumn, Qt::Horizontal).toString().isEmpty());
    // Issue 34, point 4: the column shows the certificate's start and says so (it was labelled "Added").
    QCOMPARE(model.headerData(CertificateListModel::ValidFromColumn, Qt::Horizontal).toString(),
             QStringLiteral("Valid from"));
    QCOMPARE(model.index(0, CertificateListModel::ValidFromColumn).data().toString(),
             QLocale().toString(m_listing.items[0].certificate.notBefore.toLocalTime().date(),
                                QLocale::ShortFormat));
}

// Issue 15: a server-chosen name with U+202E, a newline or ESC is displayed as visible escapes; the name
// itself (NameRole) stays as the server sent it, so a revoke can still name it.
void TestCertificateListModel::controlCharactersAreShownNotInterpreted()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    ItemsListing listing;
    const QString hostile = QStringLiteral("evil\u202Egnp.exe\nforged\x1b[2J");
    listing.items = {makeItem(hostile, m_now.addDays(-1), m_now.addDays(30))};
    model.setListing(listing);
    const QModelIndex name = model.index(0, CertificateListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("evil\\u202Egnp.exe\\nforged\\u001B[2J"));
    QCOMPARE(name.data(CertificateListModel::NameRole).toString(), hostile);
}

void TestCertificateListModel::daysLeftFollowsTheClock()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    model.setListing(m_listing);
    const auto daysText = [&](int row) {
        return model.index(row, CertificateListModel::DaysLeftColumn).data().toString();
    };
    QCOMPARE(model.daysLeft(m_listing.items[0]), 10);
    QCOMPARE(daysText(0), QStringLiteral("in 10 days"));
    QCOMPARE(daysText(1), QStringLiteral("in 355 days"));
    QCOMPARE(daysText(2), QStringLiteral("expired 3 days ago"));
    clock.set(m_now.addDays(9).addSecs(3600)); // 23 h before the phone's certificate expires
    QCOMPARE(daysText(0), QStringLiteral("expires today"));
    clock.set(m_now.addDays(10).addSecs(60));
    QCOMPARE(daysText(0), QStringLiteral("expired today"));
    clock.set(m_now.addDays(11).addSecs(60));
    QCOMPARE(daysText(0), QStringLiteral("expired 1 day ago"));
}

void TestCertificateListModel::proxySortsByDateNotText()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    CertificateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListing(m_listing);
    proxy.sort(CertificateListModel::DaysLeftColumn, Qt::AscendingOrder);
    const auto names = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data().toString();
        return out;
    };
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Old tablet"), QStringLiteral("Phone"), QStringLiteral("Laptop")}));
    proxy.sort(CertificateListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Laptop"), QStringLiteral("Old tablet"), QStringLiteral("Phone")}));
}

void TestCertificateListModel::proxyFilters()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    CertificateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListing(m_listing);
    proxy.setFilterFixedString(QStringLiteral("TABLET"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Old tablet"));
    // The full fingerprint is searchable, not only the short one shown.
    proxy.setFilterFixedString(m_listing.items[1].certificate.sha256Fingerprint().right(11));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Laptop"));
    proxy.setFilterFixedString(QStringLiteral("no such device"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestCertificateListModel::modelTesterSurvivesResets()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    CertificateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CertificateListModel::ExpiresColumn);
    for (int i = 0; i < 3; ++i) {
        model.setListing(m_listing);
        model.clear();
    }
    model.setListing(m_listing);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

QTEST_GUILESS_MAIN(TestCertificateListModel)
#include "tst_CertificateListModel.moc"
