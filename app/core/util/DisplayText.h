#pragma once

#include <QString>

namespace certdeck {

// Text from a server or a file, made safe to show: every character that a terminal or a text layout would
// interpret instead of show (C0/C1 controls such as ESC, CSI, tab and newline; bidi controls such as U+202E;
// zero-width and other invisible characters, see isInvisible(); line and paragraph separators; a combining
// mark with no visible character before it) becomes a visible escape, for example "\t", "\n" or "\u202E".
// Printable text, including non-Latin scripts, stays as it is.
[[nodiscard]] QString visibleControls(const QString &text);

// A server's own words for a message: made visible as above, and cut after `maxChars` characters with "…" (a
// hostile server may send megabytes of "error text"; people read the first lines).
[[nodiscard]] QString serverWords(const QString &text, qsizetype maxChars = 400);

// Calls f(code point, index of its first code unit) for each code point; a lone surrogate is passed as
// itself (its category is QChar::Other_Surrogate).
template<typename F> void forEachCodePoint(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        f(c, at);
    }
}

// Characters nothing is drawn for (Unicode's default-ignorable code points such as U+034F, U+FE0F, U+180B,
// the fillers U+3164 and U+FFA0) and the blank U+2800: escaped in display, refused in names.
[[nodiscard]] bool isInvisible(char32_t c);

// Whether visibleControls() would change anything (a combining mark with no visible base counts too).
[[nodiscard]] bool hasInvisibleOrControl(const QString &text);

} // namespace certdeck
