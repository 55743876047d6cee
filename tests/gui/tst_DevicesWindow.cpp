// The devices window as a person uses it, offscreen, against a real Prosody and a slixmpp phone.
#include "BadgeDecorator.h"
#include "BannerWidget.h"
#include "DetailsPanel.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TrustDialog.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace certdeck;

namespace {

// One window over one account, the way main.cpp assembles it.
struct Window
{
    explicit Window(const Clock &clock = Clock::system())
        : model(clock), controller(&session, &model), window(&controller, &model)
    {
        window.show();
    }
    bool logIn(const AccountSettings &settings, const QString &password)
    {
        QSignalSpy updated(&controller, &AccountController::listingUpdated);
        controller.logIn(settings, password);
        return updated.wait(10000);
    }
    QTableView *table() { return window.findChild<QTableView *>(QStringLiteral("table")); }
    QString cell(const QString &device, int column)
    {
        auto *m = table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, CertificateListModel::NameColumn)
                    .data(CertificateListModel::NameRole)
                    .toString() == device)
                return m->index(r, column).data().toString();
        return QStringLiteral("<no row %1>").arg(device);
    }
    QString messageText() { return window.findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }
    QString currentPage()
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("stack"))->currentWidget()->objectName();
    }

    AccountSession session;
    CertificateListModel model;
    AccountController controller;
    ui::MainWindow window;
};

bool append(AccountSession &session, const QString &name, const DeviceCredential &cred)
{
    const auto ok = test::awaitResult<Success>(
        [&](QObject *c, auto done) { session.requestAppend(name, cred.certificate.der, false, c, done); });
    return ok && ok->hasValue();
}

} // namespace

class TestDevicesWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badgesStatusAndSummary();
    void detailsPanelShowsTheSelection();
    void phonePresenceTurnsItsRowOnlineAndBack();
    void emptyAccountExplainsXep0257();
    void unknownServerIsTrustedThroughTheDialogAndPinned();
    void changedServerKeyIsAHardStop();

private:
    test::ProsodyServer m_server;
    test::ProsodyServer m_other;
    QString m_jid;
    QTemporaryDir m_config;
};

void TestDevicesWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(
                 {true, {QStringLiteral("alice:alice-password"), QStringLiteral("empty:empty-password")}}),
             qPrintable(m_server.errorString()));
    QVERIFY2(m_other.start(), qPrintable(m_other.errorString()));
    m_jid = m_server.jid(QStringLiteral("alice"));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    // Lifetimes chosen to land on each badge: 90-day certificates at different ages, and an expired one.
    QVERIFY(append(session, QStringLiteral("Laptop"),
                   test::makeCredential(QStringLiteral("Laptop"), m_jid, -10, 80)));
    QVERIFY(append(session, QStringLiteral("Tablet"),
                   test::makeCredential(QStringLiteral("Tablet"), m_jid, -70, 20)));
    QVERIFY(append(session, QStringLiteral("Watch"),
                   test::makeCredential(QStringLiteral("Watch"), m_jid, -85, 5)));
    QVERIFY(append(session, QStringLiteral("Old phone"),
                   test::makeCredential(QStringLiteral("Old phone"), m_jid, -400, -3)));
    QVERIFY(append(session, QStringLiteral("Phone"),
                   test::makeCredential(QStringLiteral("Phone"), m_jid + QStringLiteral("/phone"), -1, 365)));
}

void TestDevicesWindow::badgesStatusAndSummary()
{
    Window w;
    QAbstractItemModelTester tester(w.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::BadgeDecorator decorator;
    decorator.setSourceModel(&w.model);
    QAbstractItemModelTester decoratorTester(&decorator,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password")));

    QCOMPARE(w.table()->model()->rowCount(), 5);
    QCOMPARE(w.cell(QStringLiteral("Laptop"), CertificateListModel::HealthColumn), QStringLiteral("OK"));
    QCOMPARE(w.cell(QStringLiteral("Tablet"), CertificateListModel::HealthColumn),
             QStringLiteral("Renew soon"));
    QCOMPARE(w.cell(QStringLiteral("Watch"), CertificateListModel::HealthColumn), QStringLiteral("Expiring"));
    QCOMPARE(w.cell(QStringLiteral("Old phone"), CertificateListModel::HealthColumn),
             QStringLiteral("Expired"));
    QCOMPARE(w.cell(QStringLiteral("Old phone"), CertificateListModel::DaysLeftColumn),
             QStringLiteral("expired 3 days ago"));
    // The harness server runs Certdeck's module fix, which says when each certificate was used.
    QCOMPARE(w.cell(QStringLiteral("Laptop"), CertificateListModel::StatusColumn),
             QStringLiteral("Never used"));
    QCOMPARE(w.cell(QStringLiteral("Laptop"), CertificateListModel::ManageColumn), QStringLiteral("Yes"));
    // The badge carries an icon as well as words.
    const QModelIndex watchHealth = w.table()->model()->index(0, CertificateListModel::HealthColumn);
    QVERIFY(!watchHealth.data(Qt::DecorationRole).isNull());
    QCOMPARE(w.window.summaryText(),
             QStringLiteral("5 devices · 2 expiring within 30 days · 1 expired · 0 other sessions online"));

    // Sorting by health puts the worst first.
    w.table()->sortByColumn(CertificateListModel::HealthColumn, Qt::AscendingOrder);
    QCOMPARE(w.table()->model()->index(0, CertificateListModel::NameColumn).data().toString(),
             QStringLiteral("Old phone"));
}

void TestDevicesWindow::detailsPanelShowsTheSelection()
{
    Window w;
    QVERIFY(w.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password")));
    auto *details = w.window.findChild<ui::DetailsPanel *>(QStringLiteral("details"));
    QVERIFY(details);
    w.window.selectDevice(QStringLiteral("Tablet"));
    const SaslCertItem *item = w.window.selectedItem();
    QVERIFY(item);
    QCOMPARE(details->fieldText(QStringLiteral("name")), QStringLiteral("Tablet"));
    QCOMPARE(details->fieldText(QStringLiteral("sha256")), item->certificate.sha256Fingerprint());
    QCOMPARE(details->fieldText(QStringLiteral("xmpp")), m_jid);
    // The copy button puts the whole fingerprint on the clipboard, on one line.
    auto *copy = details->findChild<QToolButton *>(QStringLiteral("sha256Copy"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), item->certificate.sha256Fingerprint());
    QCOMPARE(copy->text(), QStringLiteral("Copied")); // what it did, in words, for a while
    QCOMPARE(copy->accessibleName(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 4000);
    QCOMPARE(copy->accessibleName(), QStringLiteral("Copy SHA-256:"));
    // Issue 28: a screen reader reads each value, not its caption: a label's accessible name is its text,
    // the caption is its description and labels it (its buddy).
    int values = 0;
    for (auto *value : details->findChildren<QLabel *>()) {
        if (value->accessibleDescription().isEmpty() || !value->isVisibleTo(details))
            continue;
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(value);
        QVERIFY(spoken);
        QCOMPARE(spoken->text(QAccessible::Name), value->text());
        QCOMPARE(spoken->text(QAccessible::Description), value->accessibleDescription());
        bool labelled = false;
        for (const auto &[other, relation] : spoken->relations(QAccessible::Label))
            labelled |= other->text(QAccessible::Name) == value->accessibleDescription();
        QVERIFY2(labelled, qPrintable(value->objectName()));
        ++values;
    }
    QCOMPARE(values, 16);
    QCOMPARE(QAccessible::queryAccessibleInterface(details->findChild<QLabel *>(QStringLiteral("name")))
                 ->text(QAccessible::Name),
             QStringLiteral("Tablet"));
    auto *connection = w.window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(!connection->text().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(connection)->text(QAccessible::Name), connection->text());
    // Keyboard: Down moves to the next row and the panel follows.
    w.table()->setFocus();
    const int before = w.table()->currentIndex().row();
    QTest::keyClick(w.table(), Qt::Key_Down);
    QCOMPARE(w.table()->currentIndex().row(), before + 1);
    QVERIFY(details->fieldText(QStringLiteral("name")) != QStringLiteral("Tablet"));
}

void TestDevicesWindow::phonePresenceTurnsItsRowOnlineAndBack()
{
    Window w;
    QVERIFY(w.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password")));
    auto *sessions = w.window.findChild<QListWidget *>(QStringLiteral("sessionsList"));
    QCOMPARE(w.cell(QStringLiteral("Phone"), CertificateListModel::StatusColumn),
             QStringLiteral("Never used"));

    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), m_jid + QStringLiteral("/phone"), -1, 365);
    AccountSession seeder;
    QVERIFY(!test::connectAndWait(seeder, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    auto phoneCred = cred;
    // Replace the seeded Phone certificate with one whose key we hold, through the raw request.
    const auto replaced = test::awaitResult<Success>([&](QObject *c, auto done) {
        seeder.requestAppend(QStringLiteral("Phone"), cred.certificate.der, false, c, done);
    });
    QVERIFY(replaced && replaced->hasValue());
    seeder.disconnectFromServer();
    w.controller.refresh();
    QTRY_COMPARE(w.controller.phase(), AccountController::Phase::Ready);

    {
        test::Phone phone(m_server, phoneCred, QStringLiteral("phone"));
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
        QTRY_COMPARE_WITH_TIMEOUT(w.cell(QStringLiteral("Phone"), CertificateListModel::StatusColumn),
                                  QStringLiteral("Online now · phone"), 5000);
        // The session names its device: the server ties it to the certificate.
        QTRY_VERIFY(!sessions->findItems(QStringLiteral("phone — Phone"), Qt::MatchExactly).isEmpty());
        QVERIFY(w.window.summaryText().endsWith(QStringLiteral("1 other session online")));
    } // the phone goes away: the window lists again by itself, and the server says when it was last used
    QTRY_COMPARE_WITH_TIMEOUT(w.cell(QStringLiteral("Phone"), CertificateListModel::StatusColumn),
                              QStringLiteral("Last used just now"), 5000);
    QVERIFY(sessions->findItems(QStringLiteral("phone"), Qt::MatchStartsWith).isEmpty());
}

void TestDevicesWindow::emptyAccountExplainsXep0257()
{
    Window w;
    QVERIFY(w.logIn(m_server.settingsFor(QStringLiteral("empty")), QStringLiteral("empty-password")));
    QCOMPARE(w.currentPage(), QStringLiteral("messagePage"));
    QVERIFY(w.messageText().contains(QStringLiteral("No device certificates yet")));
    QVERIFY(w.messageText().contains(QStringLiteral("revoke")));
}

void TestDevicesWindow::unknownServerIsTrustedThroughTheDialogAndPinned()
{
    QSettings settings(m_config.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat);
    AccountStore store(&settings);
    PasswordStore passwords;
    Window w;
    ui::LoginFlow flow(&w.controller, &w.window, &store, &passwords);
    // The person reads the dialog and pins the key.
    connect(&flow, &ui::LoginFlow::trustDialogOpened, this, [](QWidget *dialog) {
        QTimer::singleShot(0, dialog, [dialog] {
            for (auto *button : dialog->findChildren<QPushButton *>())
                if (button->text().contains(QStringLiteral("remember")))
                    button->click();
        });
    });
    QSignalSpy opened(&flow, &ui::LoginFlow::trustDialogOpened);
    QSignalSpy updated(&w.controller, &AccountController::listingUpdated);
    AccountSettings account = m_server.settingsFor(QStringLiteral("alice"));
    account.trustedCertificates.clear();
    flow.start(account, QStringLiteral("alice-password"));
    QVERIFY(updated.wait(15000));
    QCOMPARE(opened.size(), 1);
    const StoredAccount stored = store.load();
    QCOMPARE(stored.jid, m_jid);
    QFile ca(m_server.caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(stored.pinnedServerKey, parseCertificate(ca.readAll())->spkiSha256);
    // The password is never written to the settings file.
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("alice-password"));
}

void TestDevicesWindow::changedServerKeyIsAHardStop()
{
    Window w;
    AccountSettings account = m_server.settingsFor(QStringLiteral("alice"));
    QFile ca(m_other.caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    account.pinnedServerKey = parseCertificate(ca.readAll())->spkiSha256; // pinned earlier: another key
    w.controller.logIn(account, QStringLiteral("alice-password"));
    auto *banner = w.window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 10000);
    QCOMPARE(banner->level(), ui::BannerWidget::Level::Error);
    QVERIFY(banner->text().contains(QStringLiteral("different key")));
    QCOMPARE(w.controller.phase(), AccountController::Phase::Offline);
    // And it does not try again by itself: no reconnection is scheduled.
    QCOMPARE(w.controller.secondsUntilReconnect(), 0);
}

QTEST_MAIN(TestDevicesWindow)
#include "tst_DevicesWindow.moc"
