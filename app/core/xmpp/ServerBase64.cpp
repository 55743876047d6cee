#include "ServerBase64.h"

#include <array>

namespace certdeck {
namespace {

constexpr std::array<qint8, 256> alphabet()
{
    std::array<qint8, 256> values{};
    values.fill(-1);
    constexpr char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        values[static_cast<unsigned char>(chars[i])] = static_cast<qint8>(i);
    return values;
}

// n sextets (2 to 4) as n - 1 bytes.
void appendGroup(QByteArray &out, const std::array<quint32, 4> &group, int n)
{
    const quint32 bits = (group[0] << 18) | (group[1] << 12) | (group[2] << 6) | group[3];
    out.append(static_cast<char>(bits >> 16));
    if (n > 2)
        out.append(static_cast<char>(bits >> 8));
    if (n > 3)
        out.append(static_cast<char>(bits));
}

} // namespace

std::optional<QByteArray> decodeBase64AsServer(const QByteArray &text)
{
    static constexpr auto values = alphabet();
    QByteArray out;
    out.reserve(text.size() / 4 * 3 + 3);
    std::array<quint32, 4> group{};
    int n = 0;
    for (const char ch : text) {
        switch (ch) {
        case '\0':
            return out;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
        case '\f':
        case '\b':
        case '\v': // the fixed module strips Lua's %s (which has \v) before decoding
            continue;
        case '=':
            if (n >= 2) {
                for (int i = n; i < 4; ++i)
                    group[i] = 0;
                appendGroup(out, group, n);
            }
            n = 0;
            continue;
        default:
            break;
        }
        const qint8 value = values[static_cast<unsigned char>(ch)];
        if (value < 0)
            return std::nullopt;
        group[n++] = static_cast<quint32>(value);
        if (n == 4) {
            appendGroup(out, group, 4);
            n = 0;
        }
    }
    return out;
}

} // namespace certdeck
