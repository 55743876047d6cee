#include "PasswordStore.h"

#include "util/Version.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace certdeck {
namespace {

template<typename Job>
void run(Job *job, const QString &account, QObject *context, PasswordStore::Done done, bool returnsPassword)
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
                             return done(fail(j->errorString()));
                         if (returnsPassword)
                             return done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
                         done(QString());
                     });
    job->start();
}

} // namespace

PasswordStore::PasswordStore(QObject *parent) : QObject(parent) {}

QString PasswordStore::serviceName()
{
    return QString::fromLatin1(applicationId);
}

void PasswordStore::read(const QString &account, QObject *context, Done done)
{
    run(new QKeychain::ReadPasswordJob(serviceName(), this), account, context, std::move(done), true);
}

void PasswordStore::write(const QString &account, const QString &password, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(password);
    run(job, account, context, std::move(done), false);
}

void PasswordStore::remove(const QString &account, QObject *context, Done done)
{
    run(new QKeychain::DeletePasswordJob(serviceName(), this), account, context, std::move(done), false);
}

} // namespace certdeck
