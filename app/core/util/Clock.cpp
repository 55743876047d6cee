#include "Clock.h"

#include <QTimeZone>

namespace certdeck {
namespace {
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

QDateTime utcDateTime(QDate date, QTime time)
{
    // The Qt::TimeSpec constructor is deprecated in Qt 6.8. On Qt 6.4 a QTimeZone::utc() time still reports
    // Qt::TimeZone (ISO text "+00:00"), so toUTC() gives the same Qt::UTC time everywhere.
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace certdeck
