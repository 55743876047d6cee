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
    // A password option means the password; otherwise this computer's certificate comes first.
    const bool passwordGiven = !options->password.file.isEmpty() || !options->password.envVar.isEmpty();
    const bool certificateForced = options->certificateLogin;
    QString password;
    if (passwordGiven) {
        auto read = certdeck::cli::readPassword(options->password);
        if (!read) {
            std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(read.error()));
            return certdeck::cli::ExitUsage;
        }
        password = std::move(read).value();
    }
    certdeck::cli::CliRunner runner(std::move(options).value());
    if (!runner.prepare())
        return runner.exitCode();
    if (passwordGiven)
        runner.start(password);
    else
        runner.startWithCertificate(certificateForced);
    const int code = QCoreApplication::exec();
    // A listing's certificates may still be parsing on pool threads when a command ends (a lost connection);
    // let them finish before the process tears down, instead of exiting under their feet.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
