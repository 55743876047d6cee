// libFuzzer target: the stream scanner Certdeck compiles into QXmpp (packaging/dev/qxmpp-patches/
// CertdeckStreamScan.h), fed as a server feeds it: bytes cut into reads at places the input chooses, decoded
// as UTF-8 across reads. It must
// - decide the same whatever the cuts (its state carries over between reads; a character split between two
//   reads stays whole);
// - stay within its limits (depth, attributes, attribute value);
// - never hold back a whole, well-formed element: QXmpp parses only when the scan says every element is
// closed,
//   so a wrong "still open" would leave a real answer waiting until its deadline.
#include "CertdeckStreamScan.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

namespace {

struct Scan
{
    int depth = 0;
    int run = 0;
    quint8 state = 0;
    char16_t quote = 0;
    int attributes = 0;
    qsizetype value = 0;

    bool operator==(const Scan &) const = default;
};

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// A document with exactly one element at the top, nothing broken, no DTD.
bool isOneWholeElement(const QString &text)
{
    QXmlStreamReader reader(text);
    int roots = 0;
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            roots += depth++ == 0;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return false;
        default:
            break;
        }
    }
    return !reader.hasError() && roots == 1 && depth == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses where the reads are cut; the rest is what the server sends.
    quint32 cuts = data[0] * 2654435761u + 1;
    const QByteArray sent(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    // As QXmpp receives it: one decoder for the connection, one scan continued read after read.
    Scan pieces;
    QString why;
    QString received;
    QStringDecoder decoder(QStringDecoder::Utf8);
    for (qsizetype at = 0; at < sent.size() && why.isEmpty();) {
        cuts = cuts * 1103515245u + 12345u;
        const qsizetype length = std::min<qsizetype>(1 + (cuts >> 16) % 7, sent.size() - at);
        const QString read = decoder.decode(QByteArrayView(sent).sliced(at, length));
        received += read;
        why = certdeckScan(pieces, read);
        at += length;
    }
    if (why.isEmpty())
        received += decoder.decode(QByteArrayView()); // what an unfinished character leaves

    // The same text in one read: the same decision, the same state.
    Scan whole;
    check(certdeckScan(whole, received) == why);
    if (!why.isEmpty())
        return 0; // refused: QXmpp drops the connection and the scan's state with it
    check(pieces == whole);
    // Valid UTF-8 comes out whole whatever the cuts. (Invalid UTF-8 need not: Qt's decoder drops the byte
    // that breaks a sequence when it starts the next read. Scan and parser still see the same text.)
    if (sent.isValidUtf8())
        check(received == QString::fromUtf8(sent));
    check(whole.depth >= 0 && whole.depth <= certdeckMaxDepth);
    check(whole.attributes <= certdeckMaxAttributes);
    check(whole.value <= certdeckMaxAttributeValue);
    if (isOneWholeElement(received))
        check(whole.state == ScanText && whole.depth == 0);
    return 0;
}
