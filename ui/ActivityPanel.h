#pragma once

#include <QWidget>

class QTableWidget;

namespace certdeck {
class ActivityLog;
}

namespace certdeck::ui {

// The activity log, newest first, with CSV export.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityLog *log, QWidget *parent = nullptr);
    void reload();
    [[nodiscard]] int rowCount() const;

Q_SIGNALS:
    void notice(int level, const QString &text);

private:
    void exportCsv();

    ActivityLog *m_log;
    QTableWidget *m_table;
};

} // namespace certdeck::ui
