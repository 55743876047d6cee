#pragma once

#include "controller/AccountController.h"
#include "model/NoticeLevel.h"

#include <QMainWindow>

#include <QSet>

#include <memory>

class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace certdeck {
class ActivityLog;
class DeviceWorkflow;
class CertificateListModel;
class CertificateFilterModel;
struct SaslCertItem;
} // namespace certdeck

namespace certdeck::ui {

class BadgeDecorator;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountController *controller, CertificateListModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The size the window opens at on a screen whose free area is `available` (no size saved yet).
    [[nodiscard]] static QSize defaultSize(const QSize &available);
    // The sentence in the status bar: "5 devices · 1 expiring within 30 days · 2 sessions online".
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString connectionText() const;
    // How this session logged in, for the status bar.
    [[nodiscard]] static QString loginMethodText(LoginMethod method);
    // The device shown in the selected row, if any.
    [[nodiscard]] const SaslCertItem *selectedItem() const;
    void selectDevice(const QString &name);
    // An inline message above the table (0 info, 1 warning, 2 error).
    void showNotice(certdeck::NoticeLevel level, const QString &text);
    // An expiry reminder about `device`: it stays beside other messages until the device's certificate is
    // gone (revoked, disabled, rotated) or the person dismisses it.
    void showReminder(const QString &device, const QString &text);
    // Shows the activity log in a dock; changes are recorded there by the caller's ActivityLog::attach.
    void setActivityLog(ActivityLog *log);
    // The emergency revoke for `device` (the selected one if empty). Returns the dialog's result code.
    int openLostDevice(const QString &device = {});
    // Enrollment and rotation need the lifecycle; without it those actions stay hidden.
    void setLifecycle(DeviceWorkflow *lifecycle);
    int openEnrollWizard();
    void rotateDevice(const QString &device = {});
    void finishRotation(const QString &device = {});
    // Rotates this computer's certificate and every other device's certificate that is due, in one action.
    void rotateAllDue();
    [[nodiscard]] QStringList dueForRotation() const;
    // Adds an entry to the toolbar's "Settings" menu.
    void addSetting(QAction *action);
    void addSettingsMenu(QMenu *menu);
    void disableDevice(const QString &device = {});
    // The Lost device dialog for the certificate with this SHA-256 fingerprint, revoked by fingerprint.
    // True when the revoke was proven.
    bool openLostDeviceByFingerprint(const QString &sha256);
    // Another inline message area, below the banner (the new-device alert).
    void addBanner(QWidget *banner);
    // Tab visits what is seen, top to bottom: the messages and their buttons, the filter, the table, the
    // details. Messages come and go, so this is redone whenever they do.
    void updateTabOrder();

    [[nodiscard]] QAction *lostDeviceAction() const { return m_lostAction; }

Q_SIGNALS:
    void logInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPhaseChanged(AccountController::Phase phase);
    void updateView();
    void updateDetails();
    void showContextMenu(const QPoint &pos);
    void exportCertificate(const QString &name);
    void restoreLayout();
    void fitColumns();
    // Calm hints for devices not used for long (the rule: longUnusedDevices), with a Disable button.
    void showUnusedHints();
    QMenu *settingsMenu();
    void buildMenus();
    // View → Sort by: the table's sorting from the keyboard (the column headers take no focus).
    void buildSortMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AccountController *m_controller;
    CertificateListModel *m_model;
    BadgeDecorator *m_decorator;
    CertificateFilterModel *m_proxy;
    QAction *m_logInAction;
    QAction *m_copyFingerprintAction;
    QAction *m_exportAction;
    QAction *m_lostAction;
    QAction *m_disableAction;
    QAction *m_activityAction = nullptr;
    QAction *m_enrollAction;
    QAction *m_rotateAction;
    QAction *m_finishRotationAction;
    QMenu *m_devicesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QList<QWidget *> m_banners; // added by addBanner, below the banner
    DeviceWorkflow *m_lifecycle = nullptr;
    QString m_reselect; // the device selected before a refresh
    QLabel *m_connectionLabel;
    QLabel *m_summaryLabel; // a widget, not a temporary message: menu status tips must not erase it
    bool m_fitQueued = false;
    QSet<QString> m_unusedHinted; // devices hinted as unused in this run
    QStringList m_unusedShown;    // the devices the hint names now
};

} // namespace certdeck::ui
