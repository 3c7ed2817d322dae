#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Kestrel::Smtp {

// An enhanced mail system status code, "class.subject.detail" (RFC 3463 section 2), as servers that
// advertise ENHANCEDSTATUSCODES put at the start of each reply line's text (RFC 2034 section 4).
struct EnhancedStatusCode {
    int codeClass = 0; // 2 success, 4 persistent transient failure, 5 permanent failure
    int subject = 0;
    int detail = 0;

    bool isValid() const { return codeClass != 0; }
    QString toString() const; // "5.1.1", or empty when invalid

    // Reads a code at the start of `text`. `length` receives the number of bytes it used, including
    // the one space that follows it (RFC 2034: "status-code SP text"). Nothing is read unless the
    // code stands alone: "5.1.1" followed by a space or by the end of the text.
    static std::optional<EnhancedStatusCode> parse(QByteArrayView text, qsizetype *length = nullptr);

    bool operator==(const EnhancedStatusCode &) const = default;
};

} // namespace Kestrel::Smtp
