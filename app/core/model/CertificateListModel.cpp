#include "CertificateListModel.h"

#include "model/AccountRules.h"

#include "util/DisplayText.h"

#include <QLocale>

#include <limits>

namespace certdeck {

namespace {

// Most recent use last in ascending order: online above any time, never used and unknown below all.
qint64 useSortKey(const DeviceUse &use)
{
    switch (use.state) {
    case DeviceUse::State::Online:
        return std::numeric_limits<qint64>::max();
    case DeviceUse::State::LastUsed:
        return use.last.toMSecsSinceEpoch();
    case DeviceUse::State::NeverUsed:
        return std::numeric_limits<qint64>::min() + 2;
    case DeviceUse::State::Offline:
        return std::numeric_limits<qint64>::min() + 1;
    case DeviceUse::State::Unknown:
        break;
    }
    return std::numeric_limits<qint64>::min();
}

} // namespace

QString CertificateListModel::unknownUseText()
{
    return tr("The server does not say which devices are online or when they were last used. The “Online "
              "sessions” box shows who is logged in now.");
}

CertificateListModel::CertificateListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

void CertificateListModel::setListing(const ItemsListing &listing)
{
    beginResetModel();
    m_listing = listing;
    m_useReported = reportsUse(m_listing);
    m_filterText.clear();
    m_filterText.reserve(m_listing.items.size());
    for (const SaslCertItem &item : std::as_const(m_listing.items)) {
        const CertificateInfo &cert = item.certificate;
        // One allocation a row (QStringBuilder): this runs on the GUI thread for every listing.
        m_filterText << item.name % QLatin1Char('\n') % cert.commonName % QLatin1Char('\n') %
                            cert.keyDescription() % QLatin1Char('\n') % cert.sha256Fingerprint() %
                            QLatin1Char('\n') % cert.xmppAddresses.join(QLatin1Char(' ')) %
                            QLatin1Char('\n') % badgeText(badge(item));
    }
    endResetModel();
}

void CertificateListModel::clear()
{
    setListing({});
}

void CertificateListModel::refreshColumn(int column)
{
    if (!m_listing.items.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void CertificateListModel::setOnlineResources(const QStringList &resources)
{
    if (m_onlineResources == resources)
        return;
    m_onlineResources = resources;
    refreshColumn(StatusColumn);
}

void CertificateListModel::setOwnFingerprint(const QByteArray &sha256)
{
    if (m_ownSha256 == sha256)
        return;
    m_ownSha256 = sha256;
    refreshColumn(NameColumn);
}

void CertificateListModel::setRotationLinks(const QMap<QString, QString> &links)
{
    if (m_links == links)
        return;
    m_links = links;
    refreshColumn(StatusColumn);
}

const SaslCertItem *CertificateListModel::itemAt(int row) const
{
    return row >= 0 && row < m_listing.items.size() ? &m_listing.items.at(row) : nullptr;
}

int CertificateListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_listing.items.size(); ++row)
        if (m_listing.items.at(row).name == name)
            return row;
    return -1;
}

qint64 CertificateListModel::daysLeft(const SaslCertItem &item) const
{
    return certdeck::daysLeft(item.certificate.notAfter, m_clock.now());
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

ExpiryBadge CertificateListModel::badge(const SaslCertItem &item) const
{
    return expiryBadge(item.certificate, m_clock.now());
}

QString CertificateListModel::statusText(const SaslCertItem &item) const
{
    // A rotation in progress links the two rows.
    if (m_links.contains(item.name))
        return tr("Being replaced by “%1”").arg(m_links.value(item.name));
    if (const QString old = m_links.key(item.name); !old.isEmpty())
        return tr("Replaces “%1”").arg(old);
    return DeviceUseText::status(use(item), m_clock.now());
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
    const bool own = !m_ownSha256.isEmpty() && cert.sha256 == m_ownSha256;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // Shown, never interpreted: a name with U+202E or a newline must not reorder or split the row.
            return own ? tr("%1 (this computer)").arg(visibleControls(item.name))
                       : visibleControls(item.name);
        case StatusColumn:
            return statusText(item);
        case HealthColumn:
            return badgeText(badge(item));
        case ExpiresColumn:
            return QLocale().toString(cert.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case DaysLeftColumn:
            return daysLeftText(item);
        case KeyColumn:
            return cert.keyDescription();
        case ValidFromColumn:
            return QLocale().toString(cert.notBefore.toLocalTime().date(), QLocale::ShortFormat);
        case FingerprintColumn:
            return cert.shortFingerprint();
        case ManageColumn:
            return item.noCertManagement ? tr("No") : tr("Yes");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return use(item).state == DeviceUse::State::Unknown ? unknownUseText() : QVariant();
        case HealthColumn:
            return tr("Rotation due %1")
                .arg(QLocale().toString(rotationDue(cert).toLocalTime().date(), QLocale::ShortFormat));
        case ExpiresColumn:
            return QLocale().toString(cert.notAfter.toLocalTime(), QLocale::LongFormat);
        case FingerprintColumn:
            return tr("SHA-256: %1").arg(cert.sha256Fingerprint());
        case ManageColumn:
            return tr("Whether this device may add, disable or revoke other devices' certificates. "
                      "The server may not enforce it.");
        default:
            return cert.subject;
        }
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn && own)
            return tr("%1, this computer").arg(visibleControls(item.name));
        // The cell is empty, not silent: a screen reader says why.
        if (index.column() == StatusColumn && use(item).state == DeviceUse::State::Unknown &&
            !m_links.contains(item.name) && m_links.key(item.name).isEmpty())
            return tr("Unknown");
        break;
    case SortRole:
        switch (index.column()) {
        case HealthColumn:
            return -int(badge(item));
        case ExpiresColumn:
        case DaysLeftColumn: // numbers, not QDateTime: sorting 10,000 rows compares them ~140,000 times
            return cert.notAfter.toMSecsSinceEpoch();
        case ValidFromColumn:
            return cert.notBefore.toMSecsSinceEpoch();
        case NameColumn:
            return item.name.toLower();
        case StatusColumn:
            return useSortKey(use(item));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case FilterRole:
        return m_filterText.value(index.row());
    case NameRole:
        return item.name;
    case BadgeRole:
        return int(badge(item));
    case UseRole:
        return int(use(item).state);
    case OwnRole:
        return own;
    default:
        break;
    }
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == StatusColumn && role == Qt::ToolTipRole)
        return m_useReported ? tr("Online now, or when the device last logged in. Sort by this column to see "
                                  "the devices unused the longest.")
                             : unknownUseText();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case StatusColumn:
        return tr("Status");
    case HealthColumn:
        return tr("Health");
    case ExpiresColumn:
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Time left");
    case KeyColumn:
        return tr("Key");
    case ValidFromColumn:
        // The certificate's start: the server does not say when an entry was added to the account.
        return tr("Valid from");
    case FingerprintColumn:
        return tr("Fingerprint (SHA-256)");
    case ManageColumn:
        return tr("May manage devices");
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
