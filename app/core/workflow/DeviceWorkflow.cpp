#include "DeviceWorkflow.h"

#include "crypto/CertificateCheck.h"
#include "crypto/Pkcs12.h"
#include "storage/AccountStore.h"
#include "storage/ActivityLog.h"
#include "storage/OwnCredential.h"
#include "storage/PasswordStore.h"
#include "workflow/OutcomeText.h"
#include "xmpp/AccountSession.h"
#include "xmpp/CertificateChanges.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>

namespace certdeck {
namespace {

using Kind = WorkflowOutcome::Kind;
using What = WorkflowOutcome::What;
using Details = WorkflowOutcome::Details;

QDateTime notBeforeNow()
{
    return QDateTime::currentDateTimeUtc().addSecs(-300); // slack for device clocks that run behind
}

WorkflowOutcome outcome(Kind kind, What what, Details details)
{
    return {kind, what, std::move(details)};
}

// A change the service sent or refused: refused before or by the server, or sent and not confirmed.
Kind failureKind(const SaslCertError &error)
{
    return error.outcomeUnknown() ? Kind::SentNotConfirmed : Kind::Refused;
}

KeyType keyTypeOf(const CertificateInfo &certificate)
{
    switch (certificate.keyAlgorithm) {
    case KeyAlgorithm::Rsa:
        return KeyType::Rsa3072;
    case KeyAlgorithm::Ed25519:
        return KeyType::Ed25519;
    default:
        return KeyType::EcP256;
    }
}

int lifetimeDays(const CertificateInfo &certificate)
{
    return int(qMax<qint64>(1, certificate.notBefore.daysTo(certificate.notAfter)));
}

// A rotation that got as far as sending something (or that undid itself) belongs in the log; one stopped by
// a check or a local step before anything left does not.
bool worthRecording(What what)
{
    switch (what) {
    case What::NothingToResume:
    case What::NothingToFinish:
    case What::NoOwnCertificate:
    case What::OwnRotationRunning:
    case What::NotOnAccount:
    case What::NameMissing:
    case What::NameTaken:
    case What::CertificateUnusable:
    case What::KeyNotCreated:
    case What::FileExists:
    case What::FileNotWritten:
    case What::HandOverFailed:
    case What::StagedKeyNotStored:
        return false;
    default:
        return true;
    }
}

QString rotationResult(const WorkflowOutcome &r)
{
    switch (r.kind) {
    case Kind::Confirmed:
        if (r.what == What::RotationStarted || r.what == What::RotatedOwnFromNextLogin)
            return QStringLiteral("started");
        return r.what == What::RolledBack ? QStringLiteral("rolled-back") : QStringLiteral("confirmed");
    case Kind::SentNotConfirmed:
        return QStringLiteral("not-confirmed");
    case Kind::Refused:
    case Kind::LocalError:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

DeviceWorkflow::DeviceWorkflow(CertificateChanges *service, AccountSession *session, QObject *parent)
    : QObject(parent), m_service(service), m_session(session)
{}

void DeviceWorkflow::setStorage(AccountStore *store, PasswordStore *secrets)
{
    m_store = store;
    m_secrets = secrets;
}

DeviceWorkflow::Done DeviceWorkflow::runningOwnRotation(Done done)
{
    // Cleared when `done` is called, or when it is dropped with its context: a window closed mid-way must
    // not block every later rotation.
    struct Running
    {
        QPointer<DeviceWorkflow> workflow;
        void end() const
        {
            if (workflow && workflow->m_ownRotation == this)
                workflow->m_ownRotation = nullptr;
        }
        ~Running() { end(); }
    };
    auto running = std::make_shared<Running>();
    running->workflow = this;
    m_ownRotation = running.get();
    return [running, done = std::move(done)](WorkflowOutcome r) {
        running->end();
        done(std::move(r));
    };
}

DeviceWorkflow::Done DeviceWorkflow::recorded(Done done)
{
    QPointer<ActivityLog> log(m_log);
    QPointer<const AccountSession> session(m_session);
    return [log, session, done = std::move(done)](WorkflowOutcome r) {
        if (log && worthRecording(r.what)) {
            ActivityEntry entry;
            entry.action = QStringLiteral("rotate");
            entry.device = r.details.oldName;
            entry.replacedBy = r.details.newName;
            entry.result = rotationResult(r);
            entry.detail = outcomeText(r);
            log->record(entry, session);
        }
        done(std::move(r));
    };
}

ItemsListing DeviceWorkflow::listing() const
{
    return m_listing ? m_listing() : ItemsListing{};
}

QString DeviceWorkflow::jid() const
{
    return m_session->bareJid();
}

QStringList DeviceWorkflow::takenNames() const
{
    QStringList names;
    for (const auto &item : listing().items)
        names << item.name;
    return names;
}

QString DeviceWorkflow::suggestedName(const QString &base, const QDate &month, const QStringList &taken)
{
    const QString stem = QStringLiteral("%1 · %2").arg(base, month.toString(QStringLiteral("yyyy-MM")));
    QString name = stem;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(stem).arg(n);
    return name;
}

QString DeviceWorkflow::rotatedName(const QString &oldName, const QDate &month, const QStringList &taken)
{
    // "Phone · 2026-05 (2)" -> "Phone"
    static const QRegularExpression suffix(QStringLiteral("( · \\d{4}-\\d{2})?( \\(\\d+\\))?$"));
    QString base = oldName;
    base.remove(suffix);
    return suggestedName(base.isEmpty() ? oldName : base, month, taken);
}

QString DeviceWorkflow::rotatedNameFor(const QString &oldName) const
{
    return rotatedName(oldName, QDate::currentDate(), takenNames());
}

Pkcs12Format DeviceWorkflow::rotationFormat(const QString &name) const
{
    const ItemsListing items = listing();
    const SaslCertItem *item = items.find(name);
    return item && m_store ? m_store->p12Format(item->certificate.sha256) : Pkcs12Format::Current;
}

void DeviceWorkflow::createThen(const DeviceCertificateRequest &request, QObject *context, Done done,
                                Details details, std::function<void(DeviceCredential)> next)
{
    // Key generation runs on a worker thread (RSA takes a while); the rest continues on this one.
    auto *watcher = new QFutureWatcher<Result<DeviceCredential, CryptoError>>(this);
    QPointer<QObject> ctx(context);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, ctx, done, next, details]() mutable {
        watcher->deleteLater();
        if (!ctx)
            return;
        auto result = watcher->result();
        if (!result) {
            details.reason = result.error().message();
            return done(outcome(Kind::LocalError, What::KeyNotCreated, details));
        }
        next(std::move(result).value());
    });
    watcher->setFuture(createDeviceCredentialAsync(request));
}

void DeviceWorkflow::enroll(EnrollRequest request, QObject *context, Done done)
{
    const QString name = request.name.trimmed();
    Details details;
    details.name = name;
    if (name.isEmpty())
        return done(outcome(Kind::LocalError, What::NameMissing, details));
    if (takenNames().contains(name))
        return done(outcome(Kind::Refused, What::NameTaken, details));
    const bool noManagement = !request.mayManage;

    if (request.method == EnrollRequest::Method::ExistingCertificate) {
        QByteArray der = request.certificateDer;
        if (der.isEmpty()) {
            auto cert = readCertificateFile(request.certificatePath);
            if (!cert) {
                details.p12Path = request.certificatePath;
                details.reason = cert.error().message();
                return done(outcome(Kind::LocalError, What::CertificateUnusable, details));
            }
            der = cert->der;
        }
        return m_service->append(
            name, der, noManagement, context, [done, details](Result<ChangeReport, SaslCertError> r) mutable {
                if (!r) {
                    details.error = r.error();
                    return done(outcome(failureKind(r.error()), What::NotAdded, details));
                }
                details.report = *r;
                done(outcome(Kind::Confirmed, What::Enrolled, details));
            });
    }

    const DeviceCertificateRequest certRequest{name, jid(), notBeforeNow(),
                                               notBeforeNow().addDays(request.validityDays), request.keyType};
    if (request.method == EnrollRequest::Method::NewDeviceP12)
        return enrollToFile(std::move(request), certRequest, context, done);
    enrollThisComputer(certRequest, noManagement, context, done);
}

void DeviceWorkflow::enrollToFile(EnrollRequest request, const DeviceCertificateRequest &certRequest,
                                  QObject *context, Done done)
{
    Details details;
    details.name = certRequest.deviceName;
    details.p12Path = request.p12Path;
    if (QFile::exists(request.p12Path))
        return done(outcome(Kind::LocalError, What::FileExists, details));
    auto password = std::make_shared<SecretBytes>(request.p12Password);
    const QString path = request.p12Path;
    const Pkcs12Format format = request.p12Format;
    const bool noManagement = !request.mayManage;
    const auto beforeUpload = request.beforeUpload;
    QPointer<QObject> ctx(context);
    createThen(certRequest, context, done, details, [=, this](DeviceCredential cred) mutable {
        // The key file first: an uploaded certificate must never lack its key.
        if (auto written = writePkcs12File(path, cred, *password, details.name, format); !written) {
            details.reason = written.error().message();
            return done(outcome(Kind::LocalError, What::FileNotWritten, details));
        }
        password->clear();
        if (beforeUpload && !beforeUpload()) {
            details.fileRemoved = QFile::remove(path);
            return done(outcome(Kind::LocalError, What::HandOverFailed, details));
        }
        const QByteArray sha = cred.certificate.sha256;
        m_service->append(details.name, cred.certificate.der, noManagement, ctx,
                          [=, this](Result<ChangeReport, SaslCertError> r) mutable {
                              if (r) {
                                  if (m_store)
                                      m_store->setP12Format(sha, format);
                                  details.report = *r;
                                  return done(outcome(Kind::Confirmed, What::EnrolledToFile, details));
                              }
                              details.error = r.error();
                              // Not confirmed: it may be on the account, so its key stays.
                              if (!r.error().outcomeUnknown())
                                  details.fileRemoved = QFile::remove(path);
                              done(outcome(failureKind(r.error()), What::NotAdded, details));
                          });
    });
}

void DeviceWorkflow::enrollThisComputer(const DeviceCertificateRequest &certRequest, bool noManagement,
                                        QObject *context, Done done)
{
    Details details;
    details.name = certRequest.deviceName;
    QPointer<QObject> ctx(context);
    // This computer: the key goes to the keychain before the certificate goes to the server.
    createThen(certRequest, context, done, details, [=, this](DeviceCredential cred) mutable {
        m_secrets->write(ownKeyEntry(jid()), ownCredentialText(cred), ctx,
                         [=, this](Status<KeychainError> stored) mutable {
                             if (!stored) {
                                 details.reason = stored.error().message();
                                 return done(outcome(Kind::LocalError, What::KeychainNotStored, details));
                             }
                             m_service->append(
                                 details.name, cred.certificate.der, noManagement, ctx,
                                 [=, this](Result<ChangeReport, SaslCertError> r) mutable {
                                     if (!r) {
                                         details.error = r.error();
                                         return done(
                                             outcome(failureKind(r.error()), What::NotAdded, details));
                                     }
                                     StoredAccount account = m_store->load();
                                     account.ownCertificateSha256 = cred.certificate.sha256;
                                     m_store->save(account);
                                     Q_EMIT ownCertificateChanged(cred.certificate.sha256);
                                     details.report = *r;
                                     done(outcome(Kind::Confirmed, What::EnrolledThisComputer, details));
                                 });
                         });
    });
}

void DeviceWorkflow::disable(const QString &name, QObject *context, Done done, const QString &expectedSha256)
{
    remove(ChangeReport::Action::Disable, name, context, std::move(done), expectedSha256);
}

void DeviceWorkflow::revoke(const QString &name, QObject *context, Done done, const QString &expectedSha256)
{
    remove(ChangeReport::Action::Revoke, name, context, std::move(done), expectedSha256);
}

void DeviceWorkflow::remove(ChangeReport::Action action, const QString &name, QObject *context, Done done,
                            const QString &expectedSha256)
{
    Details details;
    details.action = action;
    details.name = name;
    auto finished = [done, details](Result<ChangeReport, SaslCertError> r) mutable {
        if (!r) {
            details.error = r.error();
            return done(outcome(failureKind(r.error()), What::NotRemoved, details));
        }
        details.report = *r;
        done(outcome(Kind::Confirmed, What::Removed, details));
    };
    if (action == ChangeReport::Action::Revoke)
        m_service->revoke(name, context, finished, expectedSha256);
    else
        m_service->disable(name, context, finished, expectedSha256);
}

void DeviceWorkflow::rotateOwn(QObject *context, Done done)
{
    // One at a time: a running rotation, or one whose journal waits (for the next login, or for a listing
    // to decide an unconfirmed append), owns the journal and the staged key.
    if (ownRotationRunning() || m_store->pendingOwnRotation())
        return done(outcome(Kind::Refused, What::OwnRotationRunning, {}));
    done = runningOwnRotation(recorded(std::move(done)));
    const QByteArray ownSha = m_store->load().ownCertificateSha256;
    const ItemsListing items = listing();
    const SaslCertItem *old = nullptr;
    for (const auto &item : items.items)
        if (item.certificate.sha256 == ownSha)
            old = &item;
    Details details;
    if (!old)
        return done(outcome(Kind::LocalError, What::NoOwnCertificate, details));
    const QString jid = this->jid();
    details.oldName = old->name;
    details.newName = rotatedNameFor(old->name);
    details.name = details.newName;
    const QByteArray oldSha = old->certificate.sha256;
    const bool noManagement = old->noCertManagement;
    const QDateTime notBefore = notBeforeNow();
    QPointer<QObject> ctx(context);
    createThen(
        {details.newName, jid, notBefore, notBefore.addDays(lifetimeDays(old->certificate)),
         keyTypeOf(old->certificate)},
        context, done, details, [=, this](DeviceCredential cred) mutable {
            // 1. The new key is staged in the keychain, 2. the journal is written, 3. the certificate is
            // appended. Until step 4 swaps the keys, the old key and certificate keep working.
            m_secrets->write(
                stagedKeyEntry(jid), ownCredentialText(cred), ctx,
                [=, this](Status<KeychainError> staged) mutable {
                    if (!staged) {
                        details.reason = staged.error().message();
                        return done(outcome(Kind::LocalError, What::StagedKeyNotStored, details));
                    }
                    m_store->setPendingOwnRotation(
                        RotationJournal{details.oldName, details.newName, oldSha, cred.certificate.sha256});
                    m_service->append(details.newName, cred.certificate.der, noManagement, ctx,
                                      [=, this](Result<ChangeReport, SaslCertError> r) mutable {
                                          if (r)
                                              return finishOwnRotation(ctx, done);
                                          details.error = r.error();
                                          // Unknown outcome: the journal stays; resume decides from a list.
                                          if (!r.error().outcomeUnknown())
                                              m_store->setPendingOwnRotation(std::nullopt);
                                          done(outcome(failureKind(r.error()), What::NewNotAdded, details));
                                      });
                });
        });
}

void DeviceWorkflow::finishOwnRotation(QObject *context, Done done)
{
    const auto journal = m_store->pendingOwnRotation();
    if (!journal)
        return done(outcome(Kind::Confirmed, What::NothingToFinish, {}));
    Details details;
    details.oldName = journal->oldName;
    details.newName = journal->newName;
    details.name = journal->newName;
    const QString jid = this->jid();
    QPointer<QObject> ctx(context);
    // 4. The staged key becomes this computer's key.
    m_secrets->read(stagedKeyEntry(jid), ctx, [=, this](Result<QString, KeychainError> staged) mutable {
        if (!staged) {
            details.reason = staged.error().message();
            return done(outcome(Kind::LocalError, What::StagedKeyMissing, details));
        }
        m_secrets->write(ownKeyEntry(jid), *staged, ctx, [=, this](Status<KeychainError> written) mutable {
            if (!written) {
                details.reason = written.error().message();
                return done(outcome(Kind::LocalError, What::KeychainRefusedKey, details));
            }
            StoredAccount account = m_store->load();
            account.ownCertificateSha256 = journal->newSha256;
            m_store->save(account);
            Q_EMIT ownCertificateChanged(journal->newSha256);
            // Logged in by the old certificate: the new one has not proved itself yet. It is used from the
            // next login, and the old one is disabled once the new one has logged in.
            if (m_session->loginMethod() == LoginMethod::Certificate &&
                m_session->loginCertificateSha256() != journal->newSha256) {
                RotationJournal pending = *journal;
                pending.disableAfterNewLogin = true;
                m_store->setPendingOwnRotation(pending);
                return done(outcome(Kind::Confirmed, What::RotatedOwnFromNextLogin, details));
            }
            // 5. Only now is the old certificate disabled.
            m_service->disable(
                journal->oldName, ctx,
                [=, this](Result<ChangeReport, SaslCertError> r) mutable {
                    if (!r && r.error().kind != SaslCertError::Kind::NotFound) {
                        details.error = r.error();
                        return done(outcome(failureKind(r.error()), What::OldNotDisabled, details));
                    }
                    m_store->setPendingOwnRotation(std::nullopt);
                    m_secrets->remove(stagedKeyEntry(jid), this, [](Status<KeychainError>) {});
                    if (r)
                        details.report = *r;
                    done(outcome(Kind::Confirmed, What::RotatedOwn, details));
                },
                QString::fromLatin1(journal->oldSha256.toHex(':').toUpper()));
        });
    });
}

void DeviceWorkflow::resumeOwnRotation(QObject *context, Done done)
{
    const auto journal = m_store->pendingOwnRotation();
    // While the rotation runs its journal is written too: that rotation finishes and reports itself.
    if (!journal || ownRotationRunning())
        return done(outcome(Kind::Confirmed, What::NothingToResume, {}));
    done = runningOwnRotation(recorded(std::move(done)));
    if (journal->disableAfterNewLogin) {
        // Finished only by a login with the new certificate: that is the proof it works.
        if (m_session->loginMethod() != LoginMethod::Certificate ||
            m_session->loginCertificateSha256() != journal->newSha256)
            return done(outcome(Kind::Confirmed, What::NothingToResume, {}));
        return finishOwnRotation(context, done);
    }
    const ItemsListing items = listing();
    const SaslCertItem *added = items.find(journal->newName);
    if (added && added->certificate.sha256 == journal->newSha256)
        return finishOwnRotation(context, done);
    // The new certificate never reached the server: roll back. The old one was never touched.
    m_store->setPendingOwnRotation(std::nullopt);
    m_secrets->remove(stagedKeyEntry(jid()), this, [](Status<KeychainError>) {});
    Details details;
    details.oldName = journal->oldName;
    details.name = journal->oldName;
    done(outcome(Kind::Confirmed, What::RolledBack, details));
}

void DeviceWorkflow::rotateOther(const QString &oldName, const QString &p12Path,
                                 const SecretBytes &p12Password, QObject *context, Done done)
{
    done = recorded(std::move(done));
    const ItemsListing items = listing();
    const SaslCertItem *old = items.find(oldName);
    if (!old) {
        Details details;
        details.name = oldName;
        details.oldName = oldName;
        return done(outcome(Kind::LocalError, What::NotOnAccount, details));
    }
    EnrollRequest request;
    request.method = EnrollRequest::Method::NewDeviceP12;
    request.name = rotatedNameFor(oldName);
    request.validityDays = lifetimeDays(old->certificate);
    request.keyType = keyTypeOf(old->certificate);
    request.mayManage = !old->noCertManagement;
    request.p12Path = p12Path;
    request.p12Password = p12Password;
    // The device reads the encoding it read before: an older phone cannot open the current one.
    request.p12Format = m_store ? m_store->p12Format(old->certificate.sha256) : Pkcs12Format::Current;
    const QString newName = request.name;
    enroll(std::move(request), context, [=, this](WorkflowOutcome r) {
        r.details.oldName = oldName;
        r.details.newName = newName;
        if (!r.confirmed())
            return done(r);
        QMap<QString, QString> links = m_store->rotationLinks();
        links.insert(oldName, newName);
        m_store->setRotationLinks(links);
        Q_EMIT rotationLinksChanged();
        r.what = What::RotationStarted;
        done(r);
    });
}

void DeviceWorkflow::finishRotation(const QString &oldName, QObject *context, Done done)
{
    done = recorded(std::move(done));
    Details details;
    details.action = ChangeReport::Action::Disable;
    details.name = oldName;
    details.oldName = oldName;
    details.newName = m_store->rotationLinks().value(oldName);
    m_service->disable(oldName, context, [=, this](Result<ChangeReport, SaslCertError> r) mutable {
        if (!r && r.error().kind != SaslCertError::Kind::NotFound) {
            details.error = r.error();
            return done(outcome(failureKind(r.error()), What::NotDisabled, details));
        }
        QMap<QString, QString> links = m_store->rotationLinks();
        links.remove(oldName);
        m_store->setRotationLinks(links);
        Q_EMIT rotationLinksChanged();
        if (r)
            details.report = *r;
        done(outcome(Kind::Confirmed, What::RotationFinished, details));
    });
}

} // namespace certdeck
