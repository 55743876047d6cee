#pragma once

#include "model/AccountController.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace certdeck {
class CertificateListModel;
class CertificateFilterModel;
} // namespace certdeck

namespace certdeck::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountController *controller, CertificateListModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The sentence under the table: "5 devices · 1 expiring within 30 days · 1 expired".
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    void logInRequested();

private:
    void onPhaseChanged(AccountController::Phase phase);
    void updateView();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AccountController *m_controller;
    CertificateListModel *m_model;
    CertificateFilterModel *m_proxy;
    QAction *m_logInAction;
};

} // namespace certdeck::ui
