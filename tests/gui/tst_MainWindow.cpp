// The main window, offscreen, against a real Prosody.
#include "BannerWidget.h"
#include "MainWindow.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"

#include "util/Translations.h"
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

#include <QtTest>

using namespace certdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheAccountsCertificates();
    void unsupportedServerShowsAMessage();
    void wrongPasswordShowsABanner();

private:
    test::ProsodyServer m_server;
};

void TestMainWindow::initTestCase()
{
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    const QString jid = m_server.jid(QStringLiteral("alice"));
    const struct
    {
        const char *name;
        int from, to;
    } devices[] = {{"Phone", -80, 10}, {"Laptop", -5, 360}, {"Old tablet", -400, -2}};
    for (const auto &d : devices) {
        const auto cred = test::makeCredential(QString::fromLatin1(d.name), jid, d.from, d.to);
        const auto ok = test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(QString::fromLatin1(d.name), cred.certificate.der, false, c, done);
        });
        QVERIFY(ok && ok->hasValue());
    }
}

void TestMainWindow::showsTheAccountsCertificates()
{
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    QVERIFY(updated.wait(10000));

    auto *table = window.findChild<QTableView *>(QStringLiteral("table"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
    QVERIFY(table && stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tablePage"));
    QCOMPARE(table->model()->rowCount(), 3);
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        names << table->model()->index(r, CertificateListModel::NameColumn).data().toString();
    // Sorted by expiry: the expired one first.
    QCOMPARE(names,
             (QStringList{QStringLiteral("Old tablet"), QStringLiteral("Phone"), QStringLiteral("Laptop")}));
    QCOMPARE(table->model()->index(1, CertificateListModel::DaysLeftColumn).data().toString(),
             QStringLiteral("in 9 days"));
    QCOMPARE(window.summaryText(),
             QStringLiteral("3 devices · 1 expiring within 30 days · 1 expired · 0 other sessions online"));

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("lap"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("messagePage"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::unsupportedServerShowsAMessage()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {QStringLiteral("bob:pw")}}), qPrintable(plain.errorString()));
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    controller.logIn(plain.settingsFor(QStringLiteral("bob")), QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.phase(), AccountController::Phase::Unsupported, 10000);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("messagePage"));
    QVERIFY(label->text().contains(QStringLiteral("does not support client certificates")));
    QVERIFY(label->text().contains(QStringLiteral("mod_client_certs")));
}

void TestMainWindow::wrongPasswordShowsABanner()
{
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    QVERIFY(banner);
    QVERIFY(banner->text().isEmpty());
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("nope"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 10000);
    QCOMPARE(banner->level(), ui::BannerWidget::Level::Error);
    QVERIFY(banner->text().contains(QStringLiteral("password")));
    QCOMPARE(controller.phase(), AccountController::Phase::Offline);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
