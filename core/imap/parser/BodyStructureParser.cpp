#include "imap/parser/BodyStructureParser.h"

#include "imap/parser/EnvelopeParser.h"
#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

BodyStructureParser::BodyStructureParser(Lexer &lex, int maxDepth)
    : m_lex(lex)
    , m_maxDepth(maxDepth)
{
}

void BodyStructureParser::parse(Lexer &lex, int maxDepth, BodyPart &root)
{
    BodyStructureParser parser(lex, maxDepth);
    parser.body(1, root);
}

// Fills `part` in place: BodyPart is large, and children are built inside their vector.
void BodyStructureParser::body(int depth, BodyPart &part)
{
    if (depth > m_maxDepth)
        m_lex.fail(ParseErrorCode::NestingTooDeep, "body structure nested too deeply");
    m_lex.expect('(', "expected '(' to open a body part");
    if (m_lex.peek() == '(')
        multipart(part, depth);
    else
        singlePart(part, depth);
    m_lex.expect(')', "expected ')' to close a body part");
}

// body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]
void BodyStructureParser::multipart(BodyPart &part, int depth)
{
    part.type = QByteArrayLiteral("MULTIPART");
    part.children.reserve(2); // nearly every multipart has two or more parts
    for (;;) {
        body(depth + 1, part.children.emplace_back());
        if (m_lex.peek() == '(')
            continue;
        // Tolerate "(...) (...)": a space between parts, as some servers send.
        const qsizetype at = m_lex.pos();
        if (m_lex.tryConsume(' ') && m_lex.peek() == '(')
            continue;
        if (m_lex.pos() != at)
            break; // that space was the one before the subtype
        m_lex.expectSpace();
    }
    part.subtype = m_lex.string();
    // body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (m_lex.tryConsume(' ')) {
        part.hasExtensionData = true;
        part.params = params();
        extensions(part);
    }
}

// body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]
void BodyStructureParser::singlePart(BodyPart &part, int depth)
{
    part.type = m_lex.string();
    m_lex.expectSpace();
    part.subtype = m_lex.string();
    m_lex.expectSpace();
    basicFields(part);
    if (part.isMessage() && m_lex.peek() == ' ' && m_lex.peekAt(1) == '(') {
        messageFields(part, depth);
    } else if (part.isText()) {
        m_lex.expectSpace();
        part.lines = m_lex.number64("invalid body-fld-lines");
    }
    // body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (m_lex.tryConsume(' ')) {
        part.hasExtensionData = true;
        part.md5 = m_lex.nstring();
        extensions(part);
    }
}

// body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
void BodyStructureParser::basicFields(BodyPart &part)
{
    part.params = params();
    m_lex.expectSpace();
    part.id = m_lex.nstring();
    m_lex.expectSpace();
    part.description = m_lex.nstring();
    m_lex.expectSpace();
    part.encoding = m_lex.nstring();
    m_lex.expectSpace();
    part.size = m_lex.number64("invalid body-fld-octets");
}

// body-type-msg = media-message SP body-fields SP envelope SP body SP body-fld-lines.
// Only taken when an envelope follows: some servers describe message/rfc822 as a basic part.
void BodyStructureParser::messageFields(BodyPart &part, int depth)
{
    m_lex.expectSpace();
    auto envelope = std::make_shared<Envelope>();
    EnvelopeParser::parse(m_lex, *envelope);
    part.envelope = std::move(envelope);
    m_lex.expectSpace();
    body(depth + 1, part.children.emplace_back());
    m_lex.expectSpace();
    part.lines = m_lex.number64("invalid body-fld-lines");
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
void BodyStructureParser::extensions(BodyPart &part)
{
    if (!m_lex.tryConsume(' '))
        return;
    part.disposition = disposition();
    if (!m_lex.tryConsume(' '))
        return;
    part.language = language();
    if (!m_lex.tryConsume(' '))
        return;
    part.location = m_lex.nstring();
    while (m_lex.tryConsume(' '))
        m_lex.skipValue(); // body-extension: future data we do not interpret
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
std::vector<BodyParameter> BodyStructureParser::params()
{
    std::vector<BodyParameter> list;
    if (m_lex.tryConsumeNil())
        return list;
    m_lex.expect('(', "expected '(' or NIL for body parameters");
    while (!m_lex.tryConsume(')')) {
        BodyParameter p;
        p.name = m_lex.string();
        m_lex.expectSpace();
        p.value = m_lex.nstring();
        list.push_back(std::move(p));
        m_lex.tryConsume(' ');
    }
    return list;
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
ContentDisposition BodyStructureParser::disposition()
{
    ContentDisposition dsp;
    if (m_lex.tryConsumeNil())
        return dsp;
    m_lex.expect('(', "expected '(' or NIL for the disposition");
    dsp.type = m_lex.string();
    m_lex.expectSpace();
    dsp.params = params();
    m_lex.expect(')', "expected ')' to close the disposition");
    return dsp;
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
QList<QByteArray> BodyStructureParser::language()
{
    QList<QByteArray> list;
    if (m_lex.peek() != '(') {
        QByteArray single = m_lex.nstring();
        if (!single.isNull())
            list.append(std::move(single));
        return list;
    }
    m_lex.expect('(', "expected '(' for the language list");
    while (!m_lex.tryConsume(')')) {
        list.append(m_lex.string());
        m_lex.tryConsume(' ');
    }
    return list;
}

} // namespace Kestrel::Imap
