#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cstdio>

namespace Tessera {

// A time as UTC ISO 8601 text with milliseconds ("2026-11-14T02:06:00.000Z"), exactly as
// QDateTime::toString(Qt::ISODateWithMs) writes a UTC time, so that such texts sort as the times
// do. Written directly: it runs for every event and run stored, and QDateTime's own formatting
// costs several times as much and does not scale across threads. Empty for an invalid time.
inline QString isoUtcText(const QDateTime &time)
{
    if (!time.isValid())
        return QString(QLatin1String(""));
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    qint64 days = ms / msPerDay;
    qint64 inDay = ms % msPerDay;
    if (inDay < 0) {
        inDay += msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 0 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char text[32];
    const int length
        = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                        int(inDay / 3600000), int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text, length);
}

// A time as people read it here: local time, the locale's short date and time; empty when invalid.
inline QString localTimeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace Tessera
