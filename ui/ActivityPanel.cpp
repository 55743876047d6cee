#include "ActivityPanel.h"

#include "SaveLocation.h"

#include "model/ProofText.h"
#include "storage/ActivityFeed.h"
#include "storage/ActivityLog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdeck::ui {
namespace {

enum Column
{
    TimeColumn,
    AccountColumn,
    ActionColumn,
    DeviceColumn,
    ResultColumn,
    ProofColumn,
    FingerprintColumn,
    ColumnCount
};

QString resultText(const QString &result)
{
    if (result == QLatin1String("confirmed"))
        return ActivityPanel::tr("✔ confirmed");
    if (result == QLatin1String("attempted"))
        return ActivityPanel::tr("… sent");
    if (result == QLatin1String("not-confirmed"))
        return ActivityPanel::tr("✘ not confirmed");
    if (result == QLatin1String("failed"))
        return ActivityPanel::tr("✘ failed");
    if (result == QLatin1String("started")) // a rotation waiting for its device, or for the next login
        return ActivityPanel::tr("… started");
    if (result == QLatin1String("rolled-back"))
        return ActivityPanel::tr("↶ rolled back");
    if (result == QLatin1String("raised")) // a new-device alert
        return ActivityPanel::tr("Was this you?");
    if (result == QLatin1String("acknowledged"))
        return ActivityPanel::tr("It was me");
    if (result == QLatin1String("revoked"))
        return ActivityPanel::tr("Cut off from the alert");
    return result;
}

// The log stores keywords; a person reads words in their language.
QString actionText(const QString &action)
{
    if (action == QLatin1String("enroll"))
        return ActivityPanel::tr("Enroll");
    if (action == QLatin1String("rotate"))
        return ActivityPanel::tr("Rotate");
    if (action == QLatin1String("disable"))
        return ActivityPanel::tr("Disable");
    if (action == QLatin1String("revoke"))
        return ActivityPanel::tr("Revoke");
    if (action == QLatin1String("new-device-alert"))
        return ActivityPanel::tr("New device");
    return action;
}

} // namespace

ActivityPanel::ActivityPanel(ActivityLog *log, QWidget *parent)
    : QWidget(parent), m_log(log), m_feed(new ActivityFeed(log->path(), this)),
      m_table(new QTableWidget(this)), m_allAccounts(new QCheckBox(tr("Show &all accounts"), this))
{
    setObjectName(QStringLiteral("activityPanel"));
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QString::fromLatin1(tableName));
    m_table->setAccessibleName(tr("Activity log"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Account"), tr("Action"), tr("Device"), tr("Result"),
                                        tr("Proof"), tr("Fingerprint")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_allAccounts->setObjectName(QString::fromLatin1(allAccountsName));
    buttons->addWidget(m_allAccounts);
    buttons->addStretch();
    auto *exportButton = new QPushButton(tr("Export as &CSV…"), this);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(exportButton, &QPushButton::clicked, this, &ActivityPanel::exportCsv);
    connect(m_allAccounts, &QCheckBox::toggled, this, &ActivityPanel::reload);
    // This process's own entries at once; other processes' when the file watcher notices them.
    connect(m_log, &ActivityLog::appended, m_feed, &ActivityFeed::poll);
    connect(m_feed, &ActivityFeed::appended, this, &ActivityPanel::addEntries);
    connect(m_feed, &ActivityFeed::reset, this, &ActivityPanel::reload);
    reload();
}

void ActivityPanel::setAccount(const QString &bareJid)
{
    if (m_account == bareJid)
        return;
    m_account = bareJid;
    reload();
}

void ActivityPanel::setShowAllAccounts(bool all)
{
    m_allAccounts->setChecked(all);
}

int ActivityPanel::rowCount() const
{
    return m_table->rowCount();
}

bool ActivityPanel::shows(const ActivityEntry &entry) const
{
    // Records from before the account was kept belong to no known account: shown with all accounts only.
    return m_allAccounts->isChecked() || (!entry.account.isEmpty() && entry.account == m_account);
}

void ActivityPanel::fillRow(int row, const ActivityEntry &e)
{
    const QLocale locale;
    const QString account = e.server.isEmpty() || e.account.isEmpty()
                                ? e.account
                                : tr("%1 on %2", "account on server").arg(e.account, e.server);
    const QStringList cells{locale.toString(e.time.toLocalTime(), QLocale::ShortFormat),
                            account,
                            actionText(e.action),
                            e.device,
                            resultText(e.result),
                            proofText(e),
                            e.fingerprint};
    for (int c = 0; c < cells.size(); ++c) {
        auto *cell = new QTableWidgetItem(cells.at(c));
        if ((c == ResultColumn || c == ProofColumn) && !e.detail.isEmpty())
            cell->setToolTip(e.detail);
        else if (c == ProofColumn)
            cell->setToolTip(cells.at(c)); // the whole line, however narrow the column
        m_table->setItem(row, c, cell);
    }
}

void ActivityPanel::addEntries(const QVector<ActivityEntry> &entries)
{
    bool added = false;
    for (const ActivityEntry &e : entries)
        if (shows(e)) {
            m_table->insertRow(0); // newest first
            fillRow(0, e);
            added = true;
        }
    if (added)
        fitColumns();
}

void ActivityPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Sizing every column to its contents sizes the last one too, and it no longer stretches to the table's
    // edge once a column was hidden or shown: stretch it again.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

void ActivityPanel::reload()
{
    QVector<const ActivityEntry *> shown;
    for (const ActivityEntry &e : m_feed->entries())
        if (shows(e))
            shown.append(&e);
    // In one go, newest first: a long log is not inserted row by row at the top.
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row)
        fillRow(row, *shown.at(shown.size() - 1 - row));
    m_table->setColumnHidden(AccountColumn, !m_allAccounts->isChecked());
    fitColumns();
}

void ActivityPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity"), suggestedSavePath(QStringLiteral("certdeck-activity.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberSaveFolder(path);
    if (auto done = m_log->exportCsv(path); !done)
        Q_EMIT notice(NoticeLevel::Error,
                      tr("The activity could not be exported to %1: %2").arg(path, done.error()));
    else
        Q_EMIT notice(NoticeLevel::Info, tr("Activity exported to %1.").arg(path));
}

} // namespace certdeck::ui
