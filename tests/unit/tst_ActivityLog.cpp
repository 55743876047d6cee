// The activity log on disk: appended, read back, torn lines skipped, exported as CSV a spreadsheet can't
// misread.
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
};

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
    QCOMPARE(lines[0].trimmed(), QByteArray("time,action,device,fingerprint,result,sessions_closed,detail"));
    QCOMPARE(lines[1].trimmed(),
             QByteArray("\"2026-11-25T18:03:12Z\",\"revoke\",\"'=HYPERLINK(\"\"x\"\")\",\"AB\","
                        "\"confirmed\",\"a@b.c/p1 a@b.c/p2\",\"said \"\"hi\"\", then left\""));
    QVERIFY(!log.exportCsv(QStringLiteral("/proc/certdeck.csv")).hasValue());
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_ActivityLog.moc"
