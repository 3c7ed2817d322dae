#pragma once

#include "imap/parser/MailboxResponses.h"
#include "imap/parser/ParserOptions.h"

namespace Kestrel::Imap {

class Lexer;

// mailbox-data of RFC 3501 7.2 that names mailboxes: LIST / LSUB (with RFC 5258 extended data),
// STATUS and NAMESPACE (RFC 2342). Each reads from just after the response name and its SP.
class MailboxDataParser
{
public:
    MailboxDataParser(Lexer &lex, const ParserOptions &options);

    ListResponse list(bool lsub);
    MailboxStatus status();
    NamespaceResponse namespaces();

    // Decodes a mailbox name read as raw bytes starting at `tokenStart` (modified UTF-7, or UTF-8
    // with UTF8=ACCEPT); fails with InvalidMailboxName pointing at the offending byte.
    QString decodeName(const QByteArray &raw, qsizetype tokenStart);

private:
    void listAttributes(ListResponse &list);
    std::optional<char> delimiter();
    void listExtendedData(ListResponse &list);
    QList<NamespaceDescriptor> namespaceList();
    NamespaceDescriptor namespaceDescriptor();

    Lexer &m_lex;
    const ParserOptions &m_options;
};

} // namespace Kestrel::Imap
