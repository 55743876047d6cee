#include "DisplayText.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace certdeck {

bool isInvisible(char32_t c)
{
    // Unicode's Default_Ignorable_Code_Point (nothing is drawn for them; CGJ, variation selectors, fillers),
    // and the blank look-alikes of letters that are drawn as nothing (the Braille blank).
    static constexpr std::pair<char32_t, char32_t> ranges[] = {
        {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},   {0x115F, 0x1160}, {0x17B4, 0x17B5},
        {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x206F}, {0x2800, 0x2800},
        {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8},
        {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
    };
    return std::any_of(std::begin(ranges), std::end(ranges),
                       [c](const auto &r) { return c >= r.first && c <= r.second; });
}

namespace {

bool isMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool needsEscape(char32_t c)
{
    if (isInvisible(c))
        return true;
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
    bool afterBase = false; // a combining mark needs a visible base before it
    forEachCodePoint(text, [&out, &afterBase](char32_t c, qsizetype) {
        const bool lone = isMark(c) && !afterBase;
        afterBase = !needsEscape(c) && !lone && !QChar::isSpace(c);
        if (!needsEscape(c) && !lone) {
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
    bool afterBase = false;
    forEachCodePoint(text, [&found, &afterBase](char32_t c, qsizetype) {
        const bool lone = isMark(c) && !afterBase;
        found = found || needsEscape(c) || lone;
        afterBase = !needsEscape(c) && !lone && !QChar::isSpace(c);
    });
    return found;
}

} // namespace certdeck
