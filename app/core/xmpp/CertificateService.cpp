#include "CertificateService.h"

#include "crypto/CertificateCheck.h"

#include <QPointer>
#include <QTimer>

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

} // namespace

CertificateService::CertificateService(AccountSession *session, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    qRegisterMetaType<certdeck::ChangeReport>();
    qRegisterMetaType<certdeck::SaslCertError>();
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
    ChangeReport report{ChangeReport::Action::Append, name.trimmed(), {}, {}, {}, {}};
    if (report.name.isEmpty())
        return reportFailure(report, {SaslCertError::Kind::BadRequest, tr("The device name is empty.")},
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
        report.sentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT changeSent(report.action, report.name, report.sha256);
        m_session->requestAppend(report.name, der, noCertManagement, this,
                                 [=, this](Result<Success, SaslCertError> sent) mutable {
                                     if (!ctx)
                                         return;
                                     if (!sent) {
                                         return reportFailure(report, afterSending(sent.error()), done);
                                     }
                                     verify(report, ctx, done, der);
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

void CertificateService::removeVerified(ChangeReport::Action action, const QString &name, QObject *context,
                                        Callback done, const QString &expectedSha256)
{
    ChangeReport report{action, name, {}, {}, {}, {}};
    QPointer<QObject> ctx(context);
    m_session->requestItems(this, [=, this](Result<ItemsListing, SaslCertError> before) mutable {
        if (!ctx)
            return;
        if (!before)
            return reportFailure(report, before.error(), done);
        const SaslCertItem *item = before->find(name);
        if (!item && !expectedSha256.isEmpty()) {
            // A retry: the earlier request did reach the server. This fresh listing is the proof.
            report.sha256 = expectedSha256;
            report.alreadyApplied = true;
            report.verifiedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT changeConfirmed(report);
            return done(report);
        }
        if (!item)
            return reportFailure(report, {SaslCertError::Kind::NotFound, name}, done);
        report.sha256 = item->certificate.sha256Fingerprint();

        // Evidence that a session going offline was closed by this revoke: see revoke() in the header.
        const QString bare = m_session->bareJid();
        QStringList tied = item->hasUsers ? item->users : QStringList();
        for (const QString &address : item->certificate.xmppAddresses)
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
                report.closedSessions = evidence->closed;
                report.offlineMeanwhile = evidence->meanwhile;
                verify(report, ctx, done, {});
            });
        };
        if (action == ChangeReport::Action::Revoke)
            m_session->requestRevoke(name, this, onAnswer);
        else
            m_session->requestDisable(name, this, onAnswer);
    });
}

void CertificateService::verify(ChangeReport report, QObject *context, Callback done,
                                const QByteArray &expectedDer)
{
    QPointer<QObject> ctx(context);
    m_session->requestItems(this, [=, this](Result<ItemsListing, SaslCertError> after) mutable {
        if (!ctx)
            return;
        if (!after)
            return reportFailure(report, unconfirmed(after.error()), done);
        const SaslCertItem *item = after->find(report.name);
        bool confirmed = false;
        if (report.action == ChangeReport::Action::Append)
            confirmed = item && item->certificate.der == expectedDer;
        else
            confirmed = item == nullptr;
        if (!confirmed) {
            const QString why = report.action == ChangeReport::Action::Append
                                    ? tr("the new certificate is not in the list")
                                    : tr("the certificate is still in the list");
            return reportFailure(report, {SaslCertError::Kind::NotConfirmed, why}, done);
        }
        report.verifiedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT changeConfirmed(report);
        done(report);
    });
}

} // namespace certdeck
