#pragma once

#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "xmpp/CertificateChanges.h"

#include <QDateTime>
#include <QQueue>
#include <QVector>

namespace certdeck::test {

// The certificate changes without a server, for dialog and window tests: an in-memory listing, and for each
// request the answer the test scripted. Like the real service it answers later (queued, never inside the
// call), emits changeSent when the request "leaves", and on a confirmed change emits listed() with the new
// listing before changeConfirmed() and the caller's outcome. The server's behaviour itself (kicked sessions,
// Prosody's quirks) is for the integration tests against Prosody.
class ScriptedCertificateChanges final : public CertificateChanges
{
    Q_OBJECT
public:
    // One request as it reached the "server".
    struct Request
    {
        ChangeReport::Action action;
        QString name;
        QString sha256;             // the certificate's fingerprint: appended, or expected (retry/pinned)
        bool retry = false;         // a retry of an attempt whose outcome was not confirmed
        bool byFingerprint = false; // revokeFingerprint()
    };

    explicit ScriptedCertificateChanges(QObject *parent = nullptr);

    // The account as the server lists it now; emits listed(), as a refresh would.
    void setListing(ItemsListing listing);
    [[nodiscard]] const ItemsListing &listing() const { return m_listing; }
    void setOnline(bool online) { m_online = online; }
    // The times a confirmed change reports (default: the moment it is answered).
    void setTimes(QDateTime sentAt, QDateTime verifiedAt);

    // What the next requests are answered, in order; a request with nothing scripted is confirmed.
    // Confirmed, with the sessions the revoke closed (and those offline meanwhile).
    void confirmNext(QStringList closedSessions = {}, QStringList offlineMeanwhile = {});
    // The server answered with an error: nothing changed.
    void refuseNext(SaslCertError error);
    // Sent, then no answer (`cause`): the outcome is unknown. `applied`: the server did make the change,
    // so a retry finds it made.
    void leaveNextUnconfirmed(bool applied = true,
                              SaslCertError cause = {SaslCertError::Kind::Timeout, QString()});

    [[nodiscard]] const QVector<Request> &requests() const { return m_requests; }

    // A listing entry for a certificate (PEM or DER).
    [[nodiscard]] static SaslCertItem item(const QString &name, const QByteArray &certificate,
                                           bool mayManage = true);

    void append(const QString &name, const QByteArray &der, bool noCertManagement, QObject *context,
                Callback done) override;
    void disable(const QString &name, QObject *context, Callback done,
                 const QString &expectedSha256 = {}) override;
    void revoke(const QString &name, QObject *context, Callback done,
                const QString &expectedSha256 = {}) override;
    void revokeFingerprint(const QString &sha256, const QString &name, QObject *context, Callback done,
                           bool retry = false) override;
    [[nodiscard]] bool isOnline() const override { return m_online; }

private:
    struct Answer
    {
        enum class Kind
        {
            Confirm,
            Refuse,
            Unconfirmed
        };
        Kind kind = Kind::Confirm;
        SaslCertError error = {SaslCertError::Kind::Timeout, QString()};
        bool applied = true;
        QStringList closed = {};
        QStringList meanwhile = {};
    };

    void remove(ChangeReport::Action action, const QString &name, QObject *context, Callback done,
                const QString &expectedSha256, bool byFingerprint, bool retry);
    // Sends (changeSent), then answers as scripted; `apply` makes the change on the listing.
    void send(ChangeReport report, QObject *context, Callback done, std::function<void()> apply);
    void fail(const ChangeReport &report, const SaslCertError &error, const Callback &done);

    ItemsListing m_listing;
    bool m_online = true;
    QDateTime m_sentAt;
    QDateTime m_verifiedAt;
    QQueue<Answer> m_script;
    QVector<Request> m_requests;
};

// An account online with a listing and no server: the controller asks the scripted changes.
struct ScriptedAccount
{
    explicit ScriptedAccount(const QVector<SaslCertItem> &items, const Clock &clock = Clock::system())
        : model(clock), controller(&session, &model)
    {
        controller.setChanges(&changes);
        changes.setListing({items, {}});
    }

    AccountSession session; // never connected
    CertificateListModel model;
    ScriptedCertificateChanges changes;
    AccountController controller;
};

} // namespace certdeck::test
