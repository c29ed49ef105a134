#include "base85.h"

#include "core/tr.h"

#include <array>

namespace mtvw::projectapi {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

const std::array<int, 256> &digitValues()
{
    static const std::array<int, 256> values = [] {
        std::array<int, 256> v{};
        v.fill(-1);
        for (int i = 0; i < 85; ++i)
            v[static_cast<unsigned char>(kAlphabet[i])] = i;
        return v;
    }();
    return values;
}

} // namespace

QByteArray Base85::encode(const QByteArray &bytes)
{
    const qsizetype padding = (4 - bytes.size() % 4) % 4;
    QByteArray out;
    out.reserve((bytes.size() + padding) / 4 * 5);
    for (qsizetype i = 0; i < bytes.size(); i += 4) {
        quint32 group = 0;
        for (int k = 0; k < 4; ++k)
            group = (group << 8) | (i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        char digits[5];
        for (int k = 4; k >= 0; --k) {
            digits[k] = kAlphabet[group % 85];
            group /= 85;
        }
        out.append(digits, 5);
    }
    out.chop(padding);
    return out;
}

Result<QByteArray> Base85::decode(const QByteArray &text)
{
    const qsizetype padding = (5 - text.size() % 5) % 5;
    QByteArray out;
    out.reserve((text.size() + padding) / 5 * 4);
    const auto &values = digitValues();
    for (qsizetype i = 0; i < text.size(); i += 5) {
        quint64 group = 0;
        for (int k = 0; k < 5; ++k) {
            int digit = 84; // padding: '~'
            if (i + k < text.size()) {
                digit = values[static_cast<unsigned char>(text[i + k])];
                if (digit < 0)
                    return Error(Error::Code::Malformed,
                                 BackendText::tr("base85 text has an invalid character at offset %1").arg(i + k));
            }
            group = group * 85 + quint64(digit);
        }
        if (group > 0xFFFFFFFFull)
            return Error(Error::Code::Malformed, BackendText::tr("base85 group at offset %1 is too large").arg(i));
        for (int k = 3; k >= 0; --k)
            out.append(char((group >> (8 * k)) & 0xFF));
    }
    out.chop(padding);
    return out;
}

} // namespace mtvw::projectapi
