#include "CliRunner.h"

#include "cli/NewDevicesCommand.h"

#include "crypto/P12Password.h"
#include "crypto/Pkcs12.h"
#include "model/DeviceKind.h"
#include "model/DeviceUse.h"
#include "model/ProofText.h"
#include "storage/ActivityLog.h"
#include "storage/OwnCredential.h"
#include "util/DisplayText.h"
#include "workflow/OutcomeText.h"
#include "xmpp/DeviceName.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

#include <unistd.h>

namespace certdeck::cli {
namespace {

// Stable words for scripts, whatever the language.
QString useKeyword(DeviceUse::State state)
{
    switch (state) {
    case DeviceUse::State::Online:
        return QStringLiteral("online");
    case DeviceUse::State::LastUsed:
        return QStringLiteral("last-used");
    case DeviceUse::State::NeverUsed:
        return QStringLiteral("never-used");
    case DeviceUse::State::Offline:
        return QStringLiteral("offline");
    case DeviceUse::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonValue utcOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The list's last column: whether the device is online, or when it was last used, as the server says.
QString useText(const DeviceUse &use)
{
    switch (use.state) {
    case DeviceUse::State::Online:
        return QCoreApplication::translate("certdeck-cli", "online now (%1)")
            .arg(use.resources.join(QStringLiteral(", ")));
    case DeviceUse::State::LastUsed:
        return QCoreApplication::translate("certdeck-cli", "last used %1")
            .arg(use.last.toUTC().toString(Qt::ISODate));
    case DeviceUse::State::NeverUsed:
        return QCoreApplication::translate("certdeck-cli", "never used");
    case DeviceUse::State::Offline:
        return QCoreApplication::translate("certdeck-cli", "offline");
    case DeviceUse::State::Unknown:
        break;
    }
    return QCoreApplication::translate("certdeck-cli", "unknown (the server does not say)");
}

QJsonObject toJson(const SaslCertItem &item)
{
    const CertificateInfo &c = item.certificate;
    const DeviceUse use = deviceUse(item, {});
    return QJsonObject{
        {QStringLiteral("name"), item.name},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("not_before"), c.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("key"), c.keyDescription()},
        {QStringLiteral("sha256"), c.sha256Fingerprint()},
        {QStringLiteral("xmpp_addresses"), QJsonArray::fromStringList(c.xmppAddresses)},
        {QStringLiteral("no_cert_management"), item.noCertManagement},
        // Use, as the server reports it: "unknown" and nulls where it does not.
        {QStringLiteral("use"), useKeyword(use.state)},
        {QStringLiteral("online_resources"), item.hasUsers || !use.resources.isEmpty()
                                                 ? QJsonValue(QJsonArray::fromStringList(use.resources))
                                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("first_used"), utcOrNull(use.first)},
        {QStringLiteral("last_used"), utcOrNull(use.last)},
    };
}

KeyType keyTypeFromName(const QString &name)
{
    if (name == QLatin1String("rsa3072"))
        return KeyType::Rsa3072;
    if (name == QLatin1String("ed25519"))
        return KeyType::Ed25519;
    return KeyType::EcP256;
}

// How the person knows the format: by what it works on.
QString formatName(Pkcs12Format format)
{
    return format == Pkcs12Format::OlderPhones
               ? QCoreApplication::translate("certdeck-cli",
                                             "older phones: Android 8-13, older iPhones and Macs")
               : QCoreApplication::translate("certdeck-cli",
                                             "current phones and computers: Android 14+, iOS 18+, macOS 15+, "
                                             "desktop clients");
}

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_service(&m_session),
      m_log(ActivityLog::defaultPath()), m_workflow(&m_service, &m_session)
{
    m_workflow.setStorage(&m_store, nullptr);
    m_log.attach(&m_service, &m_session);
    connect(&m_log, &ActivityLog::writeFailed, this, [this](const QString &message) { printError(message); });
    connect(&m_service, &CertificateService::changeSent, this, [this] { m_changeSent = true; });
    connect(&m_session, &AccountSession::connectionFailed, this, [this](const ConnectionError &error) {
        // A change already sent ends as "sent, not confirmed" when its request fails, never as a failed
        // login: that request's own report says what happened.
        if (error.afterLogin && m_changeSent)
            return;
        printError(error.message());
        // The certificate cannot log in: the password can, if there is a person to type it.
        if (error.needsPassword() && !m_certificateForced && isatty(STDIN_FILENO))
            return promptAndStart();
        finish(error.kind == ConnectionError::Kind::HostileServer ? ExitServer : ExitConnection);
    });
    connect(&m_session, &AccountSession::connected, this, &CliRunner::runCommand);
}

void CliRunner::start(const QString &password)
{
    m_session.connectToServer(m_options.account, password);
}

void CliRunner::startWithCertificate(bool forced)
{
    m_certificateForced = forced;
    // From inside the event loop: a keychain that answers at once must still be able to end it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            loadOwnCredential(&m_keychain, m_options.account.jid, this,
                              [this](std::optional<DeviceCredential> own) {
                                  if (own)
                                      return m_session.connectWithCertificate(m_options.account, *own);
                                  if (!m_certificateForced)
                                      return promptAndStart();
                                  printError(tr("This computer has no certificate for %1 in the system "
                                                "keychain. Enroll this computer in Certdeck first, or log in "
                                                "with the password.")
                                                 .arg(m_options.account.jid));
                                  finish(ExitConnection);
                              });
        },
        Qt::QueuedConnection);
}

void CliRunner::promptAndStart()
{
    auto password = readPassword(m_options.password);
    if (!password) {
        printError(password.error());
        return finish(ExitUsage);
    }
    start(password.value());
}

void CliRunner::printError(const QString &message)
{
    // After the outcome is out, late callbacks (requests cancelled as the connection closes) stay quiet.
    if (m_finished)
        return;
    // Names and server texts must not reach the terminal as escape sequences or bidi controls.
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(visibleControls(message)));
}

void CliRunner::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    m_exitCode = code;
    m_session.disconnectFromServer();
    QCoreApplication::exit(code);
}

void CliRunner::runCommand()
{
    m_session.checkSupport(this, [this](Result<bool, SaslCertError> supported) {
        if (!supported || !supported.value()) {
            printError(supported ? SaslCertError{SaslCertError::Kind::Unsupported, {}}.message()
                                 : supported.error().message());
            return finish(ExitServer);
        }
        if (m_options.command == QLatin1String("list"))
            runList();
        else if (m_options.command == QLatin1String("enroll"))
            runEnroll();
        else
            runRemove(m_options.command == QLatin1String("revoke"));
    });
}

void CliRunner::runList()
{
    m_session.requestItems(this, [this](Result<ItemsListing, SaslCertError> listing) {
        if (!listing) {
            printError(listing.error().message());
            return finish(ExitServer);
        }
        if (m_options.newSinceLast)
            return finish(printNewSinceLast(m_options, *listing));
        if (m_options.json) {
            QJsonArray items;
            for (const auto &item : listing->items)
                items.append(toJson(item));
            QJsonArray problems;
            for (const auto &p : listing->problems)
                problems.append(QJsonObject{{QStringLiteral("index"), p.index},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("reason"), p.reason}});
            const QJsonObject root{{QStringLiteral("items"), items}, {QStringLiteral("problems"), problems}};
            std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
        } else {
            for (const auto &item : listing->items)
                std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(visibleControls(item.name)),
                            qPrintable(item.certificate.notAfter.toString(Qt::ISODate)),
                            qPrintable(item.certificate.keyDescription()),
                            qPrintable(item.certificate.shortFingerprint()),
                            qPrintable(visibleControls(useText(deviceUse(item, {})))));
            for (const auto &p : listing->problems)
                printError(
                    tr("skipped item %1 (%2): %3").arg(p.index).arg(p.name, p.reason)); // escaped there
        }
        finish(ExitOk);
    });
}

bool CliRunner::prepare()
{
    if (m_options.command != QLatin1String("enroll"))
        return true;
    const EnrollOptions &e = m_options.enroll;
    // Checked here, before any connection: a bad name or file never needs the server to say so.
    auto name = checkDeviceName(m_options.arguments.constFirst());
    if (!name) {
        printError(name.error());
        m_exitCode = ExitUsage;
        return false;
    }
    m_options.arguments.first() = name.value();
    if (!e.certificatePath.isEmpty()) {
        auto cert = readCertificateFile(e.certificatePath);
        if (!cert) {
            printError(tr("%1: %2").arg(e.certificatePath, cert.error().message()));
            m_exitCode = ExitFailure;
            return false;
        }
        m_certificateDer = cert->der;
        return true;
    }
    // Never overwrite a file: it may be another device's only copy of its key.
    for (const QString &path : {e.p12Path, e.savePasswordPath}) {
        if (!path.isEmpty() && QFile::exists(path)) {
            printError(tr("%1 already exists; choose another file name.").arg(path));
            m_exitCode = ExitFailure; // one rule for files: a file Certdeck cannot use is a local failure
            return false;
        }
    }
    if (!phonesCanImport(keyTypeFromName(e.keyType)))
        printError(tr("warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this file will "
                      "work only in desktop clients such as Gajim or Poezio."));
    if (!e.ownPassword) {
        auto generated = generateP12Password();
        if (!generated) {
            printError(generated.error().message());
            m_exitCode = ExitFailure;
            return false;
        }
        m_exportPassword = std::move(generated).value();
        m_passwordGenerated = true;
        return true;
    }
    auto password = readPassword(e.exportPassword);
    if (!password) {
        printError(password.error());
        m_exitCode = ExitUsage;
        return false;
    }
    if (password->size() < p12MinimumPasswordLength) {
        printError(tr("The .p12 password must have at least %1 characters.").arg(p12MinimumPasswordLength));
        m_exitCode = ExitUsage;
        return false;
    }
    if (!isPortablePassword(*password))
        printError(tr("warning: the password has characters other than ASCII letters, digits and symbols; "
                      "some devices and programs (Java's keytool among them) cannot open such a file."));
    m_exportPassword = SecretBytes(password->toUtf8());
    return true;
}

// The generated password leaves once: on stderr (stdout may be a JSON pipe), or into a new 0600 file.
bool CliRunner::handOverGeneratedPassword()
{
    const EnrollOptions &e = m_options.enroll;
    const QByteArray &password = m_exportPassword.bytes();
    if (e.savePasswordPath.isEmpty()) {
        std::fprintf(stderr, "%s ", qPrintable(tr("Password for %1:").arg(e.p12Path)));
        std::fwrite(password.constData(), 1, std::size_t(password.size()), stderr);
        std::fprintf(stderr, "\n%s\n",
                     qPrintable(tr("It is shown only now. Type it on the device when it asks, and pass it on "
                                   "separately from the file (say it, or send it another way).")));
        m_passwordShown = true;
        return true;
    }
    QSaveFile file(e.savePasswordPath);
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(password) == password.size() && file.write("\n", 1) == 1 && file.commit();
    if (!ok) {
        file.cancelWriting();
        printError(
            tr("The password could not be saved to %1: %2").arg(e.savePasswordPath, file.errorString()));
    }
    return ok;
}

void CliRunner::removeCreatedFiles()
{
    QFile::remove(m_options.enroll.p12Path);
    if (m_passwordGenerated && !m_options.enroll.savePasswordPath.isEmpty())
        QFile::remove(m_options.enroll.savePasswordPath);
}

void CliRunner::printReport(const ChangeReport &report, const QJsonObject &extra)
{
    if (m_options.json) {
        QJsonObject root{
            {QStringLiteral("action"), actionKeyword(report.action)},
            {QStringLiteral("name"), report.name},
            {QStringLiteral("sha256"), report.sha256},
            {QStringLiteral("confirmed"), true},
            {QStringLiteral("closed_sessions"), QJsonArray::fromStringList(report.closedSessions)},
            {QStringLiteral("offline_meanwhile"), QJsonArray::fromStringList(report.offlineMeanwhile)},
            {QStringLiteral("already_applied"), report.alreadyApplied},
            {QStringLiteral("sent_at"), report.sentAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("verified_at"), report.verifiedAt.toString(Qt::ISODateWithMs)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            root.insert(it.key(), it.value());
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
        return;
    }
    std::printf("%s\n", qPrintable(visibleControls(proofText(report))));
}

void CliRunner::printChangeError(ChangeReport::Action action, const QString &name, const SaslCertError &error)
{
    if (m_options.json) {
        const QJsonObject root{{QStringLiteral("action"), actionKeyword(action)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("confirmed"), false},
                               {QStringLiteral("outcome_unknown"), error.outcomeUnknown()},
                               {QStringLiteral("message"), error.message()}};
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    // Sent but not confirmed: the same words as the window's, never success and never "could not log in".
    printError(error.outcomeUnknown() ? notConfirmedText(action, name, error) : error.message());
    // Exit 4 is the server's word; what Certdeck refused itself (nothing was sent) is a local failure.
    if (error.outcomeUnknown())
        return finish(ExitUnconfirmed);
    if (error.kind == SaslCertError::Kind::InvalidName)
        return finish(ExitUsage);
    finish(error.refusedLocally() ? ExitFailure : ExitServer);
}

void CliRunner::runEnroll()
{
    const EnrollOptions &e = m_options.enroll;
    EnrollRequest request;
    request.name = m_options.arguments.constFirst();
    request.mayManage = !e.noCertManagement;
    if (!e.certificatePath.isEmpty()) {
        request.method = EnrollRequest::Method::ExistingCertificate;
        request.certificatePath = e.certificatePath;
        request.certificateDer = m_certificateDer; // read and checked in prepare()
    } else {
        request.keyType = keyTypeFromName(e.keyType);
        request.validityDays = e.days;
        request.p12Path = e.p12Path;
        request.p12Password = m_exportPassword;
        request.p12Format = e.p12Format;
        // The generated password leaves once the file holds the key, and before anything is sent.
        request.beforeUpload = [this] {
            const bool handedOver = !m_passwordGenerated || handOverGeneratedPassword();
            m_exportPassword.clear();
            return handedOver;
        };
    }
    m_workflow.enroll(std::move(request), this, [this](const WorkflowOutcome &o) { renderEnroll(o); });
}

void CliRunner::renderEnroll(const WorkflowOutcome &o)
{
    using What = WorkflowOutcome::What;
    const EnrollOptions &opts = m_options.enroll;
    const WorkflowOutcome::Details &d = o.details;
    switch (o.what) {
    case What::Enrolled:
    case What::EnrolledToFile: {
        const bool createdFile = o.what == What::EnrolledToFile;
        QJsonObject p12;
        if (createdFile)
            p12 = {{QStringLiteral("p12_file"), opts.p12Path},
                   {QStringLiteral("p12_format"), pkcs12FormatKeyword(opts.p12Format)},
                   {QStringLiteral("p12_password"),
                    m_passwordGenerated ? QStringLiteral("generated") : QStringLiteral("own")}};
        printReport(*d.report, p12);
        if (createdFile && !m_options.json)
            std::printf("%s\n",
                        qPrintable(tr("Key and certificate saved to %1 (password-protected; made for %2). "
                                      "Copy it to the device and import it in its XMPP app.")
                                       .arg(opts.p12Path, formatName(opts.p12Format))));
        return finish(ExitOk);
    }
    case What::NotAdded:
        if (d.fileRemoved) {
            removeCreatedFiles();
            // The password went out before the upload (so a file that may be on the account can be opened);
            // say plainly that it is worth nothing now.
            printError(
                m_passwordShown
                    ? tr("Nothing was added; %1 was removed, and the password shown above opens nothing.")
                          .arg(opts.p12Path)
                    : tr("Nothing was added; %1 was removed.").arg(opts.p12Path));
        }
        if (d.error)
            return printChangeError(ChangeReport::Action::Append, d.name, *d.error);
        break;
    case What::KeyNotCreated:
    case What::FileNotWritten:
        printError(d.reason);
        return finish(ExitFailure);
    case What::HandOverFailed:
        printError(tr("Nothing was added; %1 was removed.").arg(opts.p12Path));
        return finish(ExitFailure);
    default:
        break;
    }
    printError(outcomeText(o));
    finish(o.kind == WorkflowOutcome::Kind::SentNotConfirmed ? ExitUnconfirmed : ExitFailure);
}

void CliRunner::runRemove(bool revoke)
{
    const QString name = m_options.arguments.constFirst();
    const auto done = [this](const WorkflowOutcome &o) { renderRemove(o); };
    if (revoke)
        m_workflow.revoke(name, this, done);
    else
        m_workflow.disable(name, this, done);
}

void CliRunner::renderRemove(const WorkflowOutcome &o)
{
    const WorkflowOutcome::Details &d = o.details;
    if (!o.confirmed() || !d.report) {
        if (d.error)
            return printChangeError(d.action, d.name, *d.error);
        printError(outcomeText(o));
        return finish(ExitFailure);
    }
    printReport(*d.report);
    if (!d.report->otherNames.isEmpty() && !m_options.json)
        std::printf("%s\n",
                    qPrintable(visibleControls(
                        tr("The same certificate was also listed as %1; removed there too.")
                            .arg(QStringLiteral("“") + d.report->otherNames.join(QStringLiteral("”, “")) +
                                 QStringLiteral("”")))));
    finish(ExitOk);
}

} // namespace certdeck::cli
