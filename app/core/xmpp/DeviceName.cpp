#include "DeviceName.h"

#include "util/DisplayText.h"

#include <QCoreApplication>

namespace certdeck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeviceName", text);
}

bool allowed(char32_t c)
{
    if (isInvisible(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

QString deviceNameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

Result<QString, QString> checkDeviceName(const QString &name, const QStringList &existingNames)
{
    const QString nfc = name.normalized(QString::NormalizationForm_C).trimmed();
    if (nfc.isEmpty())
        return fail(tr("The device name is empty."));
    int length = 0;
    QString bad;
    forEachCodePoint(nfc, [&](char32_t c, qsizetype) {
        ++length;
        if (bad.isEmpty() && !allowed(c))
            bad = visibleControls(QString::fromUcs4(&c, 1));
    });
    // A combining mark with nothing before it (at the start, or after a space) changes nothing visible.
    if (bad.isEmpty() && hasInvisibleOrControl(nfc))
        bad = visibleControls(nfc);
    if (!bad.isEmpty())
        return fail(tr("The device name contains an invisible or control character (%1). Use letters, "
                       "digits, spaces and punctuation only.")
                        .arg(bad));
    if (length > maxDeviceNameLength)
        return fail(tr("The device name is longer than %1 characters.").arg(maxDeviceNameLength));
    const QString key = deviceNameKey(nfc);
    for (const QString &existing : existingNames) {
        if (deviceNameKey(existing) == key)
            return fail(tr("The name “%1” is too similar to the existing device “%2”; choose a name that "
                           "differs in more than letter case or character form.")
                            .arg(nfc, visibleControls(existing)));
    }
    return nfc;
}

} // namespace certdeck
