// "Was this you?": the comparison of a listing with the last one seen, fed plain data.
#include "SessionHelpers.h"
#include "model/NewDevices.h"
#include "storage/NewDeviceStore.h"
#include "util/Translations.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace certdeck;

namespace {

QString fp(char c)
{
    QStringList bytes;
    for (int i = 0; i < 32; ++i)
        bytes << QStringLiteral("%1%1").arg(QLatin1Char(c));
    return bytes.join(QLatin1Char(':'));
}

SeenCertificate cert(const QString &name, char c, const QString &key = QStringLiteral("EC P-256"))
{
    return {name, fp(c), key};
}

DeviceSnapshot snapshot(QVector<SeenCertificate> certs)
{
    return {true, QDateTime(QDate(2026, 11, 30), QTime(3, 0), QTimeZone::utc()), std::move(certs)};
}

ActivityEntry entry(const QString &action, char c, const QString &result = QStringLiteral("confirmed"),
                    const QString &account = QStringLiteral("alice@example.org"))
{
    ActivityEntry e{QDateTime::currentDateTimeUtc(), action, QStringLiteral("x"), fp(c), result, {}, {}};
    e.account = account;
    return e;
}

} // namespace

class TestNewDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QLocale(QLocale::English)); }

    void firstListingNeverAlarms()
    {
        const auto c = compareListings({}, {cert(QStringLiteral("Phone"), 'a')}, {}, {});
        QVERIFY(c.alarms.isEmpty());
        QVERIFY(c.removed.isEmpty());
    }

    void unchangedListingIsQuiet()
    {
        const QVector<SeenCertificate> now{cert(QStringLiteral("Phone"), 'a'),
                                           cert(QStringLiteral("Laptop"), 'b')};
        // Order does not matter: the server lists in any order.
        const auto c = compareListings(snapshot({now[1], now[0]}), now, {}, {});
        QVERIFY(c.alarms.isEmpty());
        QVERIFY(c.removed.isEmpty());
    }

    // The CLI's removal note names the certificate without an event word ("… · removed left the account").
    void removalNoteNamesTheCertificateOnly()
    {
        const SeenCertificate gone = cert(QStringLiteral("Tablet"), 'c');
        const QString line = QStringLiteral("“Tablet” · EC P-256 · ") + fp('c');
        QCOMPARE(certificateLine(gone), line);
        QCOMPARE(eventLine({DeviceEvent::Kind::Removed, gone}), line + QStringLiteral(" · removed"));
    }

    // A certificate the account already had, listed under a new name (a copy the thief planted, which would
    // survive a revoke of the first name): news, whichever order the server lists them in.
    void aKnownCertificateUnderANewNameAlarms()
    {
        const QVector<SeenCertificate> before{cert(QStringLiteral("phone"), 'a')};
        for (const bool copyFirst : {false, true}) {
            QVector<SeenCertificate> now{cert(QStringLiteral("phone"), 'a'),
                                         cert(QStringLiteral("phone-backup"), 'a')};
            if (copyFirst)
                std::swap(now[0], now[1]);
            const auto c = compareListings(snapshot(before), now, {}, {fp('a')}); // even when acknowledged
            QCOMPARE(c.alarms.size(), 1);
            QCOMPARE(c.alarms[0].kind, DeviceEvent::Kind::New);
            QCOMPARE(c.alarms[0].certificate.name, QStringLiteral("phone-backup"));
            QVERIFY(c.removed.isEmpty());
        }
    }

    // An entry Certdeck cannot read is remembered by name, and a new one alarms without a fingerprint.
    void aNewUnreadableEntryAlarms()
    {
        ItemsListing listing;
        listing.problems.append(
            {0, QStringLiteral("odd"), QStringLiteral("The certificate is not valid base64.")});
        const QVector<SeenCertificate> seen = seenCertificates(listing);
        QCOMPARE(seen.size(), 1);
        const auto c = compareListings(snapshot({cert(QStringLiteral("Phone"), 'a')}),
                                       {cert(QStringLiteral("Phone"), 'a'), seen[0]}, {}, {});
        QCOMPARE(c.alarms.size(), 1);
        QCOMPARE(eventLine(c.alarms[0]),
                 QStringLiteral("“odd” · unreadable entry · no fingerprint: Certdeck cannot read it · new"));
        QVERIFY(compareListings(snapshot({cert(QStringLiteral("Phone"), 'a'), seen[0]}),
                                {cert(QStringLiteral("Phone"), 'a'), seen[0]}, {}, {})
                    .alarms.isEmpty());
    }

    void aNewCertificateAlarms()
    {
        const auto c = compareListings(
            snapshot({cert(QStringLiteral("Phone"), 'a')}),
            {cert(QStringLiteral("Phone"), 'a'), cert(QStringLiteral("Backdoor"), 'b')}, {}, {});
        QCOMPARE(c.alarms.size(), 1);
        QCOMPARE(c.alarms[0].kind, DeviceEvent::Kind::New);
        QCOMPARE(c.alarms[0].certificate, cert(QStringLiteral("Backdoor"), 'b'));
        QCOMPARE(c.since, snapshot({}).time);
    }

    void aReplacementUnderTheSameNameAlarms()
    {
        const auto c = compareListings(snapshot({cert(QStringLiteral("Phone"), 'a')}),
                                       {cert(QStringLiteral("Phone"), 'z')}, {}, {});
        QCOMPARE(c.alarms.size(), 1);
        QCOMPARE(c.alarms[0].kind, DeviceEvent::Kind::Replaced);
        QCOMPARE(c.alarms[0].certificate.sha256, fp('z'));
        QCOMPARE(c.alarms[0].replacedSha256, fp('a'));
        QVERIFY(c.removed.isEmpty()); // the replaced certificate is part of the alarm, not a calm removal
    }

    void ownAdditionsAreNotAlarms()
    {
        OwnChanges own;
        own.added.insert(fp('b'));
        own.added.insert(fp('z'));
        const auto c = compareListings(
            snapshot({cert(QStringLiteral("Phone"), 'a')}),
            {cert(QStringLiteral("Phone"), 'z'), cert(QStringLiteral("Tablet"), 'b')}, own, {});
        QVERIFY(c.alarms.isEmpty());
    }

    void acknowledgedNeverAlarmsAgain()
    {
        const QSet<QString> ack{fp('b')};
        const auto c =
            compareListings(snapshot({cert(QStringLiteral("Phone"), 'a')}),
                            {cert(QStringLiteral("Phone"), 'a'), cert(QStringLiteral("Mine"), 'b')}, {}, ack);
        QVERIFY(c.alarms.isEmpty());
        // Even against an old snapshot (a restored file) and under another name.
        const auto restored = compareListings(snapshot({}), {cert(QStringLiteral("Renamed"), 'b')}, {}, ack);
        QVERIFY(restored.alarms.isEmpty());
    }

    void removalsAreInformationUnlessOwn()
    {
        OwnChanges own;
        own.removed.insert(fp('b'));
        const auto c =
            compareListings(snapshot({cert(QStringLiteral("Phone"), 'a'), cert(QStringLiteral("Lost"), 'b'),
                                      cert(QStringLiteral("Gone"), 'c')}),
                            {cert(QStringLiteral("Phone"), 'a')}, own, {});
        QVERIFY(c.alarms.isEmpty());
        QCOMPARE(c.removed.size(), 1);
        QCOMPARE(c.removed[0].kind, DeviceEvent::Kind::Removed);
        QCOMPARE(c.removed[0].certificate.name, QStringLiteral("Gone"));
    }

    // Each name of a new certificate is a way in: each is named, even when Certdeck added the certificate
    // under one of them (the other is a copy; which one the server lists first does not matter).
    void aNewCertificateUnderTwoNamesAlarmsForEach()
    {
        const auto c = compareListings(
            snapshot({}), {cert(QStringLiteral("One"), 'b'), cert(QStringLiteral("Two"), 'b')}, {}, {});
        QCOMPARE(c.alarms.size(), 2);
        OwnChanges own;
        own.added.insert(fp('b'));
        const auto mine = compareListings(
            snapshot({}), {cert(QStringLiteral("One"), 'b'), cert(QStringLiteral("Two"), 'b')}, own, {});
        QCOMPARE(mine.alarms.size(), 1);
    }

    void ownChangesFollowTheLogInOrder()
    {
        const QVector<ActivityEntry> log{
            entry(QStringLiteral("enroll"), 'a', QStringLiteral("attempted")),
            entry(QStringLiteral("enroll"), 'b', QStringLiteral("not-confirmed")),
            entry(QStringLiteral("enroll"), 'c', QStringLiteral("failed")), // nothing changed
            entry(QStringLiteral("enroll"), 'd'),
            entry(QStringLiteral("revoke"), 'd'), // added, then revoked: its return is news
            entry(QStringLiteral("enroll"), 'e', QStringLiteral("confirmed"),
                  QStringLiteral("bob@example.org")),
            entry(QStringLiteral("enroll"), 'f', QStringLiteral("confirmed"), QString()), // an older record
            entry(QStringLiteral("enroll"), 'h', QStringLiteral("confirmed"),
                  QStringLiteral("Alice@Example.org")),
            entry(QStringLiteral("new-device-alert"), 'g', QStringLiteral("raised")),
        };
        const OwnChanges own = ownChanges(log, QStringLiteral("alice@example.org"));
        QCOMPARE(own.added, (QSet<QString>{fp('a'), fp('b'), fp('f'), fp('h')}));
        QCOMPARE(own.removed, (QSet<QString>{fp('d')}));
        const auto c = compareListings(snapshot({}), {cert(QStringLiteral("D"), 'd')}, own, {});
        QCOMPARE(c.alarms.size(), 1);
    }

    // A state file restored from a backup: many certificates at once are one grouped alert.
    void manyAtOnceAreOneGroupedAlert()
    {
        QVector<SeenCertificate> now;
        for (char c = 'a'; c <= 'l'; ++c)
            now << cert(QStringLiteral("Device %1").arg(QLatin1Char(c)), c);
        const auto c = compareListings(snapshot({}), now, {}, {});
        QCOMPARE(c.alarms.size(), 12);
        const QString text = alertText(c.alarms, c.since);
        QVERIFY2(
            text.startsWith(QStringLiteral("12 new device certificates appeared on your account since %1. "
                                           "Was this you?\n“Device a” (EC P-256, %2)\n")
                                .arg(test::shortLocalTime(c.since), fp('a'))),
            qPrintable(text));
    }

    void alertTextWordForWord()
    {
        const QDateTime since = snapshot({}).time;
        const DeviceEvent added{DeviceEvent::Kind::New, cert(QStringLiteral("Backdoor"), 'b')};
        QCOMPARE(alertText({added}, since),
                 QStringLiteral("A new device certificate “Backdoor” (EC P-256, %1) appeared on your account "
                                "since %2. Was this you?")
                     .arg(fp('b'), test::shortLocalTime(since)));
        const DeviceEvent replaced{DeviceEvent::Kind::Replaced, cert(QStringLiteral("Phone"), 'z'), fp('a')};
        QCOMPARE(
            alertText({replaced}, since),
            QStringLiteral("The device certificate “Phone” was replaced by a new one (EC P-256, %1) on your "
                           "account since %2. Was this you?")
                .arg(fp('z'), test::shortLocalTime(since)));
        // A name from the server cannot forge text: controls are shown, not interpreted.
        const DeviceEvent hostile{DeviceEvent::Kind::New, cert(QStringLiteral("a\u202Eb\nc"), 'c')};
        QVERIFY(alertText({hostile}, since).contains(QStringLiteral("“a\\u202Eb\\nc”")));
        QCOMPARE(
            removedText({{DeviceEvent::Kind::Removed, cert(QStringLiteral("Old"), 'o')}}),
            QStringLiteral("The device certificate “Old” left your account without Certdeck removing it. "
                           "That device can no longer log in with it."));
        QCOMPARE(
            removedText({{DeviceEvent::Kind::Removed, cert(QStringLiteral("Old"), 'o')},
                         {DeviceEvent::Kind::Removed, cert(QStringLiteral("Older"), 'p')}}),
            QStringLiteral("Device certificates left your account without Certdeck removing them: “Old”, "
                           "“Older”. Those devices can no longer log in with them."));
    }

    // Issue 34, point 11: the German alert had an ISO time and English quotation marks.
    void alertSpeaksThePersonsLanguage()
    {
        const auto english = qScopeGuard([] { installTranslations(QLocale(QLocale::English)); });
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        const QDateTime since = snapshot({}).time;
        const DeviceEvent added{DeviceEvent::Kind::New, cert(QStringLiteral("Backdoor"), 'b')};
        const QString text = alertText({added}, since);
        QCOMPARE(text, QStringLiteral("Seit %1 ist in Ihrem Konto ein neues Gerätezertifikat „Backdoor“ "
                                      "(EC P-256, %2) aufgetaucht. Waren Sie das?")
                           .arg(since.toLocalTime().toString(QStringLiteral("dd.MM.yy HH:mm")), fp('b')));
    }

    void storeKeepsStatePerAccount()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        NewDeviceStore store(&settings);
        const QString alice = QStringLiteral("alice@example.org");
        QVERIFY(!store.snapshot(alice).taken);
        const DeviceSnapshot s = snapshot({cert(QStringLiteral("Phone / “1”"), 'a')});
        store.setSnapshot(alice, s);
        store.addAcknowledged(alice, {fp('b'), QStringLiteral("not a fingerprint")});
        store.setPending(alice,
                         {{{DeviceEvent::Kind::Replaced, cert(QStringLiteral("X"), 'c'), fp('a')}, s.time}});
        QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        NewDeviceStore reread(&again);
        const DeviceSnapshot back = reread.snapshot(alice);
        QVERIFY(back.taken);
        QCOMPARE(back.time, s.time);
        QCOMPARE(back.certificates, s.certificates);
        QCOMPARE(reread.acknowledged(alice), QSet<QString>{fp('b')});
        QCOMPARE(reread.pending(alice).size(), 1);
        QCOMPARE(reread.pending(alice)[0].event.kind, DeviceEvent::Kind::Replaced);
        QCOMPARE(reread.pending(alice)[0].event.replacedSha256, fp('a'));
        QVERIFY(!reread.snapshot(QStringLiteral("bob@example.org")).taken);
        QVERIFY(reread.acknowledged(QStringLiteral("bob@example.org")).isEmpty());
        QCOMPARE(reread.intervalMinutes(), 15);
        reread.setIntervalMinutes(0);
        QCOMPARE(reread.intervalMinutes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNewDevices)
#include "tst_NewDevices.moc"
