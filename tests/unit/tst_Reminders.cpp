// Expiry reminders fire at 28, 7, 3 and 1 days, once each, with a pinned clock.
#include "SessionHelpers.h"
#include "model/ExpiryPolicy.h"
#include "model/Reminders.h"
#include "util/Clock.h"

#include <QtTest>

using namespace certdeck;

class TestReminders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesOnTheRightDays();
    void lateDiscoveryFiresOnce();
    void rotationIsDueAtTwoThirds();
};

namespace {

ItemsListing listingWith(const QDateTime &notBefore, const QDateTime &notAfter)
{
    auto cred =
        createDeviceCredential({QStringLiteral("Phone"), QStringLiteral("a@b.c"), notBefore, notAfter});
    SaslCertItem item;
    item.name = QStringLiteral("Phone");
    item.certificate = cred->certificate;
    return ItemsListing{{item}, {}};
}

} // namespace

void TestReminders::firesOnTheRightDays()
{
    const QDateTime start = utcDateTime(QDate(2026, 1, 1), QTime(9, 0));
    const ItemsListing listing = listingWith(start, start.addDays(90));
    FixedClock clock(start);
    QStringList sent;
    QList<int> firedOnDay;
    QList<int> thresholds;
    // Walk the clock through the certificate's life, an hour at a time, as a long-running app would.
    for (qint64 hour = 0; hour < 90 * 24 + 5; ++hour) {
        clock.set(start.addSecs(hour * 3600));
        const auto due = dueReminders(listing, clock.now(), sent, &sent);
        for (const auto &r : due) {
            firedOnDay << int(hour / 24);
            thresholds << r.daysBefore;
            sent << r.key;
        }
    }
    QCOMPARE(thresholds, (QList<int>{28, 7, 3, 1}));
    QCOMPARE(firedOnDay, (QList<int>{62, 83, 87, 89}));
}

void TestReminders::lateDiscoveryFiresOnce()
{
    const QDateTime now = utcDateTime(QDate(2026, 6, 1), QTime(12, 0));
    const ItemsListing listing = listingWith(now.addDays(-88), now.addDays(2));
    QStringList sent;
    const auto due = dueReminders(listing, now, sent, &sent);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].daysBefore, 3);
    QCOMPARE(due[0].daysLeft, 2);
    sent << due[0].key;
    QVERIFY(dueReminders(listing, now.addSecs(3600), sent, &sent).isEmpty());
    QCOMPARE(dueReminders(listing, now.addDays(1).addSecs(60), sent, &sent).size(), 1); // the 1-day one
    QVERIFY(dueReminders(listing, now.addDays(3), sent).isEmpty()); // expired: no more reminders
}

void TestReminders::rotationIsDueAtTwoThirds()
{
    const QDateTime start = utcDateTime(QDate(2026, 1, 1), QTime(0, 0));
    const ItemsListing listing = listingWith(start, start.addDays(360));
    const CertificateInfo &c = listing.items[0].certificate;
    QCOMPARE(rotationDue(c), start.addDays(240));
    QCOMPARE(expiryBadge(c, start.addDays(239)), ExpiryBadge::Ok);
    QCOMPARE(expiryBadge(c, start.addDays(240)), ExpiryBadge::RenewSoon);
    QCOMPARE(expiryBadge(c, start.addDays(354)), ExpiryBadge::Expiring);
    QCOMPARE(expiryBadge(c, start.addDays(360)), ExpiryBadge::Expired);
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_Reminders.moc"
