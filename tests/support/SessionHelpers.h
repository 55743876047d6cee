#pragma once

#include "crypto/DeviceCertificate.h"
#include "xmpp/AccountSession.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

namespace certdeck::test {

// Connects and waits. Returns the failure, if any (nullopt = connected).
[[nodiscard]] std::optional<ConnectionError> connectAndWait(AccountSession &session,
                                                            const AccountSettings &settings,
                                                            const QString &password, int timeoutMs = 10000);

// Runs one AccountSession request and waits for its callback; nullopt when nothing came back in time.
template<typename T, typename Call>
[[nodiscard]] std::optional<Result<T, SaslCertError>> awaitResult(Call call, int timeoutMs = 10000)
{
    std::optional<Result<T, SaslCertError>> out;
    QEventLoop loop;
    QObject context;
    call(&context, [&](Result<T, SaslCertError> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

// Processes events until `condition` holds or the time is up; returns whether it holds.
// A UTC time as the window writes it for a person: local time, the language's short date and time.
[[nodiscard]] QString shortLocalTime(const QDateTime &utc);

[[nodiscard]] bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

// A device certificate for tests: valid from `fromDays` to `toDays` relative to now.
[[nodiscard]] DeviceCredential makeCredential(const QString &name, const QString &jid, int fromDays,
                                              int toDays, KeyType type = KeyType::EcP256);

} // namespace certdeck::test
