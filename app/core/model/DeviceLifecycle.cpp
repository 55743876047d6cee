#include "DeviceLifecycle.h"

#include "crypto/CertificateCheck.h"
#include "crypto/Pkcs12.h"
#include "model/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/OwnCredential.h"
#include "storage/PasswordStore.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>

namespace certdeck {
namespace {

QDateTime notBeforeNow()
{
    return QDateTime::currentDateTimeUtc().addSecs(-300); // slack for device clocks that run behind
}

} // namespace

DeviceLifecycle::DeviceLifecycle(AccountController *controller, AccountStore *store, PasswordStore *secrets,
                                 QObject *parent)
    : QObject(parent), m_controller(controller), m_store(store), m_secrets(secrets)
{}

QStringList DeviceLifecycle::takenNames() const
{
    QStringList names;
    for (const auto &item : m_controller->model()->listing().items)
        names << item.name;
    return names;
}

QString DeviceLifecycle::suggestedName(const QString &base, const QDate &month, const QStringList &taken)
{
    const QString stem = QStringLiteral("%1 · %2").arg(base, month.toString(QStringLiteral("yyyy-MM")));
    QString name = stem;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(stem).arg(n);
    return name;
}

QString DeviceLifecycle::rotatedName(const QString &oldName, const QDate &month, const QStringList &taken)
{
    // "Phone · 2026-05 (2)" -> "Phone"
    static const QRegularExpression suffix(QStringLiteral("( · \\d{4}-\\d{2})?( \\(\\d+\\))?$"));
    QString base = oldName;
    base.remove(suffix);
    return suggestedName(base.isEmpty() ? oldName : base, month, taken);
}

void DeviceLifecycle::createThen(const DeviceCertificateRequest &request, QObject *context, Done done,
                                 std::function<void(DeviceCredential)> next)
{
    // Key generation runs on a worker thread (RSA takes a while); the rest continues on this one.
    auto *watcher = new QFutureWatcher<Result<DeviceCredential, CryptoError>>(this);
    QPointer<QObject> ctx(context);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, ctx, done, next] {
        watcher->deleteLater();
        if (!ctx)
            return;
        auto result = watcher->result();
        if (!result)
            return done(
                fail(tr("No key was created, nothing was uploaded: %1").arg(result.error().message())));
        next(std::move(result).value());
    });
    watcher->setFuture(createDeviceCredentialAsync(request));
}

void DeviceLifecycle::enroll(EnrollRequest request, QObject *context, Done done)
{
    if (request.name.trimmed().isEmpty())
        return done(fail(tr("Choose a name for the device.")));
    if (takenNames().contains(request.name.trimmed()))
        return done(fail(tr("A device named “%1” already exists; nothing was sent.").arg(request.name)));
    CertificateService *service = m_controller->service();
    const bool noManagement = !request.mayManage;
    const QString name = request.name.trimmed();
    const QString jid = m_controller->session()->bareJid();
    QPointer<QObject> ctx(context);

    if (request.method == EnrollRequest::Method::ExistingCertificate) {
        auto cert = readCertificateFile(request.certificatePath);
        if (!cert)
            return done(
                fail(tr("%1 cannot be used: %2").arg(request.certificatePath, cert.error().message())));
        return service->append(
            name, cert->der, noManagement, context, [done, name](Result<ChangeReport, SaslCertError> r) {
                if (!r)
                    return done(fail(tr("“%1” was not added: %2").arg(name, r.error().message())));
                done(tr("“%1” was added and verified in a fresh list.").arg(name));
            });
    }

    const DeviceCertificateRequest certRequest{name, jid, notBeforeNow(),
                                               notBeforeNow().addDays(request.validityDays), request.keyType};
    if (request.method == EnrollRequest::Method::NewDeviceP12) {
        if (QFile::exists(request.p12Path))
            return done(fail(
                tr("%1 already exists; choose another file name. Nothing was sent.").arg(request.p12Path)));
        auto password = std::make_shared<SecretBytes>(request.p12Password);
        const QString path = request.p12Path;
        const Pkcs12Format format = request.p12Format;
        return createThen(certRequest, context, done, [=](DeviceCredential cred) {
            // The key file first: an uploaded certificate must never lack its key.
            if (auto written = writePkcs12File(path, cred, *password, name, format); !written)
                return done(fail(tr("The .p12 file was not written (%1); nothing was uploaded.")
                                     .arg(written.error().message())));
            password->clear();
            service->append(
                name, cred.certificate.der, noManagement, ctx, [=](Result<ChangeReport, SaslCertError> r) {
                    if (r)
                        return done(tr("“%1” was added and verified; its key and certificate are in %2.")
                                        .arg(name, path));
                    if (r.error().outcomeUnknown())
                        return done(
                            fail(tr("“%1” may or may not have been added (%2). %3 was kept; check the list.")
                                     .arg(name, r.error().message(), path)));
                    QFile::remove(path);
                    done(fail(tr("“%1” was not added: %2 The .p12 file was removed.")
                                  .arg(name, r.error().message())));
                });
        });
    }

    // This computer: the key goes to the keychain before the certificate goes to the server.
    return createThen(certRequest, context, done, [=, this](DeviceCredential cred) {
        m_secrets->write(
            ownKeyEntry(jid), ownCredentialText(cred), ctx, [=, this](Result<QString, QString> stored) {
                if (!stored)
                    return done(fail(tr("The key could not be stored in the system keychain (%1); "
                                        "nothing was uploaded.")
                                         .arg(stored.error())));
                service->append(
                    name, cred.certificate.der, noManagement, ctx,
                    [=, this](Result<ChangeReport, SaslCertError> r) {
                        if (!r)
                            return done(fail(tr("“%1” was not added: %2").arg(name, r.error().message())));
                        StoredAccount account = m_store->load();
                        account.ownCertificateSha256 = cred.certificate.sha256;
                        m_store->save(account);
                        Q_EMIT ownCertificateChanged(cred.certificate.sha256);
                        done(tr("“%1” is this computer's certificate, added and verified; "
                                "its key is in the system keychain.")
                                 .arg(name));
                    });
            });
    });
}

void DeviceLifecycle::rotateOwn(QObject *context, Done done)
{
    const QByteArray ownSha = m_store->load().ownCertificateSha256;
    const SaslCertItem *old = nullptr;
    for (const auto &item : m_controller->model()->listing().items)
        if (item.certificate.sha256 == ownSha)
            old = &item;
    if (!old)
        return done(fail(tr("This computer has no certificate on the account to rotate.")));
    const QString jid = m_controller->session()->bareJid();
    const QString oldName = old->name;
    const QByteArray oldSha = old->certificate.sha256;
    const qint64 lifetimeDays = qMax<qint64>(1, old->certificate.notBefore.daysTo(old->certificate.notAfter));
    const KeyType keyType = old->certificate.keyAlgorithm == KeyAlgorithm::Rsa       ? KeyType::Rsa3072
                            : old->certificate.keyAlgorithm == KeyAlgorithm::Ed25519 ? KeyType::Ed25519
                                                                                     : KeyType::EcP256;
    const bool noManagement = old->noCertManagement;
    const QString newName = rotatedName(oldName, QDate::currentDate(), takenNames());
    QPointer<QObject> ctx(context);
    createThen({newName, jid, notBeforeNow(), notBeforeNow().addDays(lifetimeDays), keyType}, context, done,
               [=, this](DeviceCredential cred) {
                   // 1. The new key is staged in the keychain, 2. the journal is written, 3. the certificate
                   // is appended. Until step 4 swaps the keys, the old key and certificate keep working.
                   m_secrets->write(
                       stagedKeyEntry(jid), ownCredentialText(cred), ctx,
                       [=, this](Result<QString, QString> staged) {
                           if (!staged)
                               return done(fail(tr("The new key could not be stored in the keychain "
                                                   "(%1); nothing changed.")
                                                    .arg(staged.error())));
                           m_store->setPendingOwnRotation(
                               RotationJournal{oldName, newName, oldSha, cred.certificate.sha256});
                           m_controller->service()->append(
                               newName, cred.certificate.der, noManagement, ctx,
                               [=, this](Result<ChangeReport, SaslCertError> r) {
                                   if (!r && !r.error().outcomeUnknown()) {
                                       m_store->setPendingOwnRotation(std::nullopt);
                                       return done(fail(tr("The new certificate was not added (%1); "
                                                           "the old one is still in use.")
                                                            .arg(r.error().message())));
                                   }
                                   // Unknown outcome: the journal stays; resume decides from a list.
                                   if (!r)
                                       return done(fail(tr("The rotation was interrupted (%1); it will "
                                                           "be finished or rolled back automatically.")
                                                            .arg(r.error().message())));
                                   finishOwnRotation(ctx, done);
                               });
                       });
               });
}

void DeviceLifecycle::finishOwnRotation(QObject *context, Done done)
{
    const auto journal = m_store->pendingOwnRotation();
    if (!journal)
        return done(tr("No rotation to finish."));
    const QString jid = m_controller->session()->bareJid();
    QPointer<QObject> ctx(context);
    // 4. The staged key becomes this computer's key.
    m_secrets->read(stagedKeyEntry(jid), ctx, [=, this](Result<QString, QString> staged) {
        if (!staged)
            return done(fail(tr("The new key is not in the keychain (%1); the old certificate stays enabled.")
                                 .arg(staged.error())));
        m_secrets->write(ownKeyEntry(jid), *staged, ctx, [=, this](Result<QString, QString> written) {
            if (!written)
                return done(
                    fail(tr("The keychain refused the new key (%1); the old certificate stays enabled.")
                             .arg(written.error())));
            StoredAccount account = m_store->load();
            account.ownCertificateSha256 = journal->newSha256;
            m_store->save(account);
            Q_EMIT ownCertificateChanged(journal->newSha256);
            // Logged in by the old certificate: the new one has not proved itself yet. It is used from the
            // next login, and the old one is disabled once the new one has logged in.
            const AccountSession *session = m_controller->session();
            if (session->loginMethod() == LoginMethod::Certificate &&
                session->loginCertificateSha256() != journal->newSha256) {
                RotationJournal pending = *journal;
                pending.disableAfterNewLogin = true;
                m_store->setPendingOwnRotation(pending);
                return done(tr("“%1” is this computer's certificate from the next login on; “%2” will be "
                               "disabled once “%1” has logged in.")
                                .arg(journal->newName, journal->oldName));
            }
            // 5. Only now is the old certificate disabled.
            m_controller->service()->disable(
                journal->oldName, ctx,
                [=, this](Result<ChangeReport, SaslCertError> r) {
                    if (!r && r.error().kind != SaslCertError::Kind::NotFound)
                        return done(
                            fail(tr("“%1” is in use; the old certificate “%2” is not disabled yet (%3). "
                                    "It will be tried again.")
                                     .arg(journal->newName, journal->oldName, r.error().message())));
                    m_store->setPendingOwnRotation(std::nullopt);
                    m_secrets->remove(stagedKeyEntry(jid), this, [](Result<QString, QString>) {});
                    done(tr("Rotated: “%1” replaces “%2”, which is disabled.")
                             .arg(journal->newName, journal->oldName));
                },
                QString::fromLatin1(journal->oldSha256.toHex(':').toUpper()));
        });
    });
}

void DeviceLifecycle::resumeOwnRotation(QObject *context, Done done)
{
    const auto journal = m_store->pendingOwnRotation();
    if (!journal)
        return done(QString());
    if (journal->disableAfterNewLogin) {
        // Finished only by a login with the new certificate: that is the proof it works.
        const AccountSession *session = m_controller->session();
        if (session->loginMethod() != LoginMethod::Certificate ||
            session->loginCertificateSha256() != journal->newSha256)
            return done(QString());
        return finishOwnRotation(context, done);
    }
    const SaslCertItem *added = m_controller->model()->listing().find(journal->newName);
    if (added && added->certificate.sha256 == journal->newSha256)
        return finishOwnRotation(context, done);
    // The new certificate never reached the server: roll back. The old one was never touched.
    m_store->setPendingOwnRotation(std::nullopt);
    m_secrets->remove(stagedKeyEntry(m_controller->session()->bareJid()), this,
                      [](Result<QString, QString>) {});
    done(tr("An interrupted rotation was rolled back; “%1” is still this computer's certificate.")
             .arg(journal->oldName));
}

void DeviceLifecycle::rotateOther(const QString &oldName, const QString &p12Path,
                                  const SecretBytes &p12Password, QObject *context, Done done)
{
    const SaslCertItem *old = m_controller->model()->listing().find(oldName);
    if (!old)
        return done(fail(tr("“%1” is not on the account.").arg(oldName)));
    EnrollRequest request;
    request.method = EnrollRequest::Method::NewDeviceP12;
    request.name = rotatedName(oldName, QDate::currentDate(), takenNames());
    request.validityDays = int(qMax<qint64>(1, old->certificate.notBefore.daysTo(old->certificate.notAfter)));
    request.mayManage = !old->noCertManagement;
    request.p12Path = p12Path;
    request.p12Password = p12Password;
    const QString newName = request.name;
    enroll(std::move(request), context, [=, this](Result<QString, QString> r) {
        if (!r)
            return done(r);
        QMap<QString, QString> links = m_store->rotationLinks();
        links.insert(oldName, newName);
        m_store->setRotationLinks(links);
        Q_EMIT rotationLinksChanged();
        done(tr("“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable "
                "“%3”.")
                 .arg(newName, p12Path, oldName));
    });
}

void DeviceLifecycle::finishRotation(const QString &oldName, QObject *context, Done done)
{
    m_controller->service()->disable(oldName, context, [=, this](Result<ChangeReport, SaslCertError> r) {
        if (!r && r.error().kind != SaslCertError::Kind::NotFound)
            return done(fail(tr("“%1” was not disabled: %2").arg(oldName, r.error().message())));
        QMap<QString, QString> links = m_store->rotationLinks();
        const QString newName = links.take(oldName);
        m_store->setRotationLinks(links);
        Q_EMIT rotationLinksChanged();
        done(tr("Rotation finished: “%1” is disabled, “%2” is in use.").arg(oldName, newName));
    });
}

} // namespace certdeck
