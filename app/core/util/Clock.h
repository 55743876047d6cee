#pragma once

#include <QDateTime>

namespace certdeck {

// date and time read as UTC; the result has Qt::UTC as its time spec on every Qt 6 (ISO text ends in 'Z').
[[nodiscard]] QDateTime utcDateTime(QDate date, QTime time);

// Time source for everything that judges expiry, so tests can pin "now".
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;

    // The process-wide system clock.
    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace certdeck
