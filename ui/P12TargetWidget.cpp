#include "P12TargetWidget.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace certdeck::ui {
namespace {

// A rough guide, not a gate beyond the minimum: length counts most, then variety.
int strength(const QString &p)
{
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : p) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    if (p.size() >= 16 || (p.size() >= 12 && classes >= 3))
        return 2;
    if (p.size() >= 10 || (p.size() >= 8 && classes >= 3))
        return 1;
    return 0;
}

} // namespace

P12TargetWidget::P12TargetWidget(QWidget *parent)
    : QWidget(parent), m_path(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_hint(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("p12Path"));
    m_path->setAccessibleName(tr("File for the device"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    // A label made by addRow() for a layout gets no buddy, and its "&F" would show as a literal "&File:".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    m_password->setObjectName(QStringLiteral("p12Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password for the file"));
    m_repeat->setObjectName(QStringLiteral("p12Repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the password"));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_hint->setObjectName(QStringLiteral("p12Hint"));
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the device's key and certificate"),
                                                            m_path->text(), tr("PKCS#12 files (*.p12)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    for (auto *edit : {m_path, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &P12TargetWidget::update);
    update();
}

QString P12TargetWidget::defaultFolder()
{
    // A fresh account may have no ~/Documents (no desktop session ever created it): then the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

void P12TargetWidget::setSuggestedFile(const QString &path)
{
    m_path->setText(path);
}

QString P12TargetWidget::path() const
{
    return m_path->text().trimmed();
}

SecretBytes P12TargetWidget::password() const
{
    return SecretBytes(m_password->text().toUtf8());
}

QString P12TargetWidget::strengthText() const
{
    switch (strength(m_password->text())) {
    case 2:
        return tr("strong");
    case 1:
        return tr("fair");
    default:
        return tr("weak");
    }
}

bool P12TargetWidget::isComplete() const
{
    return !path().isEmpty() && !QFileInfo::exists(path()) && m_password->text().size() >= 8 &&
           m_password->text() == m_repeat->text();
}

void P12TargetWidget::update()
{
    QString hint;
    if (QFileInfo::exists(path()))
        hint = tr("This file already exists; choose another name so no device loses its key.");
    else if (m_password->text().size() < 8)
        hint = tr("The password needs at least 8 characters. You will type it once on the device.");
    else if (m_password->text() != m_repeat->text())
        hint = tr("Password strength: %1 · the two passwords differ").arg(strengthText());
    else
        hint = tr("Password strength: %1").arg(strengthText());
    m_hint->setText(hint);
    Q_EMIT changed();
}

} // namespace certdeck::ui
