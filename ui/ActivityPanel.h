#pragma once

#include "model/NoticeLevel.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace certdeck {
class ActivityFeed;
class ActivityLog;
struct ActivityEntry;
} // namespace certdeck

namespace certdeck::ui {

// The activity log, newest first, with CSV export. It shows the current account's changes (or every
// account's) and follows the file, so changes certdeck-cli makes while the window is open appear too.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityLog *log, QWidget *parent = nullptr);
    // The account whose entries are shown unless "all accounts" is ticked (a bare JID).
    void setAccount(const QString &bareJid);
    void setShowAllAccounts(bool all);
    void reload();
    [[nodiscard]] int rowCount() const;

    static constexpr char tableName[] = "activityTable";
    static constexpr char allAccountsName[] = "allAccountsCheck";

Q_SIGNALS:
    void notice(certdeck::NoticeLevel level, const QString &text);

private:
    [[nodiscard]] bool shows(const ActivityEntry &entry) const;
    void fillRow(int row, const ActivityEntry &entry);
    void addEntries(const QVector<ActivityEntry> &entries);
    void exportCsv();
    void fitColumns();

    ActivityLog *m_log;
    ActivityFeed *m_feed;
    QTableWidget *m_table;
    QCheckBox *m_allAccounts;
    QString m_account;
};

} // namespace certdeck::ui
