// The activity log on disk: appended, read back, torn lines skipped, exported as CSV a spreadsheet can't
// misread.
#include "storage/ActivityFeed.h"
#include "storage/ActivityLog.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdeck;

class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndReadBack();
    void csvExportQuotesAndNeutralisesFormulas();
    void accountAndServerAreKeptAndOldRecordsStillLoad();
    void feedReadsOnlyWhatWasAppended();
    void feedFollowsAnotherWriterAndStartsOverOnTruncationOrRotation();
};

namespace {

ActivityEntry entry(const QString &device, const QString &account = {})
{
    ActivityEntry e{utcDateTime(QDate(2026, 11, 25), QTime(18, 3, 12)),
                    QStringLiteral("revoke"),
                    device,
                    QStringLiteral("AB"),
                    QStringLiteral("confirmed"),
                    {},
                    {}};
    e.account = account;
    return e;
}

} // namespace

void TestActivityLog::appendAndReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/activity.jsonl"));
    ActivityLog log(path);
    const QDateTime t = utcDateTime(QDate(2026, 11, 25), QTime(18, 3, 12));
    QVERIFY(log.append({t,
                        QStringLiteral("revoke"),
                        QStringLiteral("Phone"),
                        QStringLiteral("AB:CD"),
                        QStringLiteral("confirmed"),
                        {QStringLiteral("a@b.c/phone")},
                        {}})
                .hasValue());
    QVERIFY(log.append({t.addSecs(1),
                        QStringLiteral("enroll"),
                        QStringLiteral("Tablet"),
                        {},
                        QStringLiteral("failed"),
                        {},
                        QStringLiteral("name in use")})
                .hasValue());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const auto entries = ActivityLog(path).entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].time, t);
    QCOMPARE(entries[0].sessionsClosed, QStringList{QStringLiteral("a@b.c/phone")});
    QCOMPARE(entries[1].detail, QStringLiteral("name in use"));
    QCOMPARE(ActivityLog::parse("garbage\n{\"action\":\"x\"}\n").size(), 0); // no time: not an entry
}

void TestActivityLog::csvExportQuotesAndNeutralisesFormulas()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("a.jsonl")));
    const QDateTime t = utcDateTime(QDate(2026, 11, 25), QTime(18, 3, 12));
    QVERIFY(log.append({t,
                        QStringLiteral("revoke"),
                        QStringLiteral("=HYPERLINK(\"x\")"),
                        QStringLiteral("AB"),
                        QStringLiteral("confirmed"),
                        {QStringLiteral("a@b.c/p1"), QStringLiteral("a@b.c/p2")},
                        QStringLiteral("said \"hi\", then left")})
                .hasValue());
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(log.exportCsv(csv).hasValue());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines[0].trimmed(),
             QByteArray(
                 "time,action,device,fingerprint,result,sessions_closed,detail,account,server,replaced_by"));
    QCOMPARE(lines[1].trimmed(),
             QByteArray("\"2026-11-25T18:03:12Z\",\"revoke\",\"'=HYPERLINK(\"\"x\"\")\",\"AB\","
                        "\"confirmed\",\"a@b.c/p1 a@b.c/p2\",\"said \"\"hi\"\", then left\",\"\",\"\",\"\""));
    QVERIFY(!log.exportCsv(QStringLiteral("/proc/certdeck.csv")).hasValue());
}

void TestActivityLog::accountAndServerAreKeptAndOldRecordsStillLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    // A record written before the account was kept, then one with it.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{\"time\":\"2026-11-25T18:03:12.000Z\",\"action\":\"enroll\",\"device\":\"Old\","
              "\"fingerprint\":\"AB\",\"result\":\"confirmed\",\"sessions_closed\":[],\"detail\":\"\"}\n");
    old.close();
    ActivityLog log(path);
    ActivityEntry e = entry(QStringLiteral("Phone"), QStringLiteral("alice@a.test"));
    e.server = QStringLiteral("xmpp.a.test:5223");
    e.sessionsClosed = {QStringLiteral("alice@a.test/phone")};
    e.sessionsOfflineMeanwhile = {QStringLiteral("alice@a.test/tablet")};
    QVERIFY(log.append(e).hasValue());
    const auto entries = log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].device, QStringLiteral("Old"));
    QCOMPARE(entries[0].account, QString());
    QCOMPARE(entries[0].server, QString());
    QCOMPARE(entries[1].account, QStringLiteral("alice@a.test"));
    QCOMPARE(entries[1].server, QStringLiteral("xmpp.a.test:5223"));
    QCOMPARE(entries[1].sessionsOfflineMeanwhile, QStringList{QStringLiteral("alice@a.test/tablet")});

    AccountSettings byDomain{QStringLiteral("bob@b.test"), {}, 0, {}, {}};
    QCOMPARE(serverLabel(byDomain), QStringLiteral("b.test"));
    AccountSettings byHost{QStringLiteral("bob@b.test"), QStringLiteral("127.0.0.1"), 0, {}, {}};
    QCOMPARE(serverLabel(byHost), QStringLiteral("127.0.0.1:5222"));
    byHost.port = 15222;
    QCOMPARE(serverLabel(byHost), QStringLiteral("127.0.0.1:15222"));
}

void TestActivityLog::feedReadsOnlyWhatWasAppended()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    ActivityLog log(path);
    QVERIFY(log.append(entry(QStringLiteral("One"))).hasValue());
    const auto first = ActivityLog::readFrom(path, 0);
    QCOMPARE(first.entries.size(), 1);
    QCOMPARE(first.end, QFileInfo(path).size());
    // A line still being written is left for later; what follows the offset is all that is read.
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"time\":\"2026-11-25T18:03:13.000Z\",\"action\":\"enroll\",\"device\":\"Two\"");
    f.flush();
    const auto partial = ActivityLog::readFrom(path, first.end);
    QCOMPARE(partial.entries.size(), 0);
    QCOMPARE(partial.end, first.end);
    f.write("}\n");
    f.close();
    const auto second = ActivityLog::readFrom(path, partial.end);
    QCOMPARE(second.entries.size(), 1);
    QCOMPARE(second.entries[0].device, QStringLiteral("Two"));
    QCOMPARE(second.end, QFileInfo(path).size());
}

void TestActivityLog::feedFollowsAnotherWriterAndStartsOverOnTruncationOrRotation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/activity.jsonl")); // folder and file not there yet
    ActivityFeed feed(path);
    QCOMPARE(feed.entries().size(), 0);
    QSignalSpy appended(&feed, &ActivityFeed::appended);
    QSignalSpy reset(&feed, &ActivityFeed::reset);
    ActivityLog writer(path); // another process, as far as the feed knows: no signal reaches it
    QVERIFY(writer.append(entry(QStringLiteral("One"))).hasValue());
    QTRY_COMPARE(feed.entries().size(), 1);
    QVERIFY(writer.append(entry(QStringLiteral("Two"))).hasValue());
    QTRY_COMPARE(feed.entries().size(), 2);
    QCOMPARE(feed.entries().at(1).device, QStringLiteral("Two"));
    QVERIFY(appended.size() >= 1);
    QCOMPARE(reset.size(), 0);

    // Truncated (emptied by hand), then written again: read from the start, nothing twice.
    QVERIFY(QFile::resize(path, 0));
    QVERIFY(writer.append(entry(QStringLiteral("Three"))).hasValue());
    QTRY_COMPARE(reset.size(), 1);
    QTRY_COMPARE(feed.entries().size(), 1);
    QCOMPARE(feed.entries().at(0).device, QStringLiteral("Three"));

    // Rotated: the old file moved away, a new one started.
    QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
    QVERIFY(writer.append(entry(QStringLiteral("Four"))).hasValue());
    QTRY_COMPARE(reset.size(), 2);
    QTRY_COMPARE(feed.entries().size(), 1);
    QCOMPARE(feed.entries().at(0).device, QStringLiteral("Four"));
    QVERIFY(writer.append(entry(QStringLiteral("Five"))).hasValue());
    QTRY_COMPARE(feed.entries().size(), 2);
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_ActivityLog.moc"
