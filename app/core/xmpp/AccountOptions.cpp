#include "AccountOptions.h"

#include "util/BoundedFile.h"
#include "xmpp/Jid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace certdeck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccountOptions", text);
}

} // namespace

AccountOptions::AccountOptions()
    : m_jid(QStringLiteral("jid"), tr("The account's address (user@example.org)."), QStringLiteral("jid")),
      m_host(QStringLiteral("host"), tr("Connect to this host instead of the JID's domain."),
             QStringLiteral("host")),
      m_port(QStringLiteral("port"), tr("Connect to this port."), QStringLiteral("port")),
      m_caFile(QStringLiteral("ca-file"), tr("Also trust the server certificate(s) in this PEM file."),
               QStringLiteral("file")),
      m_passwordFile(QStringLiteral("password-file"),
                     tr("Read the password from the first line of this file (a warning is printed when "
                        "other users may read it)."),
                     QStringLiteral("file"))
{}

void AccountOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_jid, m_host, m_port, m_caFile, m_passwordFile});
}

QString AccountOptions::passwordFile(const QCommandLineParser &parser) const
{
    return parser.value(m_passwordFile);
}

Result<AccountSettings, QString> AccountOptions::read(const QCommandLineParser &parser) const
{
    AccountSettings account;
    account.jid = normalizedJid(parser.value(m_jid));
    account.host = parser.value(m_host);
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint value = parser.value(m_port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(tr("--port must be a number from 1 to 65535."));
        account.port = static_cast<quint16>(value);
    }
    if (parser.isSet(m_caFile)) {
        // A CA bundle is a few hundred KiB at most; the cap keeps /dev/zero from filling the memory.
        const QString path = parser.value(m_caFile);
        const auto bytes = readFileCapped(path, 4 * 1024 * 1024);
        if (!bytes)
            return fail(bytes.error());
        account.trustedCertificates = QSslCertificate::fromData(bytes.value(), QSsl::Pem);
        if (account.trustedCertificates.isEmpty())
            return fail(tr("%1 holds no PEM certificate.").arg(path));
    }
    return account;
}

} // namespace certdeck
