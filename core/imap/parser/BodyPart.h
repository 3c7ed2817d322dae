#pragma once

#include "imap/parser/Envelope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <vector>

namespace Kestrel::Imap {

struct BodyParameter {
    QByteArray name;
    QByteArray value;
    friend bool operator==(const BodyParameter &, const BodyParameter &) = default;
};

// body-fld-dsp (RFC 3501 9): ("attachment" ("filename" "a.pdf")) or NIL (type is then null).
struct ContentDisposition {
    QByteArray type;
    std::vector<BodyParameter> params;
    bool isNull() const { return type.isNull(); }
    friend bool operator==(const ContentDisposition &, const ContentDisposition &) = default;
};

// One node of a BODYSTRUCTURE / BODY (RFC 3501 7.4.2, 9 "body"). Strings are raw bytes as sent.
//
// multipart/*:      children are the parts; subtype, params and the extension fields apply.
// message/rfc822 (and message/global, RFC 6532): envelope and exactly one child, the
//                   encapsulated message's body; lines is set.
// text/*:           lines is set.
struct BodyPart {
    QByteArray type;            // "TEXT", "MULTIPART", ... (case as sent)
    QByteArray subtype;         // "PLAIN", "ALTERNATIVE", ...
    std::vector<BodyParameter> params;
    QByteArray id;              // Content-ID
    QByteArray description;     // Content-Description
    QByteArray encoding;        // Content-Transfer-Encoding, e.g. "BASE64"
    quint64 size = 0;           // octets of the encoded body
    quint64 lines = 0;          // text/* and message/rfc822 only
    std::shared_ptr<const Envelope> envelope; // message/rfc822 only
    std::vector<BodyPart> children;

    // Extension data (BODYSTRUCTURE only; all optional even then).
    bool hasExtensionData = false;
    QByteArray md5;             // single parts only
    ContentDisposition disposition;
    QList<QByteArray> language;
    QByteArray location;

    bool isMultipart() const;
    bool isMessage() const;     // message/rfc822 or message/global
    bool isText() const;
    // "text/plain", lower case.
    QByteArray mimeType() const;
    // Case-insensitive lookup in params, e.g. parameter("charset"); null when absent.
    QByteArray parameter(QByteArrayView name) const;
    // The attachment file name: disposition "filename", else the type's "name" parameter.
    QByteArray fileName() const;
    friend bool operator==(const BodyPart &, const BodyPart &);
};

} // namespace Kestrel::Imap
