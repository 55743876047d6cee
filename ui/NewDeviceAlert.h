#pragma once

#include "storage/NewDeviceStore.h"

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;

namespace certdeck {
class NewDeviceWatch;
}

namespace certdeck::ui {

class MainWindow;
class TrayIcon;

// "Was this you?" in the window: a banner above the table (in the banner's error style) with the two
// answers, a tray notification when a question is new, a calm note for removals, and the setting for the
// background check.
class NewDeviceAlert final : public QFrame
{
    Q_OBJECT
public:
    NewDeviceAlert(NewDeviceWatch *watch, NewDeviceStore *store, MainWindow *window,
                   TrayIcon *tray = nullptr);

    [[nodiscard]] QString text() const;
    // Settings → Check for new devices: every 5, 15 or 60 minutes, or off.
    [[nodiscard]] QMenu *intervalMenu();

    static constexpr char itWasMeButtonName[] = "itWasMeButton";
    static constexpr char cutOffButtonName[] = "cutOffButton";

private:
    void showAlerts(const QVector<PendingAlert> &pending, bool fresh);
    void applyInterval(int minutes);

    NewDeviceWatch *m_watch;
    NewDeviceStore *m_store;
    MainWindow *m_window;
    TrayIcon *m_tray;
    QLabel *m_icon;
    QLabel *m_label;
    // In the order Tab visits them, the order they are seen in: the refusal above the consent.
    QPushButton *m_cutOff;
    QPushButton *m_itWasMe;
    QVector<PendingAlert> m_shown;
};

} // namespace certdeck::ui
