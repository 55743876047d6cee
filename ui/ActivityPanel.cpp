#include "ActivityPanel.h"

#include "storage/ActivityLog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdeck::ui {
namespace {

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
    return result;
}

} // namespace

ActivityPanel::ActivityPanel(ActivityLog *log, QWidget *parent)
    : QWidget(parent), m_log(log), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("activityPanel"));
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity log"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Action"), tr("Device"), tr("Result"), tr("Sessions closed"), tr("Fingerprint")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *exportButton = new QPushButton(tr("Export as &CSV…"), this);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(exportButton, &QPushButton::clicked, this, &ActivityPanel::exportCsv);
    connect(m_log, &ActivityLog::appended, this, &ActivityPanel::reload);
    reload();
}

int ActivityPanel::rowCount() const
{
    return m_table->rowCount();
}

void ActivityPanel::reload()
{
    const auto entries = m_log->entries();
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int i = 0; i < entries.size(); ++i) {
        const ActivityEntry &e = entries.at(entries.size() - 1 - i); // newest first
        const QStringList cells{locale.toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                e.action,
                                e.device,
                                resultText(e.result),
                                e.sessionsClosed.join(QStringLiteral(", ")),
                                e.fingerprint};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (c == 3 && !e.detail.isEmpty())
                cell->setToolTip(e.detail);
            m_table->setItem(i, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
}

void ActivityPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity"), QStringLiteral("certdeck-activity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto done = m_log->exportCsv(path); !done)
        Q_EMIT notice(2, tr("The activity could not be exported to %1: %2").arg(path, done.error()));
    else
        Q_EMIT notice(0, tr("Activity exported to %1.").arg(path));
}

} // namespace certdeck::ui
