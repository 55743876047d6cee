// Rotating this computer's certificate while the housekeeping watches every listing (issue 34, point 1): one
// rotation, one disable, one "rotate" entry, whoever starts it. Scripted changes, a pinned clock, a real
// keychain (the suite's Secret Service).
#include "ScriptedCertificateChanges.h"
#include "SessionHelpers.h"
#include "controller/Housekeeping.h"
#include "storage/AccountStore.h"
#include "storage/ActivityLog.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "workflow/OutcomeText.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace certdeck;
using What = WorkflowOutcome::What;
using Action = ChangeReport::Action;

class TestOwnRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotationIsNotResumedWhileItRuns();
    void secondRotationIsRefusedWhileOneRuns();
    void waitingJournalIsNotOverwritten();
};

namespace {

const QString jid = QStringLiteral("alice@example.org");

// This computer ("Laptop") and a phone on a scripted account, with the window's pieces around them.
struct Desk
{
    Desk(int ownFromDays, int ownToDays, const QDateTime &now)
        : clock(now), settings(dir.filePath(QStringLiteral("certdeck.conf")), QSettings::IniFormat),
          store(&settings), own(test::makeCredential(QStringLiteral("Laptop"), jid, ownFromDays, ownToDays)),
          account(std::make_unique<test::ScriptedAccount>(
              QVector<SaslCertItem>{
                  test::ScriptedCertificateChanges::item(QStringLiteral("Laptop"), own.certificate.der),
                  test::ScriptedCertificateChanges::item(
                      QStringLiteral("Phone"),
                      test::makeCredential(QStringLiteral("Phone"), jid, -1, 300).certificate.der)},
              clock)),
          log(dir.filePath(QStringLiteral("activity.jsonl"))), workflow(&account->changes, &account->session),
          housekeeping(&account->controller, &store, &workflow)
    {
        // The session is never connected: one refused attempt gives it the account's address, as a log-in
        // would, for the new certificate's subject and the keychain's entries.
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 port = closed.serverPort();
        closed.close();
        AccountSettings where;
        where.jid = jid;
        where.host = QStringLiteral("127.0.0.1");
        where.port = port;
        account->session.connectToServer(where, QStringLiteral("unused"));
        if (!test::waitUntil([this] { return account->session.state() == ConnectionState::Disconnected; }))
            qFatal("the refused attempt did not end");
        StoredAccount stored = store.load();
        stored.ownCertificateSha256 = own.certificate.sha256;
        store.save(stored);
        account->model.setOwnFingerprint(own.certificate.sha256);
        log.attach(&account->changes, &account->session);
        workflow.setStorage(&store, &secrets);
        workflow.setListing([this] { return account->model.listing(); });
        workflow.setActivityLog(&log);
    }

    [[nodiscard]] QVector<Action> requests() const
    {
        QVector<Action> actions;
        for (const auto &r : account->changes.requests())
            actions << r.action;
        return actions;
    }
    [[nodiscard]] QVector<ActivityEntry> entries(const QString &action, const QString &result) const
    {
        QVector<ActivityEntry> found;
        for (const ActivityEntry &e : log.entries())
            if (e.action == action && e.result == result)
                found << e;
        return found;
    }

    QTemporaryDir dir;
    FixedClock clock;
    QSettings settings;
    AccountStore store;
    PasswordStore secrets;
    DeviceCredential own;
    std::unique_ptr<test::ScriptedAccount> account;
    ActivityLog log;
    DeviceWorkflow workflow;
    Housekeeping housekeeping;
};

} // namespace

// The person chooses Rotate on this computer. Its append brings a listing that shows the rotation's journal
// to the housekeeping, which must not finish the same rotation a second time.
void TestOwnRotation::rotationIsNotResumedWhileItRuns()
{
    Desk desk(-1, 365, QDateTime::currentDateTimeUtc());
    QSignalSpy notices(&desk.housekeeping, &Housekeeping::notice);
    std::optional<WorkflowOutcome> outcome;
    desk.workflow.rotateOwn(this, [&outcome](const WorkflowOutcome &r) { outcome = r; });
    QVERIFY(desk.workflow.ownRotationRunning());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QVERIFY2(outcome->what == What::RotatedOwn, qPrintable(outcomeText(*outcome)));
    QVERIFY(!desk.workflow.ownRotationRunning());
    QCOMPARE(desk.requests(), (QVector<Action>{Action::Append, Action::Disable}));
    QCOMPARE(desk.entries(QStringLiteral("disable"), QStringLiteral("confirmed")).size(), 1);
    QVERIFY(
        !desk.entries(QStringLiteral("disable"), QStringLiteral("confirmed")).constFirst().alreadyApplied);
    const auto rotations = desk.entries(QStringLiteral("rotate"), QStringLiteral("confirmed"));
    QCOMPARE(rotations.size(), 1);
    QCOMPARE(rotations.constFirst().device, QStringLiteral("Laptop"));
    QCOMPARE(rotations.constFirst().replacedBy, outcome->details.newName);
    QCOMPARE(
        rotations.constFirst().detail,
        QStringLiteral("Rotated: “%1” replaces “Laptop”, which is disabled.").arg(outcome->details.newName));
    QCOMPARE(notices.size(), 0); // the housekeeping had nothing of its own to report
    // The next refresh finds nothing left to do.
    desk.account->changes.setListing(desk.account->changes.listing());
    QCOMPARE(desk.account->changes.requests().size(), 2);
}

// The clock says this computer's certificate is due: the housekeeping rotates it on the first listing. A
// Rotate chosen meanwhile is refused with words, and nothing is sent twice.
void TestOwnRotation::secondRotationIsRefusedWhileOneRuns()
{
    Desk desk(-300, 65, QDateTime::currentDateTimeUtc());
    QSignalSpy notices(&desk.housekeeping, &Housekeeping::notice);
    desk.account->changes.setListing(desk.account->changes.listing()); // the first listing after log-in
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().at(1).toString(),
             QStringLiteral("This computer's certificate is due for rotation; rotating it now."));
    QVERIFY(desk.workflow.ownRotationRunning());
    std::optional<WorkflowOutcome> refused;
    desk.workflow.rotateOwn(this, [&refused](const WorkflowOutcome &r) { refused = r; });
    QVERIFY(refused.has_value());
    QCOMPARE(refused->what, What::OwnRotationRunning);
    QCOMPARE(refused->kind, WorkflowOutcome::Kind::Refused);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 30000);
    QVERIFY2(notices.last().at(1).toString().startsWith(QStringLiteral("Rotated: ")),
             qPrintable(notices.last().at(1).toString()));
    QVERIFY(!desk.workflow.ownRotationRunning());
    QCOMPARE(desk.requests(), (QVector<Action>{Action::Append, Action::Disable}));
    QCOMPARE(desk.entries(QStringLiteral("rotate"), QStringLiteral("confirmed")).size(), 1);
}

// A rotation finished by the next login with the new certificate keeps its journal until then; a Rotate
// chosen meanwhile would overwrite it and the staged key, and the old certificate would never be disabled.
void TestOwnRotation::waitingJournalIsNotOverwritten()
{
    Desk desk(-1, 365, QDateTime::currentDateTimeUtc());
    RotationJournal waiting{QStringLiteral("Laptop"), QStringLiteral("Laptop · 2026-12"),
                            desk.own.certificate.sha256, QByteArray(32, '\x42')};
    waiting.disableAfterNewLogin = true;
    desk.store.setPendingOwnRotation(waiting);
    std::optional<WorkflowOutcome> refused;
    desk.workflow.rotateOwn(this, [&refused](const WorkflowOutcome &r) { refused = r; });
    QVERIFY(refused.has_value());
    QCOMPARE(refused->what, What::OwnRotationRunning);
    QVERIFY(desk.account->changes.requests().isEmpty());
    QCOMPARE(desk.store.pendingOwnRotation()->newName, waiting.newName);
    QVERIFY(!desk.workflow.ownRotationRunning());
}

QTEST_GUILESS_MAIN(TestOwnRotation)
#include "tst_OwnRotation.moc"
