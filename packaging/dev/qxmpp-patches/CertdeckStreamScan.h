// Certdeck's stream scanner, compiled into QXmpp's Stream.cpp by packaging/dev/setup.sh (it copies this file
// next to Stream.cpp and includes it there) and into the fuzz target tests/fuzz/fuzz_stream_scan.cpp.
// Certdeck's own code: it follows the element depth of what a server sends, read by read, so that QXmpp
// parses a buffer only once every element is closed, and refuses before parsing what would cost too much.
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>

namespace {
constexpr int certdeckMaxDepth = 64;
constexpr qsizetype certdeckMaxBuffer = 16 * 1024 * 1024;
constexpr int certdeckMaxAttributes = 64;
constexpr qsizetype certdeckMaxAttributeValue = 64 * 1024;
constexpr qsizetype certdeckMaxStreamHeader = 4096;
enum : quint8
{
    ScanText,
    ScanLt,
    ScanTag,
    ScanQuote,
    ScanEndTag,
    ScanBang,
    ScanCdata,
    ScanComment,
    ScanPi
};

// Follows the element depth through `data`, continuing from the state `s` the earlier reads left (outside
// attribute values, comments, CDATA and processing instructions); returns why the data is refused, or
// nothing. One pass over each character: a trickle of reads costs only its own bytes.
template<typename Scan> QString certdeckScan(Scan &s, QStringView data)
{
    for (const QChar c : data) {
        switch (s.state) {
        case ScanText:
            if (c == u'<') {
                s.state = ScanLt;
            }
            break;
        case ScanLt:
            s.run = 0;
            if (c == u'/') {
                s.depth = std::max(s.depth - 1, 0);
                s.state = ScanEndTag;
            } else if (c == u'?') {
                s.state = ScanPi;
            } else if (c == u'!') {
                s.state = ScanBang;
            } else if (++s.depth > certdeckMaxDepth) {
                return QStringLiteral("elements nested deeper than %1 levels").arg(certdeckMaxDepth);
            } else {
                s.state = ScanTag;
                s.attributes = 0;
            }
            break;
        case ScanTag:
            if (c == u'>') {
                s.depth = s.run ? std::max(s.depth - 1, 0) : s.depth;
                s.state = ScanText;
            } else if (c == u'"' || c == u'\'') {
                s.quote = c.unicode();
                s.value = 0;
                s.state = ScanQuote;
            } else if (c == u'=' && ++s.attributes > certdeckMaxAttributes) {
                // QDomDocument's cost grows with the square of an element's attributes.
                return QStringLiteral("an element with more than %1 attributes").arg(certdeckMaxAttributes);
            }
            s.run = c == u'/';
            break;
        case ScanQuote:
            if (c.unicode() == s.quote) {
                s.state = ScanTag;
            } else if (++s.value > certdeckMaxAttributeValue) {
                return QStringLiteral("an attribute value longer than %1 characters")
                    .arg(certdeckMaxAttributeValue);
            }
            break;
        case ScanEndTag:
            s.state = c == u'>' ? ScanText : ScanEndTag;
            break;
        case ScanBang:
            if (c == u'[') {
                s.state = ScanCdata;
            } else if (c == u'-') {
                s.state = ScanComment;
                s.run = -1;
            } else {
                return QStringLiteral("a document type declaration");
            }
            break;
        case ScanCdata:
        case ScanComment: {
            const QChar end = s.state == ScanCdata ? u']' : u'-';
            if (c == u'>' && s.run >= 2) {
                s.state = ScanText;
            }
            s.run = c == end ? s.run + 1 : 0;
            break;
        }
        case ScanPi:
            if (c == u'>' && s.run) {
                s.state = ScanText;
            }
            s.run = c == u'?';
            break;
        }
    }
    return {};
}
} // namespace
