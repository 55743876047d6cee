#include "SessionHelpers.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace certdeck::test {

std::optional<ConnectionError> connectAndWait(AccountSession &session, const AccountSettings &settings,
                                              const QString &password, int timeoutMs)
{
    QSignalSpy connected(&session, &AccountSession::connected);
    QSignalSpy failed(&session, &AccountSession::connectionFailed);
    session.connectToServer(settings, password);
    QEventLoop loop;
    QObject::connect(&session, &AccountSession::connected, &loop, &QEventLoop::quit);
    QObject::connect(&session, &AccountSession::connectionFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (connected.isEmpty() && failed.isEmpty())
        loop.exec();
    if (!connected.isEmpty())
        return std::nullopt;
    if (!failed.isEmpty())
        return failed.constFirst().constFirst().value<ConnectionError>();
    return ConnectionError{ConnectionError::Kind::Timeout, QStringLiteral("test gave up waiting")};
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

DeviceCredential makeCredential(const QString &name, const QString &jid, int fromDays, int toDays,
                                KeyType type)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto result = createDeviceCredential({name, jid, now.addDays(fromDays), now.addDays(toDays), type});
    if (!result)
        qFatal("makeCredential failed: %s", qPrintable(result.error().message()));
    return std::move(result).value();
}

QString shortLocalTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace certdeck::test
