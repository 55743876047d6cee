#include "CertificateService.h"

#include "crypto/CertificateCheck.h"
#include "util/DisplayText.h"
#include "xmpp/DeviceName.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace certdeck {
namespace {

// Who went offline while a revoke was under way, and whether the evidence ties them to it.
struct RevokeEvidence
{
    QStringList tiedResources; // the item's <users>, or the resource the certificate names
    QStringList closed;        // full JIDs
    QStringList meanwhile;     // full JIDs seen offline in the grace period without evidence
    bool answered = false;     // the revoke's answer has arrived

    void wentOffline(const QString &fullJid, const QString &resource)
    {
        if (closed.contains(fullJid) || meanwhile.contains(fullJid))
            return;
        (!answered || tiedResources.contains(resource) ? closed : meanwhile).append(fullJid);
    }
};

// A failure after the request left: the account may or may not have changed.
SaslCertError unconfirmed(const SaslCertError &cause)
{
    return {SaslCertError::Kind::NotConfirmed, cause.message()};
}

// The answer to a request that was sent: no answer at all (timeout, lost connection) leaves its effect
// unknown; an error answer from the server means nothing changed.
SaslCertError afterSending(const SaslCertError &error)
{
    const bool unknown =
        error.kind == SaslCertError::Kind::Timeout || error.kind == SaslCertError::Kind::Disconnected;
    return unknown ? unconfirmed(error) : error;
}

// Every name the certificate with this fingerprint is listed under: revoking one name of a certificate
// listed twice would leave it able to log in.
QStringList namesWithFingerprint(const ItemsListing &listing, const QString &sha256)
{
    QStringList names;
    for (const auto &item : listing.items)
        if (item.certificate.sha256Fingerprint() == sha256)
            names << item.name;
    return names;
}

// Whether the server lists an entry by this name that Certdeck could not read (it can still be removed by
// name).
bool listsUnreadable(const ItemsListing &listing, const QString &name)
{
    return std::any_of(listing.problems.cbegin(), listing.problems.cend(),
                       [&](const ItemProblem &p) { return !p.name.isEmpty() && p.name == name; });
}

// The entries a listing holds that Certdeck cannot identify, quoted for a reason text.
QString unreadableNames(const ItemsListing &listing)
{
    QStringList names;
    for (const ItemProblem &p : listing.problems)
        names << (p.name.isEmpty() ? CertificateService::tr("an entry without a name")
                                   : QStringLiteral("“%1”").arg(visibleControls(p.name)));
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

// What one server stanza can carry: Prosody's default limit is 256 KiB, and base64 adds a third.
constexpr qsizetype maxCertificateBytes = 64 * 1024;

} // namespace

CertificateService::CertificateService(AccountSession *session, const Clock &clock, QObject *parent)
    : CertificateChanges(parent), m_session(session), m_clock(clock)
{
    qRegisterMetaType<certdeck::ChangeReport>();
    qRegisterMetaType<certdeck::SaslCertError>();
}

bool CertificateService::isOnline() const
{
    return m_session->state() == ConnectionState::Connected;
}

void CertificateService::reportFailure(const ChangeReport &report, const SaslCertError &error,
                                       const Callback &done)
{
    Q_EMIT changeFailed(report.action, report.name, report.sha256, error);
    done(fail(error));
}

void CertificateService::append(const QString &name, const QByteArray &der, bool noCertManagement,
                                QObject *context, Callback done)
{
    ChangeReport report{ChangeReport::Action::Append, name.trimmed(), {}, {}, {}, {}, {}};
    const auto checkedName = checkDeviceName(name);
    if (!checkedName)
        return reportFailure(report, {SaslCertError::Kind::InvalidName, checkedName.error()}, done);
    report.name = checkedName.value();
    if (der.size() > maxCertificateBytes)
        return reportFailure(report,
                             {SaslCertError::Kind::InvalidCertificate,
                              tr("The certificate is %1 KiB; a server accepts at most %2 KiB in one request.")
                                  .arg((der.size() + 1023) / 1024)
                                  .arg(maxCertificateBytes / 1024)},
                             done);
    const auto info = parseCertificate(der);
    if (!info)
        return reportFailure(report, {SaslCertError::Kind::InvalidCertificate, info.error().message()}, done);
    report.sha256 = info->sha256Fingerprint();
    const auto issues = checkDeviceCertificate(*info, m_session->bareJid(), m_clock.now());
    if (hasErrors(issues)) {
        QStringList messages;
        for (const auto &issue : issues)
            if (issue.severity == CertificateIssue::Severity::Error)
                messages << issue.message;
        return reportFailure(
            report, {SaslCertError::Kind::InvalidCertificate, messages.join(QLatin1Char(' '))}, done);
    }

    QPointer<QObject> ctx(context);
    m_session->requestItems(this, [=, this](Result<ItemsListing, SaslCertError> before) mutable {
        if (!ctx)
            return;
        if (!before)
            return reportFailure(report, before.error(), done);
        if (before->find(report.name))
            return reportFailure(report, {SaslCertError::Kind::NameInUse, report.name}, done);
        QStringList existing;
        for (const auto &item : before->items)
            existing << item.name;
        if (auto similar = checkDeviceName(report.name, existing); !similar)
            return reportFailure(report, {SaslCertError::Kind::InvalidName, similar.error()}, done);
        if (const QStringList same = namesWithFingerprint(*before, report.sha256); !same.isEmpty())
            return reportFailure(report, {SaslCertError::Kind::CertificateInUse, same.constFirst()}, done);
        report.sentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT changeSent(report.action, report.name, report.sha256);
        m_session->requestAppend(report.name, der, noCertManagement, this,
                                 [=, this](Result<Success, SaslCertError> sent) mutable {
                                     if (!ctx)
                                         return;
                                     if (!sent) {
                                         return reportFailure(report, afterSending(sent.error()), done);
                                     }
                                     verify(report, ctx, done);
                                 });
    });
}

void CertificateService::disable(const QString &name, QObject *context, Callback done,
                                 const QString &expectedSha256)
{
    removeVerified(ChangeReport::Action::Disable, name, context, std::move(done), expectedSha256);
}

void CertificateService::revoke(const QString &name, QObject *context, Callback done,
                                const QString &expectedSha256)
{
    removeVerified(ChangeReport::Action::Revoke, name, context, std::move(done), expectedSha256);
}

void CertificateService::revokeFingerprint(const QString &sha256, const QString &name, QObject *context,
                                           Callback done, bool retry)
{
    removeVerified(ChangeReport::Action::Revoke, name, context, std::move(done), sha256, true, retry);
}

void CertificateService::removeVerified(ChangeReport::Action action, const QString &name, QObject *context,
                                        Callback done, const QString &expectedSha256, bool byFingerprint,
                                        bool retry)
{
    if (!byFingerprint)
        retry = !expectedSha256.isEmpty();
    ChangeReport report{action, name, {}, {}, {}, {}, {}};
    QPointer<QObject> ctx(context);
    m_session->requestItems(this, [=, this](Result<ItemsListing, SaslCertError> before) mutable {
        if (!ctx)
            return;
        if (!before)
            return reportFailure(report, before.error(), done);
        // A device is its certificate: every entry with the same fingerprint goes, the named one first.
        const SaslCertItem *item = before->find(name);
        if (byFingerprint && item && item->certificate.sha256Fingerprint() != expectedSha256)
            item = nullptr; // the name holds another certificate now: leave that one alone
        report.sha256 = item ? item->certificate.sha256Fingerprint() : expectedSha256;
        QStringList names =
            report.sha256.isEmpty() ? QStringList() : namesWithFingerprint(*before, report.sha256);
        // An entry Certdeck cannot read is still removed by its name; only a fresh listing without it proves
        // it.
        const bool unreadable = !item && listsUnreadable(*before, name);
        if (unreadable) {
            names = {name};
            report.sha256.clear(); // no fingerprint to follow: the name is what must go
        }
        if (!item && retry && names.isEmpty()) {
            // A retry: the earlier request did reach the server. This fresh listing is the proof.
            report.alreadyApplied = true;
            report.verifiedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT changeConfirmed(report);
            return done(report);
        }
        if (names.isEmpty())
            return reportFailure(report, {SaslCertError::Kind::NotFound, name}, done);
        names.removeAll(name);
        names.sort(
            Qt::CaseInsensitive); // the server lists in no fixed order; the report reads the same each time
        report.otherNames = names;
        if (item)
            names.prepend(name);

        // Evidence that a session going offline was closed by this revoke: see revoke() in the header.
        const QString bare = m_session->bareJid();
        // A retry may find only the other entries of the certificate; they carry the same evidence.
        const SaslCertItem *listed = item ? item : before->find(names.constFirst());
        QStringList tied = listed && listed->hasUsers ? listed->users : QStringList();
        for (const QString &address : listed ? listed->certificate.xmppAddresses : QStringList())
            if (address.section(QLatin1Char('/'), 0, 0) == bare && address.contains(QLatin1Char('/')))
                tied << address.section(QLatin1Char('/'), 1);
        auto evidence = std::make_shared<RevokeEvidence>(RevokeEvidence{tied, {}, {}, false});
        auto watcher = std::make_shared<QMetaObject::Connection>();
        if (action == ChangeReport::Action::Revoke) {
            *watcher = connect(m_session, &AccountSession::ownResourcePresence, this,
                               [evidence, bare](const QString &resource, bool available, const QString &) {
                                   if (!available)
                                       evidence->wentOffline(bare + QLatin1Char('/') + resource, resource);
                               });
        }
        const auto stopWatching = [watcher] { QObject::disconnect(*watcher); };

        report.sentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT changeSent(action, name, report.sha256);
        auto onAnswer = [=, this](Result<Success, SaslCertError> sent) mutable {
            if (!ctx)
                return stopWatching();
            if (!sent) {
                stopWatching();
                return reportFailure(report, afterSending(sent.error()), done);
            }
            // Presences may trail the answer by a moment; keep listening through the grace period.
            evidence->answered = true;
            QTimer::singleShot(m_graceMs, this, [=, this]() mutable {
                stopWatching();
                // A tied session that never published presence leaves without an unavailable one: ask the
                // server whether it is still there (a phone that only binds, say).
                QStringList unseen;
                for (const QString &resource : std::as_const(evidence->tiedResources))
                    if (!evidence->closed.contains(bare + QLatin1Char('/') + resource))
                        unseen << resource;
                unseen.removeDuplicates();
                probeGone(unseen, [=, this](const QStringList &gone) mutable {
                    if (!ctx)
                        return;
                    for (const QString &resource : gone)
                        evidence->closed << bare + QLatin1Char('/') + resource;
                    report.closedSessions = evidence->closed;
                    report.offlineMeanwhile = evidence->meanwhile;
                    verify(report, ctx, done);
                });
            });
        };
        sendRemovals(action, names, false, onAnswer);
    });
}

void CertificateService::probeGone(const QStringList &resources,
                                   const std::function<void(const QStringList &gone)> &done)
{
    if (resources.isEmpty())
        return done({});
    auto pending = std::make_shared<qsizetype>(resources.size());
    auto gone = std::make_shared<QStringList>();
    for (const QString &resource : resources) {
        m_session->probeSessionGone(resource, this, [=](bool isGone) {
            if (isGone)
                gone->append(resource);
            if (--*pending == 0) {
                gone->sort();
                done(*gone);
            }
        });
    }
}

void CertificateService::sendRemovals(ChangeReport::Action action, QStringList names, bool anySent,
                                      AccountSession::DoneCallback done)
{
    const QString next = names.takeFirst();
    auto answer = [=, this](Result<Success, SaslCertError> sent) mutable {
        if (sent && !names.isEmpty())
            return sendRemovals(action, names, true, done);
        // Once one entry is gone, any failure leaves the account changed in part: not confirmed.
        if (!sent && anySent)
            return done(fail(unconfirmed(sent.error())));
        done(std::move(sent));
    };
    if (action == ChangeReport::Action::Revoke)
        m_session->requestRevoke(next, this, answer);
    else
        m_session->requestDisable(next, this, answer);
}

void CertificateService::verify(ChangeReport report, QObject *context, Callback done)
{
    QPointer<QObject> ctx(context);
    m_session->requestItems(this, [=, this](Result<ItemsListing, SaslCertError> after) mutable {
        // The account as it is now, whatever it proves: the one listing after a change.
        if (after)
            Q_EMIT listed(*after);
        if (!ctx)
            return;
        if (!after) {
            // The server did answer the change: only the listing that checks it is missing.
            const auto kind = after.error().kind;
            const QString why = kind == SaslCertError::Kind::Disconnected
                                    ? tr("the server accepted the change, then the connection was lost "
                                         "before it could be checked")
                                : kind == SaslCertError::Kind::Timeout
                                    ? tr("the server accepted the change, but did not answer the listing "
                                         "that checks it in time")
                                    : after.error().message();
            return reportFailure(report, {SaslCertError::Kind::NotConfirmed, why}, done);
        }
        const SaslCertItem *item = after->find(report.name);
        bool confirmed = false;
        if (report.action == ChangeReport::Action::Append)
            confirmed =
                item && item->certificate.sha256Fingerprint() == report.sha256; // the same certificate
        else if (report.sha256.isEmpty()) // an unreadable entry: its name must be gone
            confirmed = !after->find(report.name) && !listsUnreadable(*after, report.name);
        else // gone under every name: the certificate can no longer log in
            confirmed = namesWithFingerprint(*after, report.sha256).isEmpty();
        if (!confirmed) {
            const QString why = report.action == ChangeReport::Action::Append
                                    ? tr("the new certificate is not in the list")
                                    : tr("the certificate is still in the list");
            return reportFailure(report, {SaslCertError::Kind::NotConfirmed, why}, done);
        }
        // An entry Certdeck cannot read may be this very certificate: nothing is proven while one is listed.
        if (report.action != ChangeReport::Action::Append && !after->problems.isEmpty())
            return reportFailure(
                report,
                {SaslCertError::Kind::NotConfirmed,
                 tr("the server also lists %1, which Certdeck cannot read: it may be the same "
                    "certificate under another name. Revoke it by name too")
                     .arg(unreadableNames(*after))},
                done);
        report.verifiedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT changeConfirmed(report);
        done(report);
    });
}

} // namespace certdeck
