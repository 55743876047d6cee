#pragma once

#include <QString>

class QWidget;

namespace certdeck::ui::accessibility {

// A widget that appears to tell the person something (a banner message, "Was this you?") is an alert to
// assistive technology: AT-SPI role "alert", named by its text. Screen readers speak an alert when it shows.
void markAsAlert(QWidget *widget, const QString &text);

// Speaks `text` now, from `source` (Qt 6.8's announcement event; older Qt has none, and the alert role or
// the focus carries the news instead). Assertive interrupts what is being read; polite waits.
void announce(QWidget *source, const QString &text, bool assertive);

} // namespace certdeck::ui::accessibility
