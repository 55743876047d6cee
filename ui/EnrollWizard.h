#pragma once

#include "model/DeviceKind.h"
#include "workflow/DeviceWorkflow.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace certdeck {
class AccountController;
}

namespace certdeck::ui {

class P12TargetWidget;

// Enroll a device: name (checked against the account's names), how (new .p12, the device's own certificate,
// or this computer), for a new .p12 what the device is (it decides the file's encoding and the key types),
// options, then the upload and the fresh listing that proves it.
class EnrollWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        NamePage,
        OptionsPage,
        ExportPage,
        ImportPage,
        ResultPage,
        DevicePage // after the name, for a new .p12: what the device is
    };

    EnrollWizard(AccountController *controller, DeviceWorkflow *lifecycle, QWidget *parent = nullptr);

    [[nodiscard]] EnrollRequest request() const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    int nextId() const override;

    // Loads a certificate file for the import path (also what a drop does).
    void setImportFile(const QString &path);

private:
    friend class EnrollPage;
    void buildPages();
    void buildDevicePage();
    void showKeyTypes();
    [[nodiscard]] DeviceKind deviceKind() const;
    [[nodiscard]] QString installSteps() const;
    void checkImport();
    void run();

    AccountController *m_controller;
    DeviceWorkflow *m_lifecycle;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QButtonGroup *m_method = nullptr;
    QButtonGroup *m_device = nullptr;
    QLabel *m_deviceNote = nullptr;
    QLabel *m_keyTypeNote = nullptr;
    QComboBox *m_validity = nullptr;
    QComboBox *m_keyType = nullptr;
    QCheckBox *m_mayManage = nullptr;
    P12TargetWidget *m_p12 = nullptr;
    QLineEdit *m_importPath = nullptr;
    QLabel *m_importReport = nullptr;
    bool m_importOk = false;
    QLabel *m_result = nullptr;
    QLabel *m_instructions = nullptr;
    bool m_running = false;
    bool m_manageChosen = false; // the person ticked or cleared "may manage" themselves
    bool m_succeeded = false;
};

} // namespace certdeck::ui
