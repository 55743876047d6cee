// Certdeck: the desktop application.
#include "DesktopApp.h"
#include "crypto/SelfTest.h"
#include "util/BoundedFile.h"
#include "util/Translations.h"
#include "util/Version.h"
#include "xmpp/AccountOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include <optional>

namespace {

struct StartOptions
{
    certdeck::AccountSettings account;
    QString passwordFile;
};

// Command-line options let scripts (the demo, tests) start Certdeck logged in; people use the dialog.
void defineOptions(QCommandLineParser &parser, const certdeck::AccountOptions &accountOptions)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage your devices' XMPP client certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    accountOptions.addTo(parser);
}

// --version and --help answer in a terminal, with no display and no window system.
std::optional<int> answerWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("certdeck %s\n", certdeck::versionString);
            return 0;
        }
        if (arg == "--help" || arg == "-h" || arg == "--help-all") {
            QCoreApplication core(argc, argv);
            QCommandLineParser parser;
            const certdeck::AccountOptions accountOptions;
            defineOptions(parser, accountOptions);
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
    }
    return std::nullopt;
}

std::optional<StartOptions> parseArguments(QApplication &app, QString *error)
{
    QCommandLineParser parser;
    const certdeck::AccountOptions accountOptions;
    defineOptions(parser, accountOptions);
    parser.process(app);

    auto account = accountOptions.read(parser);
    if (!account) {
        *error = account.error();
        return std::nullopt;
    }
    StartOptions options;
    options.account = std::move(account).value();
    options.passwordFile = accountOptions.passwordFile(parser);
    return options;
}

// The first line, without its line ending (LF or CRLF); bounded, and never a pipe that would block the start.
QString readPasswordFile(const QString &path)
{
    const auto bytes = certdeck::readFileCapped(path, 4096);
    if (!bytes)
        return {};
    QString line = QString::fromUtf8(bytes.value()).section(QLatin1Char('\n'), 0, 0);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const auto answered = answerWithoutDisplay(argc, argv))
        return *answered;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Certdeck"));
    QApplication::setApplicationVersion(QString::fromLatin1(certdeck::versionString));
    QApplication::setOrganizationName(QStringLiteral("Certdeck"));
    QApplication::setDesktopFileName(QString::fromLatin1(certdeck::applicationId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/certdeck/icons/certdeck.svg")));
    // The language chosen in the settings, else the system's; dates and numbers follow the chosen one too.
    // Without a choice that is the system locale, already the default: setting it again changes nothing.
    const QLocale locale = certdeck::preferredLocale();
    QLocale::setDefault(locale);
    certdeck::installTranslations(locale);

    // Before anything else: if OpenSSL fails its known answers, no key may be made or checked.
    if (auto selfTest = certdeck::runCryptoSelfTest(); !selfTest) {
        QMessageBox::critical(nullptr, QStringLiteral("Certdeck"), selfTest.error());
        return 1;
    }

    QString error;
    const auto options = parseArguments(app, &error);
    if (!options) {
        // A fatal start-up failure: the only place Certdeck uses a modal box for an error.
        QMessageBox::critical(nullptr, QStringLiteral("Certdeck"), error);
        return 2;
    }

    certdeck::ui::DesktopApp desktop;
    auto &window = desktop.window();
    auto &controller = desktop.controller();

    // For the start-up benchmark: say when the window is shown and when the table is first filled.
    // "quit" ends the program once the window is shown; "login" once the login dialog is open (a first run):
    // the clean-root package test starts the GUI those ways. "filled" ends it once the device list is first
    // filled: the README test starts the demo that way.
    if (qEnvironmentVariableIsSet("CERTDECK_STARTUP_PROBE")) {
        const bool quit = qgetenv("CERTDECK_STARTUP_PROBE") == "quit";
        const bool untilFilled = qgetenv("CERTDECK_STARTUP_PROBE") == "filled";
        if (qgetenv("CERTDECK_STARTUP_PROBE") == "login")
            QObject::connect(&desktop.loginFlow(), &certdeck::ui::LoginFlow::loginDialogOpened, &window,
                             [](QWidget *dialog) {
                                 std::printf("probe: login dialog: %s\n", qPrintable(dialog->windowTitle()));
                                 std::fflush(stdout);
                                 QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
                             });
        QTimer::singleShot(0, &window, [quit] {
            std::printf("probe: shown (%s)\n", qPrintable(QApplication::platformName()));
            std::fflush(stdout);
            if (quit)
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
        QObject::connect(&controller, &certdeck::AccountController::listingUpdated, &window, [untilFilled] {
            std::puts("probe: filled");
            std::fflush(stdout);
            if (untilFilled)
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
    }
    const QString password =
        options->passwordFile.isEmpty() ? QString() : readPasswordFile(options->passwordFile);
    desktop.start(options->account, password);
    return QApplication::exec();
}
