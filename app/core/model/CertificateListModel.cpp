#include "CertificateListModel.h"

#include <QLocale>

namespace certdeck {

CertificateListModel::CertificateListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

void CertificateListModel::setListing(const ItemsListing &listing)
{
    beginResetModel();
    m_listing = listing;
    endResetModel();
}

void CertificateListModel::clear()
{
    setListing({});
}

const SaslCertItem *CertificateListModel::itemAt(int row) const
{
    return row >= 0 && row < m_listing.items.size() ? &m_listing.items.at(row) : nullptr;
}

qint64 CertificateListModel::daysLeft(const SaslCertItem &item) const
{
    const qint64 secs = m_clock.now().secsTo(item.certificate.notAfter);
    // Round toward "less time left": 23 h left is 0 days, 1 s past expiry is -1.
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QString CertificateListModel::daysLeftText(const SaslCertItem &item) const
{
    const qint64 secs = m_clock.now().secsTo(item.certificate.notAfter);
    if (secs <= 0) {
        const qint64 daysAgo = -secs / 86400; // whole days since expiry
        return daysAgo == 0 ? tr("expired today")
                            : tr("expired %n day(s) ago", nullptr, static_cast<int>(daysAgo));
    }
    const qint64 days = secs / 86400;
    if (days == 0)
        return tr("expires today");
    return tr("in %n day(s)", nullptr, static_cast<int>(days));
}

int CertificateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_listing.items.size());
}

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaslCertItem &item = m_listing.items.at(index.row());
    const CertificateInfo &cert = item.certificate;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name;
        case ExpiresColumn:
            return QLocale().toString(cert.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case DaysLeftColumn:
            return daysLeftText(item);
        case KeyColumn:
            return cert.keyDescription();
        case FingerprintColumn:
            return cert.shortFingerprint();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ExpiresColumn:
            return QLocale().toString(cert.notAfter.toLocalTime(), QLocale::LongFormat);
        case FingerprintColumn:
            return tr("SHA-256: %1").arg(cert.sha256Fingerprint());
        default:
            return cert.subject;
        }
    case SortRole:
        switch (index.column()) {
        case ExpiresColumn:
        case DaysLeftColumn:
            return cert.notAfter;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case FilterRole:
        return QStringList{item.name, cert.commonName, cert.keyDescription(), cert.sha256Fingerprint(),
                           cert.xmppAddresses.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case NameRole:
        return item.name;
    default:
        break;
    }
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case ExpiresColumn:
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Time left");
    case KeyColumn:
        return tr("Key");
    case FingerprintColumn:
        return tr("Fingerprint (SHA-256)");
    default:
        return {};
    }
}

CertificateFilterModel::CertificateFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateListModel::SortRole);
    setFilterRole(CertificateListModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(0);
}

} // namespace certdeck
