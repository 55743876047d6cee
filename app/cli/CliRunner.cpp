#include "CliRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace certdeck::cli {
namespace {

QJsonObject toJson(const SaslCertItem &item)
{
    const CertificateInfo &c = item.certificate;
    return QJsonObject{
        {QStringLiteral("name"), item.name},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("not_before"), c.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("key"), c.keyDescription()},
        {QStringLiteral("sha256"), c.sha256Fingerprint()},
        {QStringLiteral("xmpp_addresses"), QJsonArray::fromStringList(c.xmppAddresses)},
        {QStringLiteral("no_cert_management"), item.noCertManagement},
    };
}

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    connect(&m_session, &AccountSession::connectionFailed, this, [this](const ConnectionError &error) {
        printError(error.message());
        finish(ExitConnection);
    });
    connect(&m_session, &AccountSession::connected, this, &CliRunner::runCommand);
}

void CliRunner::start(const QString &password)
{
    m_session.connectToServer(m_options.account, password);
}

void CliRunner::printError(const QString &message)
{
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(message));
}

void CliRunner::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
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
        runList();
    });
}

void CliRunner::runList()
{
    m_session.requestItems(this, [this](Result<ItemsListing, SaslCertError> listing) {
        if (!listing) {
            printError(listing.error().message());
            return finish(ExitServer);
        }
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
                std::printf("%s\t%s\t%s\t%s\n", qPrintable(item.name),
                            qPrintable(item.certificate.notAfter.toString(Qt::ISODate)),
                            qPrintable(item.certificate.keyDescription()),
                            qPrintable(item.certificate.shortFingerprint()));
            for (const auto &p : listing->problems)
                printError(tr("skipped item %1 (%2): %3").arg(p.index).arg(p.name, p.reason));
        }
        finish(ExitOk);
    });
}

} // namespace certdeck::cli
