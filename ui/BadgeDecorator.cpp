#include "BadgeDecorator.h"

#include "model/CertificateListModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace certdeck::ui {

BadgeDecorator::BadgeDecorator(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant BadgeDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == CertificateListModel::HealthColumn) {
        QStyle *style = QApplication::style();
        switch (ExpiryBadge(index.data(CertificateListModel::BadgeRole).toInt())) {
        case ExpiryBadge::Ok:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case ExpiryBadge::RenewSoon:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case ExpiryBadge::Expiring:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case ExpiryBadge::Expired:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
    }
    if (role == Qt::FontRole && index.column() == CertificateListModel::NameColumn &&
        index.data(CertificateListModel::OwnRole).toBool()) {
        QFont bold = QApplication::font();
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace certdeck::ui
