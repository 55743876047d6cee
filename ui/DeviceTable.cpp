#include "DeviceTable.h"

namespace certdeck::ui {

void DeviceTable::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (isActiveWindow())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // the same, without the focus event
}

} // namespace certdeck::ui
