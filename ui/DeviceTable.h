#pragma once

#include <QTableView>

namespace certdeck::ui {

// The device table. A refresh behind a dialog (the Lost device proof) moves its current row; QTableView then
// tells assistive technology that the row took the focus, and a screen reader speaks the table instead of the
// dialog the person is reading. The table only says so while its window is the active one.
class DeviceTable : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace certdeck::ui
