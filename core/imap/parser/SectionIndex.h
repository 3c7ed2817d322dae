#pragma once

#include "imap/parser/BodyPart.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Kestrel::Imap {

struct IndexedPart {
    QByteArray path;          // section path for BODY[path], e.g. "1.2"; "" for a multipart root
    const BodyPart *part = nullptr;
};

// Section numbering of a BODYSTRUCTURE (RFC 3501 6.4.5):
//  - a single-part message is part "1"; a multipart root is "" and its parts are 1, 2, ...
//  - parts of a multipart at path P are P.1, P.2, ...
//  - a message/rfc822 part at P contains the encapsulated body: if that is multipart, its parts
//    are P.1, P.2, ...; if not, it is P.1. (P.HEADER / P.TEXT address the message's header/text.)
// Recursion depth follows the tree, which the parser already bounds (ParserOptions).
class SectionIndex
{
public:
    // Every part in pre-order, each with its path. Pointers refer into `root`.
    static QList<IndexedPart> build(const BodyPart &root);
    static const BodyPart *find(const BodyPart &root, QByteArrayView path);

private:
    static void visit(const BodyPart &part, const QByteArray &path, QList<IndexedPart> &out);
    static void visitChildren(const BodyPart &multipart, const QByteArray &path, QList<IndexedPart> &out);
};

} // namespace Kestrel::Imap
