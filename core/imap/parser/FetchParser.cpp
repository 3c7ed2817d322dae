#include "imap/parser/FetchParser.h"

#include "imap/parser/BodyStructureParser.h"
#include "imap/parser/DateTimeParser.h"
#include "imap/parser/EnvelopeParser.h"
#include "imap/parser/FlagListParser.h"
#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

namespace {

// Upper-case copies of the section-msgtext keywords, shared instead of allocated per response.
QByteArray canonicalSpecifier(QByteArrayView spec, const Lexer &lex, qsizetype start)
{
    static const QByteArray known[] = {
        QByteArrayLiteral("HEADER"), QByteArrayLiteral("HEADER.FIELDS"),
        QByteArrayLiteral("HEADER.FIELDS.NOT"), QByteArrayLiteral("TEXT"), QByteArrayLiteral("MIME"),
    };
    for (const QByteArray &k : known) {
        if (keywordEquals(spec, k))
            return k;
    }
    return lex.slice(start, start + spec.size());
}

} // namespace

FetchParser::FetchParser(Lexer &lex, FetchResponse &fetch, int maxDepth)
    : m_lex(lex)
    , m_fetch(fetch)
    , m_maxDepth(maxDepth)
{
}

void FetchParser::parse(Lexer &lex, quint32 sequence, int maxDepth, FetchResponse &fetch)
{
    fetch.sequence = sequence;
    FetchParser parser(lex, fetch, maxDepth);
    lex.expect('(', "expected '(' after FETCH");
    if (lex.tryConsume(')'))
        return;
    for (;;) {
        parser.item();
        if (lex.tryConsume(')'))
            return;
        lex.expectSpace();
    }
}

void FetchParser::item()
{
    const qsizetype nameStart = m_lex.pos();
    const QByteArrayView name = m_lex.fetchItemName();
    if (m_lex.peek() == '[') {
        if (sectionItem(name))
            return;
        m_lex.viewUntil(']', "expected ']' in FETCH item name");
        m_lex.skip(1);
        const qsizetype nameEnd = m_lex.pos();
        m_lex.expectSpace();
        return unknownItem(nameStart, nameEnd);
    }
    const qsizetype nameEnd = m_lex.pos();
    m_lex.expectSpace();
    if (!simpleItem(name))
        unknownItem(nameStart, nameEnd);
}

// Items of the form NAME SP value. Returns false for names it does not know.
bool FetchParser::simpleItem(QByteArrayView name)
{
    switch (classify(name)) {
    case Item::Uid:
        m_fetch.uid = m_lex.nzNumber32("invalid UID");
        return true;
    case Item::Flags:
        m_fetch.flags = FlagListParser::parse(m_lex);
        return true;
    case Item::InternalDate:
        m_fetch.internalDate = DateTimeParser::parse(m_lex);
        return true;
    case Item::Rfc822Size:
        m_fetch.rfc822Size = m_lex.number64("invalid RFC822.SIZE");
        return true;
    case Item::Envelope:
        EnvelopeParser::parse(m_lex, m_fetch.envelope.emplace());
        return true;
    case Item::BodyStructure:
        BodyStructureParser::parse(m_lex, m_maxDepth, m_fetch.bodyStructure.emplace());
        return true;
    case Item::ModSeq:
        // "MODSEQ" SP "(" mod-sequence-value ")" (RFC 7162 3.1.4)
        m_lex.expect('(', "expected '(' after MODSEQ");
        m_fetch.modSeq = m_lex.number64("invalid MODSEQ");
        m_lex.expect(')', "expected ')' after the MODSEQ value");
        return true;
    case Item::Rfc822:
        return rfc822Item(BodySection::Kind::Rfc822);
    case Item::Rfc822Header:
        return rfc822Item(BodySection::Kind::Rfc822Header);
    case Item::Rfc822Text:
        return rfc822Item(BodySection::Kind::Rfc822Text);
    case Item::Unknown:
        break;
    }
    return false;
}

// RFC822 / RFC822.HEADER / RFC822.TEXT SP nstring (RFC 3501 7.4.2, kept for old servers)
bool FetchParser::rfc822Item(BodySection::Kind kind)
{
    BodySection &s = m_fetch.sections.emplaceBack();
    s.kind = kind;
    s.data = m_lex.nstring();
    return true;
}

// Names by length first: this runs for every item of every FETCH response.
FetchParser::Item FetchParser::classify(QByteArrayView name)
{
    switch (name.size()) {
    case 3:
        return keywordEquals(name, "UID") ? Item::Uid : Item::Unknown;
    case 4:
        return keywordEquals(name, "BODY") ? Item::BodyStructure : Item::Unknown; // BODY without [section]
    case 5:
        return keywordEquals(name, "FLAGS") ? Item::Flags : Item::Unknown;
    case 6:
        return keywordEquals(name, "MODSEQ") ? Item::ModSeq : keywordEquals(name, "RFC822") ? Item::Rfc822 : Item::Unknown;
    case 8:
        return keywordEquals(name, "ENVELOPE") ? Item::Envelope : Item::Unknown;
    case 11:
        return keywordEquals(name, "RFC822.SIZE")   ? Item::Rfc822Size
            : keywordEquals(name, "RFC822.TEXT") ? Item::Rfc822Text
                                                 : Item::Unknown;
    case 12:
        return keywordEquals(name, "INTERNALDATE") ? Item::InternalDate : Item::Unknown;
    case 13:
        return keywordEquals(name, "BODYSTRUCTURE") ? Item::BodyStructure
            : keywordEquals(name, "RFC822.HEADER")  ? Item::Rfc822Header
                                                    : Item::Unknown;
    default:
        return Item::Unknown;
    }
}

// BODY[section]<origin> SP nstring, BINARY[section]<origin> SP (nstring / literal8),
// BINARY.SIZE[section] SP number.
bool FetchParser::sectionItem(QByteArrayView name)
{
    BodySection s;
    if (keywordEquals(name, "BODY"))
        s.kind = BodySection::Kind::Body;
    else if (keywordEquals(name, "BINARY"))
        s.kind = BodySection::Kind::Binary;
    else if (keywordEquals(name, "BINARY.SIZE"))
        s.kind = BodySection::Kind::BinarySize;
    else
        return false;
    section(s);
    if (s.kind != BodySection::Kind::BinarySize && m_lex.tryConsume('<')) {
        s.origin = m_lex.number32("invalid partial origin");
        m_lex.expect('>', "expected '>' after the partial origin");
    }
    m_lex.expectSpace();
    if (s.kind == BodySection::Kind::BinarySize)
        s.binarySize = m_lex.number64("invalid BINARY.SIZE");
    else
        s.data = m_lex.nstring();
    m_fetch.sections.append(std::move(s));
    return true;
}

// section = "[" [section-spec] "]"; section-spec = section-msgtext / (section-part ["." section-text])
void FetchParser::section(BodySection &s)
{
    m_lex.expect('[', "expected '['");
    const qsizetype start = m_lex.pos();
    while (m_lex.peek() >= '0' && m_lex.peek() <= '9') {
        m_lex.nzNumber32("invalid section part number");
        if (!(m_lex.peek() == '.' && m_lex.peekAt(1) >= '0' && m_lex.peekAt(1) <= '9'))
            break;
        m_lex.skip(1);
    }
    s.part = m_lex.slice(start, m_lex.pos());
    if (!s.part.isEmpty() && m_lex.peek() != ']')
        m_lex.expect('.', "expected '.' after the section part");
    if (m_lex.peek() != ']') {
        const qsizetype specStart = m_lex.pos();
        s.specifier = canonicalSpecifier(m_lex.atomView(), m_lex, specStart);
        if (s.specifier.startsWith("HEADER.FIELDS"))
            headerFieldList(s);
    }
    s.section = m_lex.slice(start, m_lex.pos());
    m_lex.expect(']', "expected ']' to close the section");
}

// header-list = "(" header-fld-name *(SP header-fld-name) ")"
void FetchParser::headerFieldList(BodySection &s)
{
    m_lex.expectSpace();
    m_lex.expect('(', "expected '(' for the header field list");
    for (;;) {
        m_lex.skipSpaces();
        if (m_lex.tryConsume(')'))
            return;
        s.headerFields.append(m_lex.astring());
    }
}

// Keeps an item we do not model as name + raw value, so a new server extension never breaks
// the whole FETCH.
void FetchParser::unknownItem(qsizetype nameStart, qsizetype nameEnd)
{
    FetchItem item;
    item.name = m_lex.slice(nameStart, nameEnd);
    const qsizetype valueStart = m_lex.pos();
    m_lex.skipValue();
    item.value = m_lex.slice(valueStart, m_lex.pos());
    m_fetch.otherItems.append(std::move(item));
}

} // namespace Kestrel::Imap
