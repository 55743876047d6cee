#include "CliOptions.h"

#include "util/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace certdeck::cli {
namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(message));
    std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("certdeck-cli", "Try 'certdeck-cli --help'.")));
    return ExitUsage;
}

} // namespace

Result<CliOptions, int> parseOptions(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("certdeck-cli", "Manage the client certificates of an XMPP account (XEP-0257).\n\n"
           "Commands:\n"
           "  list            list the account's certificates"));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("certdeck-cli", "The command to run."));
    const QCommandLineOption jid(QStringLiteral("jid"), QCoreApplication::translate("certdeck-cli", "The account's address (user@example.org)."),
                                 QStringLiteral("jid"));
    const QCommandLineOption host(QStringLiteral("host"), QCoreApplication::translate("certdeck-cli", "Connect to this host instead of the JID's domain."),
                                  QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("certdeck-cli", "Connect to this port."), QStringLiteral("port"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QCoreApplication::translate("certdeck-cli", "Also trust the server certificate(s) in this PEM file."),
                                    QStringLiteral("file"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QCoreApplication::translate("certdeck-cli", "Read the password from the first line of this file."),
                                          QStringLiteral("file"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         QCoreApplication::translate("certdeck-cli", "Read the password from this environment variable."),
                                         QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("certdeck-cli", "Print machine-readable JSON."));
    parser.addOptions({jid, host, port, caFile, passwordFile, passwordEnv, json});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    if (!parser.parse(argv))
        return fail(usageError(parser.errorText()));
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return fail(int(ExitOk));
    }
    if (parser.isSet(version)) {
        std::printf("certdeck-cli %s\n", versionString);
        return fail(int(ExitOk));
    }

    CliOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(usageError(QCoreApplication::translate("certdeck-cli", "No command given.")));
    options.command = positional.first();
    options.arguments = positional.mid(1);
    if (options.command != QLatin1String("list"))
        return fail(usageError(QCoreApplication::translate("certdeck-cli", "Unknown command: %1").arg(options.command)));
    if (!parser.isSet(jid))
        return fail(usageError(QCoreApplication::translate("certdeck-cli", "--jid is required.")));
    options.account.jid = parser.value(jid);
    options.account.host = parser.value(host);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(usageError(QCoreApplication::translate("certdeck-cli", "--port must be a number from 1 to 65535.")));
        options.account.port = static_cast<quint16>(value);
    }
    if (parser.isSet(caFile)) {
        QFile file(parser.value(caFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(usageError(QCoreApplication::translate("certdeck-cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        options.account.trustedCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.account.trustedCertificates.isEmpty())
            return fail(usageError(QCoreApplication::translate("certdeck-cli", "%1 holds no PEM certificate.").arg(file.fileName())));
    }
    options.password.file = parser.value(passwordFile);
    options.password.envVar = parser.value(passwordEnv);
    options.json = parser.isSet(json);
    return options;
}

} // namespace certdeck::cli
