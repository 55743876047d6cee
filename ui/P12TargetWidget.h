#pragma once

#include "crypto/Pkcs12.h"
#include "crypto/SecretBytes.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace certdeck::ui {

// Where a device's .p12 goes and the password that protects it: a generated one by default (shown here
// only, with a copy button), or one the person types twice, where the file's format allows it.
class P12TargetWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit P12TargetWidget(QWidget *parent = nullptr);

    // Where a suggested .p12 goes: ~/Documents when it exists, else the home folder.
    [[nodiscard]] static QString defaultFolder();
    void setSuggestedFile(const QString &path);
    // Several devices at once: the path is a folder that gets one .p12 per device (label "Folder:", Browse
    // picks a folder, an existing folder is fine, an existing file is not).
    void setFolderMode(bool folder);
    // The encoding the file is written in; it decides whether a typed password is allowed.
    void setFormat(Pkcs12Format format);
    [[nodiscard]] Pkcs12Format format() const { return m_format; }
    [[nodiscard]] QString path() const;
    [[nodiscard]] SecretBytes password() const;
    [[nodiscard]] bool usesGeneratedPassword() const;
    [[nodiscard]] bool isComplete() const;
    // "weak", "fair" or "strong", as shown.
    [[nodiscard]] QString strengthText() const;

Q_SIGNALS:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void buildGeneratedPasswordRows(QFormLayout *form);

    QLineEdit *m_path;
    QLabel *m_pathLabel = nullptr;
    bool m_folderMode = false;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QLabel *m_formatNote = nullptr;
    QLineEdit *m_generated = nullptr;
    QHBoxLayout *m_generatedRow = nullptr;
    QLabel *m_advice = nullptr;
    QCheckBox *m_own = nullptr;
    QFormLayout *m_form = nullptr;
    SecretBytes m_generatedPassword;
    Pkcs12Format m_format = Pkcs12Format::Current;
};

} // namespace certdeck::ui
