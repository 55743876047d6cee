#pragma once

#include <QIdentityProxyModel>

namespace certdeck::ui {

// Adds icons to the health and status columns, so the badge is never colour (or words) alone.
class BadgeDecorator final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit BadgeDecorator(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace certdeck::ui
