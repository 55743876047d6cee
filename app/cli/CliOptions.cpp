#include "CliOptions.h"

#include "util/Version.h"
#include "xmpp/AccountOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace certdeck::cli {
namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(message));
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("certdeck-cli", "Try 'certdeck-cli --help'.")));
    return ExitUsage;
}

} // namespace

Result<CliOptions, int> parseOptions(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "certdeck-cli",
        "Manage the client certificates of an XMPP account (XEP-0257).\n\n"
        "Commands:\n"
        "  list                   list the account's certificates\n"
        "  enroll NAME --p12 FILE create a key and certificate for a new device, add it to the account\n"
        "                         and save both in a password-protected .p12 file for the device;\n"
        "                         the password is generated and shown once (or saved with\n"
        "                         --save-export-password); phones before Android 14 or iOS 18 and\n"
        "                         Macs before macOS 15 need --p12-format older-phones\n"
        "  enroll NAME --certificate FILE\n"
        "                         add a device's existing certificate (PEM or DER)\n"
        "  disable NAME           retire a certificate: it can no longer log in (live sessions stay)\n"
        "  revoke NAME            for a lost or stolen device: the certificate can no longer log in and\n"
        "                         the server closes every session that logged in with it now\n"
        "  list --new-since-last  only the certificates that appeared since the last run and that\n"
        "                         Certdeck did not add (exit code 6 while one is not acknowledged)\n"
        "  acknowledge NAME|SHA256\n"
        "                         a certificate reported as new was added by you: never report it again\n\n"
        "Every change is verified by listing the certificates again; exit code 5 means it was sent\n"
        "but could not be confirmed.\n\n"
        "Exit codes:\n"
        "  0  done (and verified)\n"
        "  1  a local failure, or refused by Certdeck before anything was sent (a file, a certificate,\n"
        "     a name or certificate already on the account)\n"
        "  2  wrong arguments, or a device name against the rules (printable, at most 64 characters)\n"
        "  3  could not log in, or the connection was lost before a change was sent\n"
        "  4  the server refused, sent data beyond Certdeck's safety limits, or does not support XEP-0257\n"
        "  5  a change was sent but could not be confirmed\n"
        "  6  list --new-since-last: a certificate Certdeck did not add is on the account, not\n"
        "     acknowledged"));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("certdeck-cli", "The command to run."));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        QCoreApplication::translate("certdeck-cli", "Read the password from this environment variable."),
        QStringLiteral("name"));
    const QCommandLineOption certificateLogin(
        QStringLiteral("certificate-login"),
        QCoreApplication::translate("certdeck-cli",
                                    "Log in with this computer's certificate from the system keychain (SASL "
                                    "EXTERNAL), never the password. Without a password option this is tried "
                                    "first anyway; the password is asked for only when it does not work."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("certdeck-cli", "Print machine-readable JSON."));
    const QCommandLineOption p12(
        QStringLiteral("p12"),
        QCoreApplication::translate("certdeck-cli",
                                    "enroll: write the new device's key and certificate to this .p12 file."),
        QStringLiteral("file"));
    const QCommandLineOption certificate(
        QStringLiteral("certificate"),
        QCoreApplication::translate("certdeck-cli",
                                    "enroll: add this existing certificate instead of creating one."),
        QStringLiteral("file"));
    const QCommandLineOption exportPasswordFile(
        QStringLiteral("export-password-file"),
        QCoreApplication::translate("certdeck-cli",
                                    "enroll: protect the .p12 file with the password in this file."),
        QStringLiteral("file"));
    const QCommandLineOption exportPasswordEnv(
        QStringLiteral("export-password-env"),
        QCoreApplication::translate(
            "certdeck-cli", "enroll: protect the .p12 file with the password in this environment variable."),
        QStringLiteral("name"));
    const QCommandLineOption exportPasswordPrompt(
        QStringLiteral("export-password-prompt"),
        QCoreApplication::translate("certdeck-cli", "enroll: ask for your own .p12 password on the terminal "
                                                    "instead of generating one."));
    const QCommandLineOption saveExportPassword(
        QStringLiteral("save-export-password"),
        QCoreApplication::translate("certdeck-cli", "enroll: write the generated .p12 password to this new "
                                                    "file (mode 0600) instead of showing it."),
        QStringLiteral("file"));
    const QCommandLineOption p12Format(
        QStringLiteral("p12-format"),
        QCoreApplication::translate(
            "certdeck-cli",
            "enroll: the .p12 file's encoding: current (default; Android 14+, iOS 18+, macOS 15+ and "
            "desktop clients) or older-phones (Android 8-13, older iPhones and Macs; always a generated "
            "password)."),
        QStringLiteral("format"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        QCoreApplication::translate("certdeck-cli",
                                    "enroll: validity of the new certificate in days (default 365)."),
        QStringLiteral("days"));
    const QCommandLineOption keyType(
        QStringLiteral("key-type"),
        QCoreApplication::translate("certdeck-cli", "enroll: p256 (default), rsa3072 or ed25519."),
        QStringLiteral("type"));
    const QCommandLineOption noCertManagement(
        QStringLiteral("no-cert-management"),
        QCoreApplication::translate("certdeck-cli", "enroll: this device may not manage other devices' "
                                                    "certificates (the server may not enforce it)."));
    const QCommandLineOption newSinceLast(
        QStringLiteral("new-since-last"),
        QCoreApplication::translate("certdeck-cli", "list: only certificates that appeared since the last "
                                                    "run and that Certdeck did not add."));
    const AccountOptions account;
    account.addTo(parser);
    parser.addOption(newSinceLast);
    parser.addOptions({passwordEnv, certificateLogin, json, p12, certificate, exportPasswordFile,
                       exportPasswordEnv, exportPasswordPrompt, saveExportPassword, p12Format, days, keyType,
                       noCertManagement});
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
    static const QStringList commands{QStringLiteral("list"), QStringLiteral("enroll"),
                                      QStringLiteral("disable"), QStringLiteral("revoke"),
                                      QStringLiteral("acknowledge")};
    if (!commands.contains(options.command))
        return fail(usageError(
            QCoreApplication::translate("certdeck-cli", "Unknown command: %1").arg(options.command)));
    const int wantedArgs = options.command == QLatin1String("list") ? 0 : 1;
    if (options.arguments.size() != wantedArgs)
        return fail(usageError(
            wantedArgs == 0 ? QCoreApplication::translate("certdeck-cli", "list takes no arguments.")
                            : QCoreApplication::translate("certdeck-cli", "%1 needs exactly one device name.")
                                  .arg(options.command)));
    options.newSinceLast = parser.isSet(newSinceLast);
    if (options.newSinceLast && options.command != QLatin1String("list"))
        return fail(usageError(
            QCoreApplication::translate("certdeck-cli", "--new-since-last goes with the list command.")));
    if (options.command == QLatin1String("enroll")) {
        EnrollOptions &e = options.enroll;
        e.p12Path = parser.value(p12);
        e.certificatePath = parser.value(certificate);
        if (e.p12Path.isEmpty() == e.certificatePath.isEmpty())
            return fail(usageError(QCoreApplication::translate(
                "certdeck-cli", "enroll needs either --p12 FILE or --certificate FILE.")));
        e.exportPassword.file = parser.value(exportPasswordFile);
        e.exportPassword.envVar = parser.value(exportPasswordEnv);
        e.exportPassword.prompt = QCoreApplication::translate("certdeck-cli", "Password for the .p12 file: ");
        e.exportPassword.confirm = true;
        e.exportPassword.protectsExport = true;
        e.ownPassword = parser.isSet(exportPasswordFile) || parser.isSet(exportPasswordEnv) ||
                        parser.isSet(exportPasswordPrompt);
        e.savePasswordPath = parser.value(saveExportPassword);
        if (parser.isSet(p12Format)) {
            const auto format = pkcs12FormatFromKeyword(parser.value(p12Format));
            if (!format)
                return fail(usageError(QCoreApplication::translate(
                    "certdeck-cli", "--p12-format must be current or older-phones.")));
            e.p12Format = *format;
        }
        if (e.ownPassword && !pkcs12AllowsOwnPassword(e.p12Format))
            return fail(usageError(QCoreApplication::translate(
                "certdeck-cli",
                "older-phones files always get a generated password: their key derivation is too "
                "weak for a password a person chooses. Leave out --export-password-file, "
                "--export-password-env and --export-password-prompt.")));
        if (e.ownPassword && !e.savePasswordPath.isEmpty())
            return fail(usageError(QCoreApplication::translate(
                "certdeck-cli",
                "--save-export-password saves a generated password; it cannot be combined with "
                "your own password.")));
        if (parser.isSet(days)) {
            bool ok = false;
            e.days = parser.value(days).toInt(&ok);
            if (!ok || e.days < 1 || e.days > 3650)
                return fail(usageError(
                    QCoreApplication::translate("certdeck-cli", "--days must be a number from 1 to 3650.")));
        }
        if (parser.isSet(keyType))
            e.keyType = parser.value(keyType);
        if (!QStringList{QStringLiteral("p256"), QStringLiteral("rsa3072"), QStringLiteral("ed25519")}
                 .contains(e.keyType))
            return fail(usageError(
                QCoreApplication::translate("certdeck-cli", "--key-type must be p256, rsa3072 or ed25519.")));
        e.noCertManagement = parser.isSet(noCertManagement);
    }
    auto settings = account.read(parser);
    if (!settings)
        return fail(usageError(settings.error()));
    options.account = std::move(settings).value();
    if (options.account.jid.isEmpty())
        return fail(usageError(QCoreApplication::translate("certdeck-cli", "--jid is required.")));
    options.password.file = account.passwordFile(parser);
    options.password.envVar = parser.value(passwordEnv);
    options.certificateLogin = parser.isSet(certificateLogin);
    if (options.certificateLogin && (!options.password.file.isEmpty() || !options.password.envVar.isEmpty()))
        return fail(usageError(QCoreApplication::translate(
            "certdeck-cli", "--certificate-login logs in without a password; leave out --password-file and "
                            "--password-env.")));
    options.json = parser.isSet(json);
    return options;
}

} // namespace certdeck::cli
