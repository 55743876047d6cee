#pragma once

#include "crypto/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace certdeck::ui {

// Where a device's .p12 goes and the password that protects it (typed twice, with a strength hint).
class P12TargetWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit P12TargetWidget(QWidget *parent = nullptr);

    // Where a suggested .p12 goes: ~/Documents when it exists, else the home folder.
    [[nodiscard]] static QString defaultFolder();
    void setSuggestedFile(const QString &path);
    [[nodiscard]] QString path() const;
    [[nodiscard]] SecretBytes password() const;
    [[nodiscard]] bool isComplete() const;
    // "weak", "fair" or "strong", as shown.
    [[nodiscard]] QString strengthText() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_path;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
};

} // namespace certdeck::ui
