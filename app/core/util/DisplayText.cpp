#include "DisplayText.h"

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
