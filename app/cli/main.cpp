// certdeck-cli: the command-line face of certdeck_core.
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "cli/NewDevicesCommand.h"
#include "crypto/SelfTest.h"
#include "util/Translations.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the GUI: both share the activity log.
    QCoreApplication::setApplicationName(QStringLiteral("Certdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Certdeck"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(certdeck::versionString));
    certdeck::installTranslations();

    if (auto selfTest = certdeck::runCryptoSelfTest(); !selfTest) {
        std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(selfTest.error()));
        return certdeck::cli::ExitFailure;
    }
    auto options = certdeck::cli::parseOptions(QCoreApplication::arguments());
    if (!options)
        return options.error();
    if (options->command == QLatin1String("acknowledge")) // local: no server, no password
        return certdeck::cli::acknowledgeDevice(*options);
    auto password = certdeck::cli::readPassword(options->password);
    if (!password) {
        std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(password.error()));
        return certdeck::cli::ExitUsage;
    }
    certdeck::cli::CliRunner runner(std::move(options).value());
    if (!runner.prepare())
        return runner.exitCode();
    runner.start(password.value());
    const int code = QCoreApplication::exec();
    // A listing's certificates may still be parsing on pool threads when a command ends (a lost connection);
    // let them finish before the process tears down, instead of exiting under their feet.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
