#include "Accessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QVariant>
#include <QWidget>

namespace certdeck::ui::accessibility {
namespace {

constexpr char alertProperty[] = "certdeckAlert";

// Qt gives a QFrame the role "panel"; only a factory can give a plain widget another role.
QAccessibleInterface *alertFactory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && widget->property(alertProperty).toBool())
        return new QAccessibleWidget(widget, QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

void markAsAlert(QWidget *widget, const QString &text)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed)
    widget->setProperty(alertProperty, true);
    widget->setAccessibleName(text);
    QAccessibleEvent changed(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void announce(QWidget *source, const QString &text, bool assertive)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent announcement(source, text);
    announcement.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                         : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&announcement);
#else
    Q_UNUSED(source)
    Q_UNUSED(text)
    Q_UNUSED(assertive)
#endif
}

} // namespace certdeck::ui::accessibility
