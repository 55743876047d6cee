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
    void statusSaysOnlineOrLastUse();
    void statusUnknownIsSaidOnceInTheHeader();
    void sortByLastUse();
    void devicesUnusedForLong();
    void sessionsNameTheirDevice();

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

namespace {

SaslCertItem withUse(SaslCertItem item, const QStringList &users, bool reported, const QDateTime &first = {},
                     const QDateTime &last = {})
{
    item.hasUsers = true;
    item.users = users;
    item.use = {reported, first, last};
    return item;
}

QString cell(const QAbstractItemModel &model, const QString &name, int column, int role = Qt::DisplayRole)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, CertificateListModel::NameColumn).data(CertificateListModel::NameRole) == name)
            return model.index(row, column).data(role).toString();
    return QStringLiteral("<no row %1>").arg(name);
}

} // namespace

void TestCertificateListModel::statusSaysOnlineOrLastUse()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ItemsListing listing;
    const auto &i = m_listing.items;
    listing.items = {
        withUse(i[0], {QStringLiteral("pixel")}, true, m_now.addDays(-70), m_now.addSecs(-30)),
        withUse(i[1], {}, true, m_now.addDays(-9), m_now.addDays(-3).addSecs(-600)),
        withUse(i[2], {}, true),
    };
    listing.items.append(withUse(makeItem(QStringLiteral("Watch"), m_now.addDays(-5), m_now.addDays(5)), {},
                                 true, m_now.addDays(-1), m_now.addSecs(-2 * 3600 - 59)));
    listing.items.append(withUse(makeItem(QStringLiteral("Tablet"), m_now.addDays(-5), m_now.addDays(5)), {},
                                 true, m_now.addDays(-200), m_now.addDays(-75)));
    listing.items.append(withUse(makeItem(QStringLiteral("Pager"), m_now.addDays(-5), m_now.addDays(5)),
                                 {QStringLiteral("a"), QStringLiteral("b")}, false));
    listing.items.append(
        withUse(makeItem(QStringLiteral("Fax"), m_now.addDays(-5), m_now.addDays(5)), {}, false));
    model.setListing(listing);
    const auto status = [&](const char *name) {
        return cell(model, QString::fromLatin1(name), CertificateListModel::StatusColumn);
    };
    QCOMPARE(status("Phone"), QStringLiteral("Online now · pixel"));
    QCOMPARE(status("Laptop"), QStringLiteral("Last used 3 days ago"));
    QCOMPARE(status("Old tablet"), QStringLiteral("Never used"));
    QCOMPARE(status("Watch"), QStringLiteral("Last used 2 hours ago"));
    QCOMPARE(status("Tablet"),
             QStringLiteral("Last used on %1")
                 .arg(QLocale().toString(m_now.addDays(-75).toLocalTime().date(), QLocale::ShortFormat)));
    QCOMPARE(status("Pager"), QStringLiteral("Online now · a, b"));
    QCOMPARE(status("Fax"), QStringLiteral("Offline"));
    QCOMPARE(DeviceUseText::ago(m_now.addSecs(-59), m_now), QStringLiteral("just now"));
    QCOMPARE(DeviceUseText::ago(m_now.addSecs(120), m_now), QStringLiteral("just now")); // clocks differ
    QCOMPARE(DeviceUseText::ago(m_now.addSecs(-61), m_now), QStringLiteral("1 minute ago"));
    // Every row is known: the header's tooltip explains the column instead of excusing it.
    QVERIFY(model.useReported());
    QVERIFY(!model.headerData(CertificateListModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("does not say")));
}

void TestCertificateListModel::statusUnknownIsSaidOnceInTheHeader()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    model.setListing(m_listing); // a server without <users> or <used>
    QVERIFY(!model.useReported());
    for (const SaslCertItem &item : m_listing.items) {
        // Not "Unknown" on every row: the cell is empty, and a screen reader still hears why.
        QCOMPARE(cell(model, item.name, CertificateListModel::StatusColumn), QString());
        QCOMPARE(cell(model, item.name, CertificateListModel::StatusColumn, Qt::AccessibleTextRole),
                 QStringLiteral("Unknown"));
    }
    QCOMPARE(model.headerData(CertificateListModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("The server does not say which devices are online or when they were last used. "
                            "The “Online sessions” box shows who is logged in now."));
    // A certificate made for a full JID names its resource: presence is evidence even then.
    ItemsListing named;
    auto cred = createDeviceCredential({QStringLiteral("Phone"), QStringLiteral("alice@example.org/phone"),
                                        m_now.addDays(-1), m_now.addDays(9)});
    QVERIFY(cred);
    SaslCertItem phone;
    phone.name = QStringLiteral("Phone");
    phone.certificate = cred->certificate;
    named.items = {phone};
    model.setListing(named);
    model.setOnlineResources({QStringLiteral("phone")});
    QCOMPARE(cell(model, QStringLiteral("Phone"), CertificateListModel::StatusColumn),
             QStringLiteral("Online now · phone"));
}

void TestCertificateListModel::sortByLastUse()
{
    FixedClock clock(m_now);
    CertificateListModel model(clock);
    CertificateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ItemsListing listing;
    const auto &i = m_listing.items;
    listing.items = {withUse(i[0], {}, true, m_now.addDays(-70), m_now.addDays(-40)),
                     withUse(i[1], {QStringLiteral("laptop")}, true, m_now.addDays(-9), m_now.addDays(-9)),
                     withUse(i[2], {}, true)};
    listing.items.append(withUse(makeItem(QStringLiteral("Watch"), m_now.addDays(-5), m_now.addDays(5)), {},
                                 true, m_now.addDays(-1), m_now.addDays(-1)));
    model.setListing(listing);
    proxy.sort(CertificateListModel::StatusColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(CertificateListModel::NameRole).toString();
    QCOMPARE(order, (QStringList{QStringLiteral("Laptop"), QStringLiteral("Watch"), QStringLiteral("Phone"),
                                 QStringLiteral("Old tablet")}));
}

void TestCertificateListModel::devicesUnusedForLong()
{
    ItemsListing listing;
    const auto &i = m_listing.items;
    const auto item = [&](const char *name, int from, int to) {
        return makeItem(QString::fromLatin1(name), m_now.addDays(from), m_now.addDays(to));
    };
    listing.items = {
        withUse(i[0], {}, true, m_now.addDays(-80), m_now.addDays(-90)), // 90 days: hinted
        withUse(i[1], {}, true, {}, {}),                                 // made 10 days ago: not yet
        withUse(i[2], {}, true, {}, {}),           // expired: cannot log in anyway, its row says so
        withUse(item("Spare", -400, 5), {}, true), // never used, made 400 days ago: hinted
        withUse(item("Recent", -200, 5), {}, true, m_now.addDays(-200), m_now.addDays(-89)),
        withUse(item("Online", -200, 5), {QStringLiteral("x")}, true, m_now.addDays(-200),
                m_now.addDays(-100)),
        withUse(item("Silent", -200, 5), {}, false), // offline, the server does not say since when
        item("Quiet", -200, 5),                      // the server says nothing: never called unused
    };
    auto unused = longUnusedDevices(listing, {}, {}, m_now);
    QCOMPARE(unused.size(), 2);
    QCOMPARE(unused[0].name, QStringLiteral("Phone"));
    QCOMPARE(unused[0].days, 90);
    QVERIFY(!unused[0].never);
    QCOMPARE(unused[1].name, QStringLiteral("Spare"));
    QCOMPARE(unused[1].days, 400);
    QVERIFY(unused[1].never);
    // One calm message for all of them.
    QCOMPARE(
        DeviceUseText::unusedHint(unused),
        QStringLiteral("“Phone”, “Spare” have not logged in for 90 days or more. If you no longer use those "
                       "devices, disable their certificates: an unused certificate is one more key to your "
                       "account."));
    // This computer's own certificate is never hinted.
    unused = longUnusedDevices(listing, {}, i[0].certificate.sha256, m_now);
    QCOMPARE(unused.size(), 1);
    QCOMPARE(
        DeviceUseText::unusedHint(unused),
        QStringLiteral("“Spare” has never logged in, and its certificate was made 400 days ago. If no device "
                       "uses it, disable it: an unused certificate is one more key to your account."));
}

void TestCertificateListModel::sessionsNameTheirDevice()
{
    ItemsListing listing;
    const auto &i = m_listing.items;
    listing.items = {withUse(i[0], {QStringLiteral("pixel")}, true), withUse(i[1], {}, true)};
    const QMap<QString, QString> presence{{QStringLiteral("pixel"), QString()},
                                          {QStringLiteral("gajim"), QStringLiteral("Away")},
                                          {QStringLiteral("certdeck-1"), QString()}};
    const auto sessions = onlineSessions(listing, presence, QStringLiteral("certdeck-1"));
    QStringList lines;
    for (const OnlineSession &s : sessions)
        lines << DeviceUseText::session(s);
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("gajim — no listed certificate (password login, or a removed "
                                       "certificate) (“Away”)"),
                        QStringLiteral("pixel — Phone"),
                    }));
    // A server that ties no session to a certificate: the resource alone, no guess.
    ItemsListing silent;
    silent.items = {i[0]};
    const auto plain = onlineSessions(silent, presence, QStringLiteral("certdeck-1"));
    QCOMPARE(plain.size(), 2);
    QCOMPARE(DeviceUseText::session(plain[1]), QStringLiteral("pixel"));
}
