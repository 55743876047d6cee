#pragma once

#include "crypto/Pkcs12.h"
#include "crypto/SecretBytes.h"

#include <QDialog>

namespace certdeck::ui {

class P12TargetWidget;

// Asks where the new .p12 goes (one file for one device, or a folder for "Rotate all due") and its password.
class RotateDialog final : public QDialog
{
    Q_OBJECT
public:
    // `devices` are the names to rotate; one name asks for a file, several for a folder. `format` is the
    // encoding the new files get (older phones: the password is always generated).
    RotateDialog(const QStringList &devices, Pkcs12Format format = Pkcs12Format::Current,
                 QWidget *parent = nullptr);

    // The name the new certificate gets (one device): the suggested file is named after it. Without it the
    // name assumes no rotation of the device this month yet.
    void setNewName(const QString &newName);
    [[nodiscard]] QString target() const; // file or folder
    [[nodiscard]] SecretBytes password() const;
    // Where the .p12 of `newName` goes.
    [[nodiscard]] QString fileFor(const QString &newName) const;

private:
    P12TargetWidget *m_target;
    bool m_folder;
};

} // namespace certdeck::ui
