// The Activity panel of an open window: the current account's changes by default, every account's on request,
// and changes certdeck-cli makes while the window is open appear in it.
#include "ActivityPanel.h"
#include "ProsodyServer.h"
#include "TestConfig.h"
#include "storage/ActivityLog.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdeck;

class TestActivityPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheAccountsEntriesAndWhatTheCliAppends();
    void rotationIsOneEntryAndTheTableKeepsItsWidth();

private:
    test::ProsodyServer m_server;
};

void TestActivityPanel::initTestCase()
{
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestActivityPanel::showsTheAccountsEntriesAndWhatTheCliAppends()
{
    QTemporaryDir home;
    const QString alice = m_server.jid(QStringLiteral("alice"));
    // The folder does not exist yet: certdeck-cli makes it with its first entry.
    ActivityLog log(home.filePath(QStringLiteral("Certdeck/Certdeck/activity.jsonl")));
    ui::ActivityPanel panel(&log);
    panel.setAccount(alice);
    panel.show();
    auto *table = panel.findChild<QTableWidget *>(QString::fromLatin1(ui::ActivityPanel::tableName));
    auto *all = panel.findChild<QCheckBox *>(QString::fromLatin1(ui::ActivityPanel::allAccountsName));
    QVERIFY(table && all);
    QCOMPARE(panel.rowCount(), 0);

    // Another account's change, and one from before accounts were recorded: not this account's.
    ActivityEntry other{QDateTime::currentDateTimeUtc(),
                        QStringLiteral("enroll"),
                        QStringLiteral("Bob's phone"),
                        QStringLiteral("AB"),
                        QStringLiteral("confirmed"),
                        {},
                        {}};
    other.account = QStringLiteral("bob@elsewhere.test");
    other.server = QStringLiteral("elsewhere.test");
    QVERIFY(log.append(other).hasValue());
    ActivityEntry old{QDateTime::currentDateTimeUtc(),
                      QStringLiteral("revoke"),
                      QStringLiteral("Old phone"),
                      QStringLiteral("CD"),
                      QStringLiteral("confirmed"),
                      {},
                      {}};
    QVERIFY(log.append(old).hasValue());

    // certdeck-cli, a separate process writing the same file, enrolls a device for alice.
    QProcess cli;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("T_PASSWORD"), QStringLiteral("alice-password"));
    env.insert(QStringLiteral("T_EXPORT"), QStringLiteral("a long export password"));
    cli.setProcessEnvironment(env);
    cli.start(QString::fromLatin1(test::cliPath),
              {QStringLiteral("enroll"), QStringLiteral("Tablet"), QStringLiteral("--p12"),
               home.filePath(QStringLiteral("tablet.p12")), QStringLiteral("--export-password-env"),
               QStringLiteral("T_EXPORT"), QStringLiteral("--jid"), alice, QStringLiteral("--host"),
               QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_server.port()),
               QStringLiteral("--ca-file"), m_server.caFile(), QStringLiteral("--password-env"),
               QStringLiteral("T_PASSWORD")});
    // The panel shows it while the window stays open: the attempt, then the proof on top.
    QTRY_COMPARE_WITH_TIMEOUT(panel.rowCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 20000);
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Enroll"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Tablet"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("✔ confirmed"));
    QVERIFY2(table->item(0, 5)->text().startsWith(QStringLiteral("Enrolled “Tablet” · verified at ")),
             qPrintable(table->item(0, 5)->text()));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("… sent"));
    QVERIFY(table->isColumnHidden(1));

    // Every account: the other account's entry and the old one too, with the account and server shown.
    all->setChecked(true);
    QCOMPARE(panel.rowCount(), 4);
    QVERIFY(!table->isColumnHidden(1));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("%1 on 127.0.0.1:%2").arg(alice).arg(m_server.port()));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("Old phone"));
    QCOMPARE(table->item(2, 1)->text(), QString());
    QCOMPARE(table->item(3, 1)->text(), QStringLiteral("bob@elsewhere.test on elsewhere.test"));
    all->setChecked(false);
    QCOMPARE(panel.rowCount(), 2);
}

// Issue 34, points 5 and 11: a rotation is recorded as one "rotate" entry besides its steps, and the panel
// says "Rotate" with what took the device's place; the last column fills the table before and after
// "Show all accounts".
void TestActivityPanel::rotationIsOneEntryAndTheTableKeepsItsWidth()
{
    QTemporaryDir home;
    ActivityLog log(home.filePath(QStringLiteral("activity.jsonl")));
    ActivityEntry rotation{QDateTime::currentDateTimeUtc(),
                           QStringLiteral("rotate"),
                           QStringLiteral("Laptop"),
                           {},
                           QStringLiteral("confirmed"),
                           {},
                           {}};
    rotation.account = QStringLiteral("alice@example.org");
    rotation.replacedBy = QStringLiteral("Laptop · 2026-12");
    QVERIFY(log.append(rotation).hasValue());
    ActivityEntry started = rotation;
    started.device = QStringLiteral("Pixel phone");
    started.replacedBy = QStringLiteral("Pixel phone · 2026-12");
    started.result = QStringLiteral("started");
    QVERIFY(log.append(started).hasValue());
    ui::ActivityPanel panel(&log);
    panel.setAccount(QStringLiteral("alice@example.org"));
    panel.resize(1400, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableWidget *>(QString::fromLatin1(ui::ActivityPanel::tableName));
    auto *all = panel.findChild<QCheckBox *>(QString::fromLatin1(ui::ActivityPanel::allAccountsName));
    QCOMPARE(panel.rowCount(), 2);
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Rotate"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("✔ confirmed"));
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("“Laptop · 2026-12” replaces “Laptop”"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("… started"));
    QCOMPARE(
        table->item(0, 5)->text(),
        QStringLiteral("“Pixel phone · 2026-12” added; “Pixel phone” stays until the rotation is finished"));

    QHeaderView *header = table->horizontalHeader();
    const auto rightEdge = [header] {
        const int last = header->logicalIndex(header->count() - 1);
        return header->sectionViewportPosition(last) + header->sectionSize(last);
    };
    QCOMPARE(rightEdge(), table->viewport()->width());
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
    QVERIFY(all->isChecked());
    QTRY_COMPARE(rightEdge(), table->viewport()->width());
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
    QVERIFY(!all->isChecked());
    QTRY_COMPARE(rightEdge(), table->viewport()->width());
}

QTEST_MAIN(TestActivityPanel)
#include "tst_ActivityPanel.moc"
