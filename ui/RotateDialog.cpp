#include "RotateDialog.h"

#include "P12TargetWidget.h"
#include "util/DisplayText.h"
#include "workflow/DeviceWorkflow.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdeck::ui {
namespace {

QString fileName(QString name)
{
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name + QStringLiteral(".p12");
}

} // namespace

RotateDialog::RotateDialog(const QStringList &devices, Pkcs12Format format, QWidget *parent)
    : QDialog(parent), m_target(new P12TargetWidget(this)), m_folder(devices.size() > 1)
{
    setWindowTitle(m_folder ? tr("Rotate %n certificate(s)", nullptr, int(devices.size()))
                            : tr("Rotate “%1”").arg(visibleControls(devices.value(0))));
    setMinimumWidth(600); // room for the file's path
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        (m_folder
             ? tr("<p>New keys and certificates are made for: %1. Each is saved as a .p12 file in the folder "
                  "below, all with the password below.</p>")
                   .arg(visibleControls(devices.join(QStringLiteral(", "))).toHtmlEscaped())
             : tr("<p>A new key and certificate are made for the device and saved in a .p12 file.</p>")) +
            tr("<p>The old certificates keep working until you confirm each device has switched "
               "(“Finish rotation”).</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (m_folder)
        m_target->setSuggestedFile(
            QDir(P12TargetWidget::defaultFolder())
                .filePath(
                    QStringLiteral("certdeck-rotation-%1").arg(QDate::currentDate().toString(Qt::ISODate))));
    else
        setNewName(DeviceWorkflow::rotatedName(devices.value(0), QDate::currentDate(), {}));
    m_target->setFolderMode(m_folder);
    m_target->setFormat(format);
    layout->addWidget(m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and upload"));
    const auto refresh = [buttons, this] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target->isComplete());
    };
    connect(m_target, &P12TargetWidget::changed, this, refresh);
    refresh();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RotateDialog::setNewName(const QString &newName)
{
    if (!m_folder)
        m_target->setSuggestedFile(QDir(P12TargetWidget::defaultFolder()).filePath(fileName(newName)));
}

QString RotateDialog::target() const
{
    return m_target->path();
}

SecretBytes RotateDialog::password() const
{
    return m_target->password();
}

QString RotateDialog::fileFor(const QString &newName) const
{
    return m_folder ? QDir(target()).filePath(fileName(newName)) : target();
}

} // namespace certdeck::ui
