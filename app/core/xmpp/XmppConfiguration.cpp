#include "xmpp/XmppConfiguration.h"

#include <QRandomGenerator>
#include <QSslConfiguration>

namespace certdeck {

QXmppConfiguration loginConfiguration(const AccountSettings &settings)
{
    QXmppConfiguration config;
    // A fresh suffix per login: two Certdeck instances (GUI and CLI) must not kick each other off.
    config.setResource(settings.resource + QLatin1Char('.') +
                       QString::number(QRandomGenerator::global()->generate(), 36).left(6));
    if (!settings.host.isEmpty())
        config.setHost(settings.host);
    if (settings.port != 0)
        config.setPort(settings.port);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setAutoReconnectionEnabled(false);
    config.setUseSasl2Authentication(false);
    config.setUseFastTokenAuthentication(false);
    if (!settings.trustedCertificates.isEmpty())
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + settings.trustedCertificates);
    return config;
}

} // namespace certdeck
