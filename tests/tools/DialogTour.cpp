// certdeck-tour: opens every window and dialog in every language against a throwaway Prosody and takes a
// screenshot of the whole screen after each, for a person to look at (clipped or untranslated text).
//   xvfb-run -s "-screen 0 1280x800x24" build/dev/tests/certdeck-tour [--dark] OUT_DIR [LANGUAGE...]
// --dark: the Fusion style with a dark palette, as a dark desktop theme gives it.
// Needs ImageMagick's `import`. A tool for looking, not a test: it asserts nothing.
#include "ActivityPanel.h"
#include "ConnectDialog.h"
#include "DarkPalette.h"
#include "EnrollWizard.h"
#include "LostDeviceDialog.h"
#include "MainWindow.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "RotateDialog.h"
#include "SessionHelpers.h"
#include "TestApp.h"
#include "TrustDialog.h"
#include "storage/ActivityLog.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace certdeck;

namespace {

QString g_out;

void shoot(const QString &name)
{
    QTest::qWait(300); // let the window manager-less X server draw
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    std::printf("%s\n", qPrintable(file));
}

// Shows a dialog that is run with exec() by `open`, shoots it, and closes it.
void shootModal(const QString &name, const std::function<void()> &open)
{
    QTimer::singleShot(0, [name] {
        (void)test::waitUntil([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
        if (QWidget *modal = QApplication::activeModalWidget()) {
            shoot(name);
            modal->close();
        }
    });
    open();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--dark")) {
        args.removeFirst();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(test::darkPalette());
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: certdeck-tour [--dark] OUT_DIR [LANGUAGE...]\n");
        return 2;
    }
    g_out = args.takeFirst();
    QDir().mkpath(g_out);
    const QStringList languages = args.isEmpty() ? availableLanguages() : args;

    test::ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir home;
    test::TestApp a(home.filePath(QStringLiteral("settings.ini")));
    ActivityLog log(home.filePath(QStringLiteral("activity.jsonl")));
    log.attach(a.controller.service(), &a.session);
    if (!a.logIn(server))
        return 1;
    const QString jid = server.jid(QStringLiteral("alice"));
    const auto add = [&](const QString &name, int from, int to) {
        const auto cred = test::makeCredential(name, jid, from, to);
        (void)test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            a.controller.service()->append(name, cred.certificate.der, false, c, done);
        });
        return cred;
    };
    add(QStringLiteral("Laptop · 2026-11"), -10, 355);
    add(QStringLiteral("Tablet"), -300, 10);

    for (const QString &language : languages) {
        installTranslations(QLocale(language));
        const QString p = language + QLatin1Char('-');
        ui::MainWindow window(&a.controller, &a.model);
        window.setActivityLog(&log);
        window.setLifecycle(&a.lifecycle);
        window.resize(1100, 700);
        window.show();
        window.findChild<QDockWidget *>(QStringLiteral("activityDock"))->show();
        window.findChild<ui::ActivityPanel *>()->setShowAllAccounts(true);
        window.showNotice(NoticeLevel::Error, QStringLiteral("An error banner"));
        shoot(p + QStringLiteral("01-main-window"));

        ui::ConnectDialog connect;
        connect.show();
        shoot(p + QStringLiteral("02-connect"));
        connect.close();

        ServerIdentity identity{QStringLiteral("CN=localhost"),
                                QStringLiteral("CN=Test CA"),
                                QDateTime::currentDateTimeUtc().addDays(-1),
                                QDateTime::currentDateTimeUtc().addDays(90),
                                QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"),
                                {},
                                {QStringLiteral("The certificate is self-signed.")},
                                {}};
        ui::TrustDialog trust(jid, identity);
        trust.show();
        shoot(p + QStringLiteral("03-trust"));
        trust.close();

        ui::EnrollWizard wizard(&a.controller, &a.lifecycle);
        wizard.show();
        wizard.findChild<QLineEdit *>()->setText(QStringLiteral("Phone ") + language);
        shoot(p + QStringLiteral("04-enroll-name"));
        wizard.next();
        shoot(p + QStringLiteral("05-enroll-options"));
        wizard.next();
        shoot(p + QStringLiteral("06-enroll-file"));
        wizard.close();

        ui::RotateDialog rotateOne({QStringLiteral("Tablet")});
        rotateOne.show();
        shoot(p + QStringLiteral("07-rotate-one"));
        rotateOne.close();
        ui::RotateDialog rotateMany({QStringLiteral("Tablet"), QStringLiteral("Laptop · 2026-11")});
        rotateMany.show();
        shoot(p + QStringLiteral("08-rotate-many"));
        rotateMany.close();

        const QString lost = QStringLiteral("Phone · lost ") + language;
        const auto cred = add(lost, -1, 90);
        test::Phone phone(server, cred, QStringLiteral("phone-") + language);
        phone.start();
        (void)phone.waitFor(QStringLiteral("bound"));
        (void)test::waitUntil([&] { return a.model.rowOf(lost) >= 0; });
        ui::LostDeviceDialog dialog(&a.controller, &a.model, lost);
        dialog.show();
        shoot(p + QStringLiteral("09-lost-confirm"));
        dialog.findChild<QLineEdit *>(QString::fromLatin1(ui::LostDeviceDialog::confirmEditName))
            ->setText(lost);
        dialog.findChild<QPushButton *>(QString::fromLatin1(ui::LostDeviceDialog::revokeButtonName))->click();
        (void)test::waitUntil([&] { return dialog.succeeded(); });
        shoot(p + QStringLiteral("10-lost-result"));
        dialog.close();

        shootModal(p + QStringLiteral("11-disable"), [&] { window.disableDevice(QStringLiteral("Tablet")); });
        (void)test::waitUntil([] { return QApplication::activeModalWidget() == nullptr; });
        shoot(p + QStringLiteral("12-main-after"));
    }
    return 0;
}
