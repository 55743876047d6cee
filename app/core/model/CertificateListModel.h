#pragma once

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
        ExpiresColumn,
        DaysLeftColumn,
        KeyColumn,
        FingerprintColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts correctly (dates, numbers)
        FilterRole,                  // all text a person may search for in this row
        NameRole,
    };
    Q_ENUM(Column)

    explicit CertificateListModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setListing(const ItemsListing &listing);
    void clear();
    [[nodiscard]] const ItemsListing &listing() const { return m_listing; }
    [[nodiscard]] const SaslCertItem *itemAt(int row) const;

    // Whole days from now until the certificate expires; negative once expired.
    [[nodiscard]] qint64 daysLeft(const SaslCertItem &item) const;
    [[nodiscard]] QString daysLeftText(const SaslCertItem &item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    ItemsListing m_listing;
};

// Sorting by real values and a case-insensitive filter over every visible field.
class CertificateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificateFilterModel(QObject *parent = nullptr);
};

} // namespace certdeck
