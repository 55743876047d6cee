// Issue 19 as a person sees it, offscreen against the harness's Prosody and the real Secret Service: log in
// with the password, enroll this computer, decline to keep the password, restart: the table fills with no
// prompt, logged in with this computer's certificate. A refused certificate opens the password prompt with
// the reason.
#include "LoginFlow.h"
#include "MainWindow.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "workflow/OutcomeText.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

namespace {

const QString user = QStringLiteral("guicert"); // a user no other test touches: the keyring is shared
const QString password = QStringLiteral("guicert-password");

// For a person checking by eye: CERTDECK_SCREENSHOT_DIR=/some/dir keeps what the window showed.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CERTDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // the layout after the last text change
    widget->grab().save(dir + QLatin1Char('/') + name);
}

// Certdeck as main.cpp assembles it, over one settings file.
struct Start
{
    explicit Start(const QString &ini)
        : settings(ini, QSettings::IniFormat), store(&settings), controller(&session, &model),
          lifecycle(controller.service(), &session), window(&controller, &model),
          flow(&controller, &window, &store, &secrets)
    {
        lifecycle.setStorage(&store, &secrets);
        lifecycle.setListing([this] { return model.listing(); });
        QObject::connect(&lifecycle, &DeviceWorkflow::ownCertificateChanged, &flow,
                         &ui::LoginFlow::offerToForgetPassword, Qt::QueuedConnection);
        window.setLifecycle(&lifecycle);
        window.show();
    }
    QString secret(const QString &entry)
    {
        std::optional<Result<QString, KeychainError>> out;
        QObject ctx;
        secrets.read(entry, &ctx, [&](Result<QString, KeychainError> r) { out.emplace(std::move(r)); });
        (void)test::waitUntil([&] { return out.has_value(); });
        return out && out->hasValue() ? out->value() : QString();
    }

    QSettings settings;
    AccountStore store;
    PasswordStore secrets;
    AccountSession session;
    CertificateListModel model;
    AccountController controller;
    DeviceWorkflow lifecycle;
    ui::MainWindow window;
    ui::LoginFlow flow;
};

} // namespace

class TestCertificateLoginFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void enrollDeclinePasswordRestartNeedsNoPrompt();
    void revokedCertificateOpensThePromptWithTheReason();

private:
    void storeAccount(const QString &ini, bool rememberPassword);

    test::ProsodyServer m_server;
    QTemporaryDir m_dir;
    QString m_jid;
};

void TestCertificateLoginFlow::initTestCase()
{
    QVERIFY2(m_server.start({true, {user + QLatin1Char(':') + password}}),
             qPrintable(m_server.errorString()));
    m_jid = m_server.jid(user);
}

// The account as a first password login stores it, with the server's key pinned (the stored account keeps no
// CA list) and the password remembered in the keychain if asked.
void TestCertificateLoginFlow::storeAccount(const QString &ini, bool rememberPassword)
{
    Start s(ini);
    StoredAccount account;
    const AccountSettings settings = m_server.settingsFor(user);
    account.jid = m_jid;
    account.host = settings.host;
    account.port = settings.port;
    QFile ca(m_server.caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    account.pinnedServerKey = parseCertificate(ca.readAll())->spkiSha256;
    account.rememberPassword = rememberPassword;
    s.store.save(account);
    bool written = false;
    QObject ctx;
    s.secrets.write(m_jid, rememberPassword ? password : QString(), &ctx,
                    [&](Status<KeychainError> r) { written = r.hasValue(); });
    QVERIFY(test::waitUntil([&] { return written; }));
}

void TestCertificateLoginFlow::enrollDeclinePasswordRestartNeedsNoPrompt()
{
    const QString ini = m_dir.filePath(QStringLiteral("fresh.ini"));
    storeAccount(ini, true);
    {
        Start s(ini);
        QSignalSpy listed(&s.controller, &AccountController::listingUpdated);
        s.flow.start(); // no certificate yet: the remembered password
        QVERIFY(listed.wait(15000));
        QCOMPARE(s.session.loginMethod(), LoginMethod::Password);
        QVERIFY(s.window.connectionText().endsWith(QStringLiteral(" · Logged in with the password")));
        QCOMPARE(s.secret(m_jid), password);

        // The question after enrolling: the default keeps the password; the person forgets it.
        QString defaultButton;
        int asked = 0;
        connect(&s.flow, &ui::LoginFlow::forgetPasswordQuestionOpened, this, [&](QMessageBox *question) {
            ++asked;
            defaultButton = question->defaultButton()->text();
            QTimer::singleShot(0, question, [question] {
                for (auto *button : question->buttons())
                    if (button->text() == QStringLiteral("Forget the password"))
                        button->click();
            });
        });
        EnrollRequest request;
        request.method = EnrollRequest::Method::ThisComputer;
        request.name = QStringLiteral("This laptop");
        std::optional<WorkflowOutcome> enrolled;
        s.lifecycle.enroll(request, this, [&](WorkflowOutcome r) { enrolled.emplace(std::move(r)); });
        QVERIFY(test::waitUntil([&] { return enrolled.has_value(); }, 30000));
        QVERIFY2(enrolled->confirmed(), qPrintable(outcomeText(*enrolled)));
        QTRY_COMPARE(asked, 1);
        QCOMPARE(defaultButton, QStringLiteral("Keep the password"));
        QTRY_VERIFY(s.secret(m_jid).isEmpty());
        QVERIFY(!s.store.load().rememberPassword);
    }

    // Restart: the certificate logs in, no dialog opens, the table fills.
    Start s(ini);
    QSignalSpy listed(&s.controller, &AccountController::listingUpdated);
    bool prompted = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (QApplication::activeModalWidget()) {
            prompted = true;
            QApplication::activeModalWidget()->close();
        }
    });
    watch.start(20);
    s.flow.start();
    QVERIFY(listed.wait(15000));
    QVERIFY(!prompted);
    QTRY_VERIFY(s.model.rowCount() > 0);
    keepScreenshot(&s.window, QStringLiteral("restart-certificate-login.png"));
    QCOMPARE(s.session.loginMethod(), LoginMethod::Certificate);
    QCOMPARE(s.window.connectionText(),
             QStringLiteral("Online as %1 · Logged in with this computer's certificate").arg(m_jid));
    QVERIFY(s.model.rowCount() > 0);
    QVERIFY(s.secret(m_jid).isEmpty()); // the password never came back to the keychain
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
}

void TestCertificateLoginFlow::revokedCertificateOpensThePromptWithTheReason()
{
    const QString ini = m_dir.filePath(QStringLiteral("fresh.ini")); // enrolled above, password forgotten
    {
        Start s(ini);
        QSignalSpy listed(&s.controller, &AccountController::listingUpdated);
        s.controller.logIn(m_server.settingsFor(user), password);
        QVERIFY(listed.wait(15000));
        const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            s.controller.service()->revoke(QStringLiteral("This laptop"), c, done);
        });
        QVERIFY(r && r->hasValue());
    }
    Start s(ini);
    QString shown;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        auto *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel")))
            shown = label->text();
        keepScreenshot(dialog, QStringLiteral("revoked-certificate-prompt.png"));
        dialog->close();
    });
    watch.start(20);
    s.flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QCOMPARE(shown,
             QStringLiteral("This computer's certificate was revoked or disabled — log in with the password "
                            "to enroll it again."));
}

QTEST_MAIN(TestCertificateLoginFlow)
#include "tst_CertificateLoginFlow.moc"
