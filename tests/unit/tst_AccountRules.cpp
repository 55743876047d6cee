// The account's rules over plain data: no server, no model, no widgets.
#include "model/AccountRules.h"

#include <QtTest>

using namespace certdeck;

namespace {

const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());

// A certificate valid from `ageDays` ago for `lifetimeDays`.
SaslCertItem item(const QString &name, int ageDays, int lifetimeDays, char sha = 'a', bool mayManage = true)
{
    SaslCertItem i;
    i.name = name;
    i.certificate.notBefore = now.addDays(-ageDays);
    i.certificate.notAfter = i.certificate.notBefore.addDays(lifetimeDays);
    i.certificate.sha256 = QByteArray(32, sha);
    i.noCertManagement = !mayManage;
    return i;
}

} // namespace

class TestAccountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCertificateByFingerprint()
    {
        ItemsListing listing{
            {item(QStringLiteral("Phone"), 1, 365, 'p'), item(QStringLiteral("Tower"), 1, 365, 't')}, {}};
        QCOMPARE(ownCertificate(listing, QByteArray(32, 't'))->name, QStringLiteral("Tower"));
        QVERIFY(!ownCertificate(listing, QByteArray(32, 'x')));
        QVERIFY(!ownCertificate(listing, {})); // no own certificate recorded
    }

    void lastManager()
    {
        ItemsListing listing{{item(QStringLiteral("Phone"), 1, 365, 'p', false),
                              item(QStringLiteral("Tower"), 1, 365, 't', true)},
                             {}};
        QVERIFY(isLastManager(listing, QStringLiteral("Tower")));
        QVERIFY(!isLastManager(listing, QStringLiteral("Phone"))); // may not manage at all
        QVERIFY(!isLastManager(listing, QStringLiteral("Gone")));
        listing.items << item(QStringLiteral("Laptop"), 1, 365, 'l', true);
        QVERIFY(!isLastManager(listing, QStringLiteral("Tower")));
    }

    void dueAtTwoThirdsOfTheLifetime()
    {
        ItemsListing listing{{
                                 item(QStringLiteral("Fresh"), 10, 90, 'f'),    // Ok
                                 item(QStringLiteral("Due"), 70, 90, 'd'),      // past two thirds
                                 item(QStringLiteral("Linked"), 70, 90, 'l'),   // being rotated
                                 item(QStringLiteral("New one"), 1, 90, 'n'),   // its replacement
                                 item(QStringLiteral("Expired"), 100, 90, 'e'), // too late
                                 item(QStringLiteral("Tower"), 80, 90, 't'),    // this computer's
                             },
                             {}};
        const QMap<QString, QString> links{{QStringLiteral("Linked"), QStringLiteral("New one")}};
        RotationPlan plan = dueForRotation(listing, QByteArray(32, 't'), links, now);
        QCOMPARE(plan.others, QStringList{QStringLiteral("Due")});
        QVERIFY(plan.own);
        QVERIFY(!plan.isEmpty());
        // This computer's certificate once expired cannot rotate itself.
        listing.items.last() = item(QStringLiteral("Tower"), 100, 90, 't');
        plan = dueForRotation(listing, QByteArray(32, 't'), links, now);
        QVERIFY(!plan.own);
        // Without links the pair is due too (the replacement is fresh).
        plan = dueForRotation(listing, QByteArray(32, 't'), {}, now);
        QCOMPARE(plan.others, (QStringList{QStringLiteral("Due"), QStringLiteral("Linked")}));
        QVERIFY(dueForRotation({}, {}, {}, now).isEmpty());
    }

    void summaryCounts()
    {
        const ItemsListing listing{{
                                       item(QStringLiteral("Fresh"), 10, 365),
                                       item(QStringLiteral("Soon"), 340, 365),  // 25 days left
                                       item(QStringLiteral("Edge"), 335, 365),  // exactly 30 days: not soon
                                       item(QStringLiteral("Gone"), 400, 365),  // expired
                                       item(QStringLiteral("Today"), 365, 365), // expires now: 0 days, soon
                                   },
                                   {}};
        const AccountSummary s = summarize(listing, now);
        QCOMPARE(s.total, 5);
        QCOMPARE(s.expiringSoon, 2);
        QCOMPARE(s.expired, 1);
    }

    void daysLeftRoundsTowardsExpiry()
    {
        QCOMPARE(daysLeft(now.addSecs(86400 * 2 + 5), now), 2);
        QCOMPARE(daysLeft(now.addSecs(-5), now), -1);
        QCOMPARE(daysLeft(now, now), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_AccountRules.moc"
