#include "DisplayText.h"

#include <algorithm>

namespace certdeck {
namespace {

bool needsEscape(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1 (ESC, CSI U+009B, ...)
    case QChar::Other_Format:        // bidi controls, zero-width characters, soft hyphen, BOM, tags
    case QChar::Other_Surrogate:     // a lone half of a surrogate pair
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

QString escaped(uint code)
{
    return QLatin1String("\\u") + QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString serverWords(const QString &text, qsizetype maxChars)
{
    // Cut before escaping (a megabyte of controls would grow sixfold), then again after it.
    QString cut = text.size() > maxChars ? text.left(maxChars + 1) : text;
    QString shown = visibleControls(cut);
    if (text.size() <= maxChars && shown.size() <= maxChars)
        return shown;
    qsizetype end = std::min(shown.size(), maxChars);
    if (end > 0 && shown.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return shown.left(end) + QStringLiteral("…");
}

QString visibleControls(const QString &text)
{
    if (!hasInvisibleOrControl(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    forEachCodePoint(text, [&out](char32_t c, qsizetype) {
        if (!needsEscape(c)) {
            out += QString::fromUcs4(&c, 1);
            return;
        }
        switch (c) {
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += escaped(uint(c));
        }
    });
    return out;
}

bool hasInvisibleOrControl(const QString &text)
{
    bool found = false;
    forEachCodePoint(text, [&found](char32_t c, qsizetype) { found = found || needsEscape(c); });
    return found;
}

} // namespace certdeck
