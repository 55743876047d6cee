#pragma once

#include "xmpp/AccountSession.h"
#include "xmpp/ChangeReport.h"

#include <QObject>

namespace certdeck {

// The certificate changes the window and the command line ask for, as one seam: the real service below
// talks to the server; tests put a scripted one in its place (tests/support/ScriptedCertificateChanges.h).
class CertificateChanges : public QObject
{
    Q_OBJECT
public:
    using Callback = AccountSession::Callback<ChangeReport>;
    using QObject::QObject;

    // See CertificateService for what each request checks before it is sent and how it is verified.
    virtual void append(const QString &name, const QByteArray &der, bool noCertManagement, QObject *context,
                        Callback done) = 0;
    virtual void disable(const QString &name, QObject *context, Callback done,
                         const QString &expectedSha256 = {}) = 0;
    virtual void revoke(const QString &name, QObject *context, Callback done,
                        const QString &expectedSha256 = {}) = 0;
    virtual void revokeFingerprint(const QString &sha256, const QString &name, QObject *context,
                                   Callback done, bool retry = false) = 0;
    // Whether a change can be sent now (logged in).
    [[nodiscard]] virtual bool isOnline() const = 0;

Q_SIGNALS:
    // For the activity log: every change, when it is sent and when its outcome is known.
    void changeSent(certdeck::ChangeReport::Action action, const QString &name, const QString &sha256);
    void changeConfirmed(const certdeck::ChangeReport &report);
    void changeFailed(certdeck::ChangeReport::Action action, const QString &name, const QString &sha256,
                      const certdeck::SaslCertError &error);
    // The fresh listing that verified a sent change (emitted before that change's outcome), so the table
    // shows it without listing again.
    void listed(const certdeck::ItemsListing &listing);
};

} // namespace certdeck
