#include "PasswordStore.h"

#include "util/Version.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace certdeck {
namespace {

KeychainError::Kind kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return KeychainError::Kind::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainError::Kind::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainError::Kind::Unavailable;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainError::Kind::Other;
}

// Runs a job; `done` gets the password it read (empty for writes and removals) or the keychain's error.
template<typename Job>
void run(Job *job, const QString &account, QObject *context, PasswordStore::ReadDone done,
         bool returnsPassword)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text fallback would defeat the point
    job->setKey(account);
    QPointer<QObject> ctx(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [ctx, done, returnsPassword](QKeychain::Job *j) {
                         if (!ctx)
                             return;
                         if (j->error() != QKeychain::NoError)
                             return done(fail(KeychainError{kindOf(j->error()), j->errorString()}));
                         if (returnsPassword)
                             return done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
                         done(QString());
                     });
    job->start();
}

// Writes and removals report no password.
PasswordStore::ReadDone statusOnly(PasswordStore::Done done)
{
    return [done = std::move(done)](Result<QString, KeychainError> r) {
        if (!r)
            return done(fail(r.error()));
        done(Success{});
    };
}

} // namespace

PasswordStore::PasswordStore(QObject *parent) : QObject(parent) {}

// A job outlives the store that started it: libsecret answers it asynchronously, and a job deleted with its
// store (a window closed right after a login) would be answered after it was freed. The application owns
// the jobs; each deletes itself when done, and the caller's context decides whether its answer still matters.
QObject *PasswordStore::jobOwner()
{
    if (QObject *app = QCoreApplication::instance())
        return app;
    return this;
}

QString PasswordStore::serviceName()
{
    return QString::fromLatin1(applicationId);
}

void PasswordStore::read(const QString &account, QObject *context, ReadDone done)
{
    run(new QKeychain::ReadPasswordJob(serviceName(), jobOwner()), account, context, std::move(done), true);
}

void PasswordStore::write(const QString &account, const QString &password, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), jobOwner());
    job->setTextData(password);
    run(job, account, context, statusOnly(std::move(done)), false);
}

void PasswordStore::remove(const QString &account, QObject *context, Done done)
{
    run(new QKeychain::DeletePasswordJob(serviceName(), jobOwner()), account, context,
        statusOnly(std::move(done)), false);
}

} // namespace certdeck
