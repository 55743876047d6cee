#pragma once

#include "model/DeviceUse.h"
#include "model/ExpiryPolicy.h"
#include "util/Clock.h"
#include "xmpp/SaslCertTypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace certdeck {

// The account's certificates as the server last listed them: one row per certificate.
class CertificateListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        HealthColumn,
        ExpiresColumn,
        DaysLeftColumn,
        KeyColumn,
        ValidFromColumn,
        FingerprintColumn,
        ManageColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts correctly (dates, numbers)
        FilterRole,                  // all text a person may search for in this row
        NameRole,
        BadgeRole, // int(ExpiryBadge)
        UseRole,   // int(DeviceUse::State)
        OwnRole,   // bool: this computer's own certificate
    };

    explicit CertificateListModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setListing(const ItemsListing &listing);
    void clear();
    // Resources of this account online now (from presence), used where a certificate names its resource.
    void setOnlineResources(const QStringList &resources);
    // SHA-256 of this computer's own certificate, if it has one.
    void setOwnFingerprint(const QByteArray &sha256);
    // Rotations of other devices waiting for "Finish rotation": old name -> new name.
    void setRotationLinks(const QMap<QString, QString> &links);
    [[nodiscard]] QString replacementOf(const QString &name) const { return m_links.value(name); }
    [[nodiscard]] const QMap<QString, QString> &rotationLinks() const { return m_links; }
    [[nodiscard]] const QByteArray &ownFingerprint() const { return m_ownSha256; }
    [[nodiscard]] bool isRotationInProgress(const QString &name) const
    {
        return m_links.contains(name) || !m_links.key(name).isEmpty();
    }

    [[nodiscard]] const ItemsListing &listing() const { return m_listing; }
    [[nodiscard]] const SaslCertItem *itemAt(int row) const;
    [[nodiscard]] int rowOf(const QString &name) const;

    // Whole days from now until the certificate expires, rounded down; negative once expired.
    [[nodiscard]] qint64 daysLeft(const SaslCertItem &item) const;
    [[nodiscard]] QString daysLeftText(const SaslCertItem &item) const;
    [[nodiscard]] ExpiryBadge badge(const SaslCertItem &item) const;
    // Online sessions and last use, from the listing and the account's presence.
    [[nodiscard]] DeviceUse use(const SaslCertItem &item) const { return deviceUse(item, m_onlineResources); }
    // Whether any row's use is known: then the Status header need not say the server is silent.
    [[nodiscard]] bool useReported() const { return m_useReported; }
    [[nodiscard]] QString statusText(const SaslCertItem &item) const;
    // Said once, in the Status header's tooltip, when the server tells neither sessions nor last use.
    [[nodiscard]] static QString unknownUseText();
    [[nodiscard]] const Clock &clock() const { return m_clock; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshColumn(int column);

    const Clock &m_clock;
    ItemsListing m_listing;
    QStringList m_onlineResources;
    bool m_useReported = false;
    QByteArray m_ownSha256;
    QMap<QString, QString> m_links;
    // What the filter searches, per row: built once per listing, so a keystroke does no formatting.
    QVector<QString> m_filterText;
};

// Sorting by real values and a case-insensitive filter over every visible field.
class CertificateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificateFilterModel(QObject *parent = nullptr);
};

} // namespace certdeck
