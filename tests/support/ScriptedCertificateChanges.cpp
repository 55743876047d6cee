#include "ScriptedCertificateChanges.h"

#include <algorithm>

#include <QPointer>
#include <QTimer>

namespace certdeck::test {
namespace {

QStringList namesWith(const ItemsListing &listing, const QString &sha256)
{
    QStringList names;
    for (const auto &item : listing.items)
        if (item.certificate.sha256Fingerprint() == sha256)
            names << item.name;
    return names;
}

} // namespace

ScriptedCertificateChanges::ScriptedCertificateChanges(QObject *parent) : CertificateChanges(parent)
{
    qRegisterMetaType<certdeck::ChangeReport>();
    qRegisterMetaType<certdeck::SaslCertError>();
}

void ScriptedCertificateChanges::setListing(ItemsListing listing)
{
    m_listing = std::move(listing);
    Q_EMIT listed(m_listing);
}

void ScriptedCertificateChanges::setTimes(QDateTime sentAt, QDateTime verifiedAt)
{
    m_sentAt = std::move(sentAt);
    m_verifiedAt = std::move(verifiedAt);
}

void ScriptedCertificateChanges::confirmNext(QStringList closedSessions, QStringList offlineMeanwhile)
{
    m_script.enqueue(
        {Answer::Kind::Confirm, {SaslCertError::Kind::Timeout, {}}, true, closedSessions, offlineMeanwhile});
}

void ScriptedCertificateChanges::refuseNext(SaslCertError error)
{
    m_script.enqueue({Answer::Kind::Refuse, std::move(error), false});
}

void ScriptedCertificateChanges::leaveNextUnconfirmed(bool applied, SaslCertError cause)
{
    m_script.enqueue({Answer::Kind::Unconfirmed, std::move(cause), applied});
}

SaslCertItem ScriptedCertificateChanges::item(const QString &name, const QByteArray &certificate,
                                              bool mayManage)
{
    SaslCertItem item;
    item.name = name;
    const auto info = parseCertificate(certificate);
    Q_ASSERT(info);
    item.certificate = *info;
    item.x509Base64 = info->der.toBase64();
    item.noCertManagement = !mayManage;
    return item;
}

void ScriptedCertificateChanges::fail(const ChangeReport &report, const SaslCertError &error,
                                      const Callback &done)
{
    Q_EMIT changeFailed(report.action, report.name, report.sha256, error);
    done(certdeck::fail(error));
}

void ScriptedCertificateChanges::append(const QString &name, const QByteArray &der, bool noCertManagement,
                                        QObject *context, Callback done)
{
    ChangeReport report{ChangeReport::Action::Append, name, {}, {}, {}, {}, {}};
    const auto info = parseCertificate(der);
    SaslCertItem added;
    if (info) {
        added = item(name, der, !noCertManagement);
        report.sha256 = added.certificate.sha256Fingerprint();
    }
    m_requests.append({report.action, name, report.sha256});
    QPointer<QObject> ctx(context);
    QTimer::singleShot(0, this, [=, this] {
        if (!ctx)
            return;
        if (!info)
            return fail(report, {SaslCertError::Kind::InvalidCertificate, info.error().message()}, done);
        if (m_listing.find(name))
            return fail(report, {SaslCertError::Kind::NameInUse, name}, done);
        if (const QStringList same = namesWith(m_listing, report.sha256); !same.isEmpty())
            return fail(report, {SaslCertError::Kind::CertificateInUse, same.constFirst()}, done);
        send(report, ctx, done, [this, added] { m_listing.items.append(added); });
    });
}

void ScriptedCertificateChanges::disable(const QString &name, QObject *context, Callback done,
                                         const QString &expectedSha256)
{
    remove(ChangeReport::Action::Disable, name, context, std::move(done), expectedSha256, false,
           !expectedSha256.isEmpty());
}

void ScriptedCertificateChanges::revoke(const QString &name, QObject *context, Callback done,
                                        const QString &expectedSha256)
{
    remove(ChangeReport::Action::Revoke, name, context, std::move(done), expectedSha256, false,
           !expectedSha256.isEmpty());
}

void ScriptedCertificateChanges::revokeFingerprint(const QString &sha256, const QString &name,
                                                   QObject *context, Callback done, bool retry)
{
    remove(ChangeReport::Action::Revoke, name, context, std::move(done), sha256, true, retry);
}

void ScriptedCertificateChanges::remove(ChangeReport::Action action, const QString &name, QObject *context,
                                        Callback done, const QString &expectedSha256, bool byFingerprint,
                                        bool retry)
{
    m_requests.append({action, name, expectedSha256, retry, byFingerprint});
    QPointer<QObject> ctx(context);
    QTimer::singleShot(0, this, [=, this] {
        if (!ctx)
            return;
        // The same checks as the real service before it sends (see CertificateService::removeVerified).
        ChangeReport report{action, name, {}, {}, {}, {}, {}};
        const SaslCertItem *item = m_listing.find(name);
        if (byFingerprint && item && item->certificate.sha256Fingerprint() != expectedSha256)
            item = nullptr;
        report.sha256 = item ? item->certificate.sha256Fingerprint() : expectedSha256;
        QStringList names = report.sha256.isEmpty() ? QStringList() : namesWith(m_listing, report.sha256);
        if (!item && retry && names.isEmpty()) {
            report.alreadyApplied = true;
            report.verifiedAt = m_verifiedAt.isValid() ? m_verifiedAt : QDateTime::currentDateTimeUtc();
            Q_EMIT changeConfirmed(report);
            return done(report);
        }
        // An entry the listing could not read goes by its name, as on the real service.
        const bool unreadable = !item && std::any_of(m_listing.problems.cbegin(), m_listing.problems.cend(),
                                                     [&](const ItemProblem &p) { return p.name == name; });
        if (names.isEmpty() && !unreadable)
            return fail(report, {SaslCertError::Kind::NotFound, name}, done);
        names.removeAll(name);
        report.otherNames = names;
        const QString sha256 = report.sha256;
        send(report, ctx, done, [this, sha256, name, unreadable] {
            if (unreadable)
                m_listing.problems.removeIf([&](const ItemProblem &p) { return p.name == name; });
            else
                m_listing.items.removeIf(
                    [&](const SaslCertItem &i) { return i.certificate.sha256Fingerprint() == sha256; });
        });
    });
}

void ScriptedCertificateChanges::send(ChangeReport report, QObject *context, Callback done,
                                      std::function<void()> apply)
{
    const Answer answer = m_script.isEmpty() ? Answer{} : m_script.dequeue();
    report.sentAt = m_sentAt.isValid() ? m_sentAt : QDateTime::currentDateTimeUtc();
    Q_EMIT changeSent(report.action, report.name, report.sha256);
    QPointer<QObject> ctx(context);
    // The answer comes in a later turn of the event loop, as a server's would.
    QTimer::singleShot(0, this, [=, this] {
        switch (answer.kind) {
        case Answer::Kind::Refuse:
            if (ctx)
                fail(report, answer.error, done);
            return;
        case Answer::Kind::Unconfirmed:
            if (answer.applied)
                apply();
            if (ctx)
                fail(report, {SaslCertError::Kind::NotConfirmed, answer.error.message()}, done);
            return;
        case Answer::Kind::Confirm:
            break;
        }
        apply();
        ChangeReport r = report;
        r.closedSessions = answer.closed;
        r.offlineMeanwhile = answer.meanwhile;
        r.verifiedAt = m_verifiedAt.isValid() ? m_verifiedAt : QDateTime::currentDateTimeUtc();
        Q_EMIT listed(m_listing); // the fresh listing that proves it, before the outcome
        if (!ctx)
            return;
        Q_EMIT changeConfirmed(r);
        done(r);
    });
}

} // namespace certdeck::test
