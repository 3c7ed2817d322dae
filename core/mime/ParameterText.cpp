#include "mime/ParameterText.h"

#include "mime/CharsetText.h"
#include "mime/HeaderText.h"

#include <map>

namespace Kestrel::Mime {
namespace {

// One piece of an RFC 2231 value: "name*" (index 0, encoded), "name*3" or "name*3*".
struct Segment {
    bool encoded = false;
    QByteArray value;
};

// Matches `parameter` against "name*", "name*N" and "name*N*" (RFC 2231 3 and 4); false for other names.
bool extendedSegment(QByteArrayView parameter, QByteArrayView name, int &index, bool &encoded)
{
    if (parameter.size() <= name.size() || parameter.at(name.size()) != '*'
        || parameter.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    QByteArrayView rest = parameter.sliced(name.size() + 1);
    encoded = rest.endsWith('*') || rest.isEmpty();
    if (rest.endsWith('*'))
        rest.chop(1);
    if (rest.isEmpty()) {
        index = 0;
        return true;
    }
    bool ok = false;
    index = rest.toInt(&ok);
    return ok && index >= 0 && index < 1000; // a bound: no value has a thousand pieces
}

// RFC 2231 4: the first encoded segment starts with charset'language'; the others are %XX only.
QString joinSegments(const std::map<int, Segment> &segments, const QByteArray &fallbackCharset)
{
    QByteArray charset;
    QByteArray bytes;
    bool first = true;
    for (const auto &[index, segment] : segments) {
        QByteArray value = segment.value;
        if (segment.encoded && first) {
            const qsizetype quote1 = value.indexOf('\'');
            const qsizetype quote2 = quote1 < 0 ? -1 : value.indexOf('\'', quote1 + 1);
            if (quote2 >= 0) {
                charset = value.left(quote1);
                value = value.mid(quote2 + 1);
            }
        }
        first = false;
        bytes += segment.encoded ? QByteArray::fromPercentEncoding(value) : value;
    }
    return decodeCharset(bytes, charset, fallbackCharset);
}

} // namespace

QString decodeParameter(const QList<RawParameter> &parameters, QByteArrayView name, const QByteArray &fallbackCharset)
{
    std::map<int, Segment> segments;
    QString plain;
    for (const auto &[parameter, value] : parameters) {
        int index = 0;
        bool encoded = false;
        if (extendedSegment(parameter, name, index, encoded))
            segments[index] = Segment{encoded, value};
        else if (plain.isNull() && QByteArrayView(parameter).compare(name, Qt::CaseInsensitive) == 0)
            plain = value.isNull() ? QStringLiteral("") : decodeHeaderText(value, fallbackCharset);
    }
    if (!segments.empty())
        return joinSegments(segments, fallbackCharset);
    return plain;
}

} // namespace Kestrel::Mime
