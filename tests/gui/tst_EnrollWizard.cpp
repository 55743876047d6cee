// The enroll wizard's pages, driven offscreen, against Prosody; slixmpp logs in with what it produced.
#include "EnrollWizard.h"
#include "MainWindow.h"
#include "Phone.h"
#include "Pkcs12Structure.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestApp.h"
#include "controller/AccountController.h"
#include "crypto/Pkcs12.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "util/Translations.h"
#include "workflow/DeviceWorkflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

namespace {

using App = test::TestApp;

template<typename T> T *find(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

bool finished(ui::EnrollWizard &wizard)
{
    return test::waitUntil([&] { return wizard.currentPage()->isComplete(); }, 60000);
}

} // namespace

class TestEnrollWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newDeviceThroughTheWizard();
    void olderAndroidPhoneByDefault();
    void ownPasswordOutsideAsciiIsWarned();
    void passwordFieldsStayPutWhileTyping();
    void importedCertificateIsCheckedBeforeUpload();
    void thisComputerGetsTheMarker();
    void rotateAllDueMakesLinkedPairs();

private:
    test::ProsodyServer m_server;
    QTemporaryDir m_dir;
};

void TestEnrollWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestEnrollWizard::newDeviceThroughTheWizard()
{
    App app(m_dir.filePath(QStringLiteral("a.ini")));
    QVERIFY(app.logIn(m_server));
    {
        ui::EnrollWizard first(&app.controller, &app.lifecycle);
        first.show();
        auto *name = find<QLineEdit>(&first, "deviceName");
        QCOMPARE(name->text(),
                 DeviceWorkflow::suggestedName(QStringLiteral("Phone"), QDate::currentDate(), {}));
        first.next();
        QCOMPARE(first.currentId(), int(ui::EnrollWizard::DevicePage));
        QVERIFY(!first.currentPage()->isComplete());    // the device must be named
        find<QRadioButton>(&first, "device3")->click(); // a desktop client
        QVERIFY(first.currentPage()->isComplete());
        first.next();
        QCOMPARE(first.currentId(), int(ui::EnrollWizard::OptionsPage));
        QCOMPARE(find<QComboBox>(&first, "keyType")->count(), 3); // desktops take Ed25519 too
        find<QComboBox>(&first, "validity")->setCurrentIndex(0);  // 90 days
        first.next();
        QCOMPARE(first.currentId(), int(ui::EnrollWizard::ExportPage));
        QVERIFY(first.currentPage()->isComplete()); // a suggested file and a generated password
        const QString p12 = m_dir.filePath(QStringLiteral("phone.p12"));
        find<QLineEdit>(&first, "p12Path")->setText(p12);
        find<QCheckBox>(&first, "ownPassword")->setChecked(true);
        QVERIFY(!first.currentPage()->isComplete());
        QTest::keyClicks(find<QLineEdit>(&first, "p12Password"), QStringLiteral("short"));
        QVERIFY(!first.currentPage()->isComplete());
        QVERIFY(find<QLabel>(&first, "p12Hint")->text().contains(QStringLiteral("at least 8")));
        find<QLineEdit>(&first, "p12Password")->setText(QStringLiteral("Correct-Horse-42"));
        find<QLineEdit>(&first, "p12Repeat")->setText(QStringLiteral("Correct-Horse-41"));
        QVERIFY(!first.currentPage()->isComplete());
        find<QLineEdit>(&first, "p12Repeat")->setText(QStringLiteral("Correct-Horse-42"));
        QVERIFY(first.currentPage()->isComplete());
        QVERIFY(find<QLabel>(&first, "p12Hint")->text().contains(QStringLiteral("strong")));
        first.next();
        QCOMPARE(first.currentId(), int(ui::EnrollWizard::ResultPage));
        QVERIFY(finished(first));
        QVERIFY2(first.succeeded(), qPrintable(first.resultText()));
        QTRY_VERIFY(app.model.rowOf(name->text()) >= 0);
        const SaslCertItem *item = app.model.itemAt(app.model.rowOf(name->text()));
        QCOMPARE(item->certificate.notBefore.daysTo(item->certificate.notAfter), 90);

        QFile f(p12);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto cred = importPkcs12(f.readAll(), SecretBytes("Correct-Horse-42"));
        QVERIFY(cred.hasValue());
        test::Phone phone(m_server, *cred, QStringLiteral("wizard-phone"));
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
    }
    // A second wizard suggests a free name, and refuses a taken one before anything is sent.
    ui::EnrollWizard second(&app.controller, &app.lifecycle);
    second.show();
    auto *name = find<QLineEdit>(&second, "deviceName");
    QVERIFY(name->text().endsWith(QStringLiteral("(2)")));
    name->setText(DeviceWorkflow::suggestedName(QStringLiteral("Phone"), QDate::currentDate(), {}));
    QVERIFY(!second.currentPage()->isComplete());
    QVERIFY(find<QLabel>(&second, "nameProblem")->text().contains(QStringLiteral("already exists")));
    // The core's device-name rules, in the core's words (issue 15): a bidi control, a look-alike, too long.
    name->setText(QStringLiteral("Phone\u202Eenohp"));
    QVERIFY(!second.currentPage()->isComplete());
    QCOMPARE(
        find<QLabel>(&second, "nameProblem")->text(),
        QStringLiteral("The device name contains an invisible or control character (\\u202E). Use letters, "
                       "digits, spaces and punctuation only."));
    name->setText(DeviceWorkflow::suggestedName(QStringLiteral("Phone"), QDate::currentDate(), {}).toUpper());
    QVERIFY(!second.currentPage()->isComplete());
    QVERIFY(find<QLabel>(&second, "nameProblem")->text().contains(QStringLiteral("is too similar to")));
    name->setText(QString(65, QLatin1Char('x')));
    QCOMPARE(find<QLabel>(&second, "nameProblem")->text(),
             QStringLiteral("The device name is longer than 64 characters."));
    name->setText(QStringLiteral("Tablet"));
    QVERIFY(second.currentPage()->isComplete());
}

void TestEnrollWizard::olderAndroidPhoneByDefault()
{
    App app(m_dir.filePath(QStringLiteral("older.ini")));
    QVERIFY(app.logIn(m_server));
    ui::EnrollWizard wizard(&app.controller, &app.lifecycle);
    wizard.show();
    const QString name = find<QLineEdit>(&wizard, "deviceName")->text();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::DevicePage));
    find<QRadioButton>(&wizard, "device1")->click(); // Android 8 to 13
    QCOMPARE(
        find<QLabel>(&wizard, "deviceNote")->text(),
        QStringLiteral("The file will use the older encoding these devices read (3DES, SHA-1), protected "
                       "by a generated password."));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::OptionsPage));
    auto *keyType = find<QComboBox>(&wizard, "keyType");
    QCOMPARE(keyType->count(), 2); // no Ed25519 for phones
    QCOMPARE(KeyType(keyType->currentData().toInt()), KeyType::EcP256);
    QCOMPARE(find<QLabel>(&wizard, "keyTypeNote")->text(),
             QStringLiteral("Ed25519 is not offered: Android phones, iPhones and Macs cannot import it."));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::ExportPage));
    QCOMPARE(find<QLabel>(&wizard, "p12Format")->text(),
             QStringLiteral("Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)"));
    QVERIFY(!find<QCheckBox>(&wizard, "ownPassword")->isEnabled()); // a generated password only
    const QString password = find<QLineEdit>(&wizard, "generatedPassword")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-hjkmnp-z2-9]{7}(-[a-hjkmnp-z2-9]{7}){2}$"))
                 .match(password)
                 .hasMatch(),
             qPrintable(password));
    QCOMPARE(
        find<QLabel>(&wizard, "passwordAdvice")->text(),
        QStringLiteral("Note it now: it is shown only here. Type it on the device when it asks, and pass "
                       "it on separately from the file (say it, or send it another way)."));
    find<QPushButton>(&wizard, "copyPassword")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    const QString p12 = m_dir.filePath(QStringLiteral("older-android.p12"));
    find<QLineEdit>(&wizard, "p12Path")->setText(p12);
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QVERIFY(finished(wizard));
    QVERIFY2(wizard.succeeded(), qPrintable(wizard.resultText()));
    QTRY_VERIFY(app.model.rowOf(name) >= 0);
    bool androidSteps = false;
    for (const QLabel *label : wizard.findChildren<QLabel *>())
        androidSteps |=
            label->isVisible() &&
            label->text().contains(QStringLiteral(
                "Open Settings → Security → Encryption & credentials → Install a certificate → VPN & "
                "app user certificate, choose the file, type its password and keep the name."));
    QVERIFY(androidSteps);

    // The file is what Android 8 to 13 read: 3DES bags and a SHA-1 MAC; the device logs in with its key.
    QFile f(p12);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto structure = test::inspectPkcs12(bytes, password.toLatin1());
    QVERIFY2(structure.error.isEmpty(), qPrintable(structure.error));
    QCOMPARE(structure.macDigest, QStringLiteral("SHA1"));
    for (const auto &bag : structure.bags)
        QCOMPARE(bag.encryption, QStringLiteral("PBE-SHA1-3DES"));
    QCOMPARE(structure.bags.size(), 2);
    const auto cred = importPkcs12(bytes, SecretBytes(password.toLatin1()));
    QVERIFY(cred.hasValue());
    QCOMPARE(cred->certificate.keyDescription(), QStringLiteral("EC P-256"));
    test::Phone phone(m_server, *cred, QStringLiteral("older-android"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
}

void TestEnrollWizard::ownPasswordOutsideAsciiIsWarned()
{
    App app(m_dir.filePath(QStringLiteral("ascii.ini")));
    QVERIFY(app.logIn(m_server));
    ui::EnrollWizard wizard(&app.controller, &app.lifecycle);
    wizard.show();
    wizard.next();
    find<QRadioButton>(&wizard, "device0")->click(); // Android 14 or newer: the current encoding
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::ExportPage));
    QCOMPARE(find<QLabel>(&wizard, "p12Format")->text(),
             QStringLiteral("Current phones and computers: Android 14, iOS 18, macOS 15 or newer, and "
                            "desktop clients (AES-256, SHA-256)"));
    auto *own = find<QCheckBox>(&wizard, "ownPassword");
    QVERIFY(own->isEnabled());
    own->setChecked(true);
    const QString warning = QStringLiteral(
        "⚠ Some phones and programs cannot open a file whose password has characters other than the letters "
        "A–Z, digits and common symbols (such as ü or é).");
    find<QLineEdit>(&wizard, "p12Password")->setText(QStringLiteral("Correct-Horse-42"));
    QVERIFY(!find<QLabel>(&wizard, "p12Hint")->text().contains(warning));
    find<QLineEdit>(&wizard, "p12Password")->setText(QString::fromUtf8("Grüße-Tür 42"));
    find<QLineEdit>(&wizard, "p12Repeat")->setText(QString::fromUtf8("Grüße-Tür 42"));
    QVERIFY(find<QLabel>(&wizard, "p12Hint")->text().endsWith(warning));
    find<QLineEdit>(&wizard, "p12Path")->setText(m_dir.filePath(QStringLiteral("unused.p12")));
    QVERIFY(wizard.currentPage()->isComplete()); // a warning, not a refusal
}

// Issue 34, point 9: the Password and Repeat fields jumped while typing, as the hint line under them grew
// and shrank, so a click meant for one field landed in the other.
void TestEnrollWizard::passwordFieldsStayPutWhileTyping()
{
    App app(m_dir.filePath(QStringLiteral("jump.ini")));
    QVERIFY(app.logIn(m_server));
    ui::EnrollWizard wizard(&app.controller, &app.lifecycle);
    wizard.resize(640, 560);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    find<QRadioButton>(&wizard, "device0")->click();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::ExportPage));
    find<QLineEdit>(&wizard, "p12Path")->setText(m_dir.filePath(QStringLiteral("jump.p12")));
    QTest::mouseClick(find<QCheckBox>(&wizard, "ownPassword"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(find<QCheckBox>(&wizard, "ownPassword")->isChecked());
    auto *password = find<QLineEdit>(&wizard, "p12Password");
    auto *repeat = find<QLineEdit>(&wizard, "p12Repeat");
    const auto places = [&] {
        // Every pending layout pass done: rows shown or hidden settle over more than one.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        return QPair<int, int>(password->mapTo(&wizard, QPoint(0, 0)).y(),
                               repeat->mapTo(&wizard, QPoint(0, 0)).y());
    };
    const auto before = places();
    QSet<QString> hints;
    // Short, then long and differing, then the same, then a character outside ASCII: the hint changes each
    // time.
    for (const QString &typed : {QStringLiteral("Cor"), QStringLiteral("rect-Horse-42")}) {
        QTest::keyClicks(password, typed);
        hints << find<QLabel>(&wizard, "p12Hint")->text();
        QCOMPARE(places(), before);
    }
    QTest::keyClicks(repeat, QStringLiteral("Correct-Horse-42"));
    hints << find<QLabel>(&wizard, "p12Hint")->text();
    QCOMPARE(places(), before);
    // "ü" as a German keyboard sends it (QTest's key tables know ASCII only).
    for (QLineEdit *edit : {password, repeat}) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Udiaeresis, Qt::NoModifier, QString::fromUtf8("ü"));
        QCoreApplication::sendEvent(edit, &press);
    }
    hints << find<QLabel>(&wizard, "p12Hint")->text();
    QCOMPARE(places(), before);
    QVERIFY(hints.size() >= 3); // the hint did change
}

void TestEnrollWizard::importedCertificateIsCheckedBeforeUpload()
{
    App app(m_dir.filePath(QStringLiteral("b.ini")));
    QVERIFY(app.logIn(m_server));
    const QString jid = m_server.jid(QStringLiteral("alice"));
    ui::EnrollWizard wizard(&app.controller, &app.lifecycle);
    wizard.show();
    find<QLineEdit>(&wizard, "deviceName")->setText(QStringLiteral("Gajim desktop"));
    find<QRadioButton>(&wizard, "method1")->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::ImportPage));

    const auto other = test::makeCredential(QStringLiteral("Bob"), QStringLiteral("bob@localhost"), -1, 90);
    QFile bad(m_dir.filePath(QStringLiteral("bob.pem")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(other.certificate.pem());
    bad.close();
    wizard.setImportFile(bad.fileName());
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(find<QLabel>(&wizard, "importReport")->text().contains(QStringLiteral("not for this account")));

    wizard.setImportFile(m_dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!wizard.currentPage()->isComplete());

    const auto mine = test::makeCredential(QStringLiteral("Gajim"), jid, -1, 10);
    QFile good(m_dir.filePath(QStringLiteral("gajim.der")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(mine.certificate.der);
    good.close();
    wizard.setImportFile(good.fileName());
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(find<QLabel>(&wizard, "importReport")
                ->text()
                .contains(QStringLiteral("expires soon"))); // a warning only
    wizard.next();
    QVERIFY(finished(wizard));
    QVERIFY2(wizard.succeeded(), qPrintable(wizard.resultText()));
    QTRY_VERIFY(app.model.rowOf(QStringLiteral("Gajim desktop")) >= 0);
}

void TestEnrollWizard::thisComputerGetsTheMarker()
{
    App app(m_dir.filePath(QStringLiteral("c.ini")));
    QVERIFY(app.logIn(m_server));
    ui::EnrollWizard wizard(&app.controller, &app.lifecycle);
    wizard.show();
    find<QLineEdit>(&wizard, "deviceName")->setText(QStringLiteral("Workstation"));
    auto *thisComputer = find<QRadioButton>(&wizard, "method2");
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // On the round button itself: a row stretched wider than its words takes no click at its centre.
    QTest::mouseClick(thisComputer, Qt::LeftButton, {}, QPoint(8, thisComputer->height() / 2));
    QVERIFY(find<QRadioButton>(&wizard, "method2")->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::OptionsPage));
    // Issue 34, point 11: this computer is the one that manages, so "may manage" is ticked for it.
    QVERIFY(find<QCheckBox>(&wizard, "mayManage")->isChecked());
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::EnrollWizard::ResultPage));
    QVERIFY(finished(wizard));
    QVERIFY2(wizard.succeeded(), qPrintable(wizard.resultText()));
    // The result page says how it ended and offers nothing to cancel.
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Enrolled"));
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QTRY_VERIFY(app.model.rowOf(QStringLiteral("Workstation")) >= 0);
    QCOMPARE(
        app.model.index(app.model.rowOf(QStringLiteral("Workstation")), CertificateListModel::ManageColumn)
            .data()
            .toString(),
        QStringLiteral("Yes"));
    const QModelIndex name =
        app.model.index(app.model.rowOf(QStringLiteral("Workstation")), CertificateListModel::NameColumn);
    QVERIFY(name.data(CertificateListModel::OwnRole).toBool());
    QCOMPARE(name.data().toString(), QStringLiteral("Workstation (this computer)"));
}

void TestEnrollWizard::rotateAllDueMakesLinkedPairs()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    App app(m_dir.filePath(QStringLiteral("d.ini")));
    QVERIFY(app.logIn(server));
    const QString jid = server.jid(QStringLiteral("alice"));
    for (const auto &[name, from, to] :
         {std::tuple{"Old phone", -70, 20}, {"Watch", -88, 2}, {"Laptop", -5, 300}}) {
        const auto cred = test::makeCredential(QString::fromLatin1(name), jid, from, to);
        const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            app.controller.service()->append(QString::fromLatin1(name), cred.certificate.der, false, c, done);
        });
        QVERIFY(r && r->hasValue());
    }
    QTRY_COMPARE(app.model.rowCount(), 3);
    ui::MainWindow window(&app.controller, &app.model);
    window.setLifecycle(&app.lifecycle);
    connect(&app.lifecycle, &DeviceWorkflow::rotationLinksChanged, &app.model,
            [&] { app.model.setRotationLinks(app.store.rotationLinks()); });
    QStringList due = window.dueForRotation();
    due.sort(); // the server lists in no particular order
    QCOMPARE(due, (QStringList{QStringLiteral("Old phone"), QStringLiteral("Watch")}));

    const QString folder = m_dir.filePath(QStringLiteral("rotation"));
    QTimer::singleShot(0, this, [folder] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        find<QLineEdit>(dialog, "p12Path")->setText(folder);
        find<QLineEdit>(dialog, "p12Password")->setText(QStringLiteral("rotation password"));
        find<QLineEdit>(dialog, "p12Repeat")->setText(QStringLiteral("rotation password"));
        static_cast<QDialog *>(dialog)->accept();
    });
    window.rotateAllDue();
    QTRY_COMPARE_WITH_TIMEOUT(app.store.rotationLinks().size(), 2, 30000);
    const auto links = app.store.rotationLinks();
    QVERIFY(links.contains(QStringLiteral("Old phone")) && links.contains(QStringLiteral("Watch")));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    QTRY_VERIFY(app.model.rowOf(links.value(QStringLiteral("Watch"))) >= 0);
    const SaslCertItem *old = app.model.itemAt(app.model.rowOf(QStringLiteral("Watch")));
    QCOMPARE(app.model.statusText(*old),
             QStringLiteral("Being replaced by “%1”").arg(links.value(QStringLiteral("Watch"))));
    QVERIFY(window.dueForRotation().isEmpty()); // pairs in progress are not due again
}

QTEST_MAIN(TestEnrollWizard)
#include "tst_EnrollWizard.moc"
