#pragma once

#include "imap/parser/FetchResponse.h"

namespace Kestrel::Imap {

class Lexer;

// msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP ...) ")" (RFC 3501 7.4.2, 9), with
// MODSEQ (RFC 7162 3.1.4) and BINARY / BINARY.SIZE (RFC 3516 4.2). Unknown items are kept raw.
class FetchParser
{
public:
    // Reads msg-att into `fetch`, which should be freshly constructed.
    static void parse(Lexer &lex, quint32 sequence, int maxDepth, FetchResponse &fetch);

private:
    enum class Item {
        Unknown, Uid, Flags, InternalDate, Rfc822Size, Envelope, BodyStructure, ModSeq, Rfc822, Rfc822Header,
        Rfc822Text
    };
    static Item classify(QByteArrayView name);

    FetchParser(Lexer &lex, FetchResponse &fetch, int maxDepth);
    bool rfc822Item(BodySection::Kind kind);
    void item();
    bool simpleItem(QByteArrayView name);
    bool sectionItem(QByteArrayView name);
    void section(BodySection &s);
    void headerFieldList(BodySection &s);
    void unknownItem(qsizetype nameStart, qsizetype nameEnd);

    Lexer &m_lex;
    FetchResponse &m_fetch;
    int m_maxDepth;
};

} // namespace Kestrel::Imap
