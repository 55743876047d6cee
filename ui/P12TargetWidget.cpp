#include "P12TargetWidget.h"

#include "crypto/P12Password.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStandardPaths>
#include <QTimer>

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
    m_pathLabel = new QLabel(tr("&File:"), this);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, row);
    buildGeneratedPasswordRows(form);
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
    // Room for the longest hint from the start (strength, a mismatch, the non-ASCII warning): a hint that
    // grew or shrank with each key moved the fields, and a click meant for one landed in the other.
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setFixedHeight(m_hint->fontMetrics().lineSpacing() * 4);
    form->addRow(QString(), m_hint);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            m_folderMode
                ? QFileDialog::getExistingDirectory(this, tr("Folder for the devices' files"), m_path->text())
                : QFileDialog::getSaveFileName(this, tr("Save the device's key and certificate"),
                                               m_path->text(), tr("PKCS#12 files (*.p12)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    for (auto *edit : {m_path, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &P12TargetWidget::update);
    connect(m_own, &QCheckBox::toggled, this, &P12TargetWidget::update);
    setFormat(Pkcs12Format::Current);
}

void P12TargetWidget::buildGeneratedPasswordRows(QFormLayout *form)
{
    m_form = form;
    m_formatNote = new QLabel(this);
    m_formatNote->setObjectName(QStringLiteral("p12Format"));
    m_formatNote->setWordWrap(true);
    form->addRow(tr("Made for:"), m_formatNote);

    // A generated password is the default: strong, ASCII only, and easy to type on a phone.
    auto generated = generateP12Password();
    if (generated)
        m_generatedPassword = std::move(generated).value();
    m_generated = new QLineEdit(QString::fromLatin1(m_generatedPassword.bytes()), this);
    m_generated->setObjectName(QStringLiteral("generatedPassword"));
    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_generated->setAccessibleName(tr("Generated password for the file"));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    m_generatedRow = new QHBoxLayout;
    m_generatedRow->addWidget(m_generated, 1);
    m_generatedRow->addWidget(copy);
    form->addRow(tr("Password:"), m_generatedRow);
    m_advice = new QLabel(tr("Note it now: it is shown only here. Type it on the device when it asks, and "
                             "pass it on separately from the file (say it, or send it another way)."),
                          this);
    m_advice->setObjectName(QStringLiteral("passwordAdvice"));
    m_advice->setWordWrap(true);
    form->addRow(QString(), m_advice);
    // The note is read with the password it is about.
    m_generated->setAccessibleDescription(m_advice->text());
    copy->setAccessibleName(tr("Copy the password"));
    // The button says it was done, in its text and its name (read again while it has the focus).
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(m_generatedPassword.bytes()));
        copy->setText(tr("Copied"));
        copy->setAccessibleName(tr("Password copied"));
        QTimer::singleShot(std::chrono::seconds(2), copy, [copy] {
            copy->setText(tr("&Copy"));
            copy->setAccessibleName(tr("Copy the password"));
        });
    });

    m_own = new QCheckBox(tr("Type my own password instead"), this);
    m_own->setObjectName(QStringLiteral("ownPassword"));
    form->addRow(QString(), m_own);
}

void P12TargetWidget::setFormat(Pkcs12Format format)
{
    m_format = format;
    const bool ownAllowed = pkcs12AllowsOwnPassword(format);
    if (!ownAllowed)
        m_own->setChecked(false);
    m_own->setEnabled(ownAllowed);
    m_own->setToolTip(ownAllowed ? QString()
                                 : tr("Files for older phones always get a generated password: their "
                                      "encryption is weak with a password a person chooses."));
    m_formatNote->setText(format == Pkcs12Format::OlderPhones
                              ? tr("Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)")
                              : tr("Current phones and computers: Android 14, iOS 18, macOS 15 or newer, "
                                   "and desktop clients (AES-256, SHA-256)"));
    update();
}

bool P12TargetWidget::usesGeneratedPassword() const
{
    return !m_own->isChecked();
}

QString P12TargetWidget::defaultFolder()
{
    // A fresh account may have no ~/Documents (no desktop session ever created it): then the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

void P12TargetWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wrapped labels need more height at a narrow width; a dialog that gave less squeezed them, and every
    // change of the hint then moved the fields. Ask for the height this width needs.
    if (layout() && layout()->hasHeightForWidth())
        setMinimumHeight(layout()->heightForWidth(width()));
}

void P12TargetWidget::setFolderMode(bool folder)
{
    m_folderMode = folder;
    m_pathLabel->setText(folder ? tr("F&older:") : tr("&File:"));
    m_path->setAccessibleName(folder ? tr("Folder for the devices' files") : tr("File for the device"));
    update();
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
    return usesGeneratedPassword() ? m_generatedPassword : SecretBytes(m_password->text().toUtf8());
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
    // A folder may exist already (each device's file in it is checked when it is written); a file may not.
    if (path().isEmpty() || (m_folderMode ? QFileInfo(path()).isFile() : QFileInfo::exists(path())))
        return false;
    if (usesGeneratedPassword())
        return !m_generatedPassword.isEmpty();
    return m_password->text().size() >= p12MinimumPasswordLength && m_password->text() == m_repeat->text();
}

void P12TargetWidget::update()
{
    const bool own = !usesGeneratedPassword();
    m_form->setRowVisible(m_password, own);
    m_form->setRowVisible(m_repeat, own);
    m_form->setRowVisible(m_generatedRow, !own);
    m_form->setRowVisible(m_advice, !own);
    QString hint;
    const bool aboutPath = m_folderMode ? QFileInfo(path()).isFile() : QFileInfo::exists(path());
    if (aboutPath)
        hint = m_folderMode ? tr("This is a file, not a folder; choose a folder for the devices' files.")
                            : tr("This file already exists; choose another name so no device loses its key.");
    else if (!own && m_generatedPassword.isEmpty())
        hint = tr("No password could be generated (no secure random numbers). Type your own instead.");
    else if (!own)
        hint.clear();
    else if (m_password->text().size() < p12MinimumPasswordLength)
        hint = tr("The password needs at least 8 characters. You will type it once on the device.");
    else if (m_password->text() != m_repeat->text())
        hint = tr("Password strength: %1 · the two passwords differ").arg(strengthText());
    else
        hint = tr("Password strength: %1").arg(strengthText());
    if (own && !isPortablePassword(m_password->text()))
        hint += QStringLiteral("<br>") +
                tr("⚠ Some phones and programs cannot open a file whose password has characters other than "
                   "the letters A–Z, digits and common symbols (such as ü or é).");
    m_hint->setText(hint);
    // Read with the field it is about, not only shown beside a greyed-out Next.
    const QString plain = QString(hint).replace(QStringLiteral("<br>"), QStringLiteral(" "));
    m_path->setAccessibleDescription(aboutPath ? plain : QString());
    m_password->setAccessibleDescription(own && !aboutPath ? plain : QString());
    m_repeat->setAccessibleDescription(own && !aboutPath ? plain : QString());
    Q_EMIT changed();
}

} // namespace certdeck::ui
