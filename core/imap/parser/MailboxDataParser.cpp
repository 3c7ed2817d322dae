#include "imap/parser/MailboxDataParser.h"

#include "imap/parser/Lexer.h"
#include "imap/parser/ModifiedUtf7.h"

#include <QStringDecoder>

#include <array>

namespace Kestrel::Imap {

namespace {

struct AttributeName {
    const char *upperName;
    MailboxAttribute attribute;
};

using A = MailboxAttribute;
constexpr std::array<AttributeName, 17> s_attributes = {{
    {"\\NOINFERIORS", A::NoInferiors},   {"\\NOSELECT", A::NoSelect},
    {"\\MARKED", A::Marked},             {"\\UNMARKED", A::Unmarked},
    {"\\HASCHILDREN", A::HasChildren},   {"\\HASNOCHILDREN", A::HasNoChildren},
    {"\\NONEXISTENT", A::NonExistent},   {"\\SUBSCRIBED", A::Subscribed},
    {"\\REMOTE", A::Remote},             {"\\ALL", A::All},
    {"\\ARCHIVE", A::Archive},           {"\\DRAFTS", A::Drafts},
    {"\\FLAGGED", A::Flagged},           {"\\JUNK", A::Junk},
    {"\\SENT", A::Sent},                 {"\\TRASH", A::Trash},
    {"\\IMPORTANT", A::Important},
}};

MailboxAttributes attributeFromName(QByteArrayView name)
{
    for (const AttributeName &a : s_attributes) {
        if (keywordEquals(name, QByteArrayView(a.upperName)))
            return a.attribute;
    }
    return {};
}

} // namespace

MailboxDataParser::MailboxDataParser(Lexer &lex, const ParserOptions &options)
    : m_lex(lex)
    , m_options(options)
{
}

QString MailboxDataParser::decodeName(const QByteArray &raw, qsizetype tokenStart)
{
    // Point errors at the byte itself when the name shares the frame (unescaped quoted/literal).
    const char *frameBegin = m_lex.frame().constData();
    const bool inFrame = raw.constData() >= frameBegin && raw.constData() < frameBegin + m_lex.frame().size();
    const qsizetype base = inFrame ? raw.constData() - frameBegin : tokenStart;
    if (m_options.utf8Accept) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString name = decoder.decode(raw);
        if (decoder.hasError())
            m_lex.failAt(base, ParseErrorCode::InvalidMailboxName, "mailbox name is not valid UTF-8");
        return name;
    }
    ModifiedUtf7::DecodeResult decoded = ModifiedUtf7::decode(raw);
    if (!decoded.ok)
        m_lex.failAt(inFrame ? base + decoded.errorOffset : base, ParseErrorCode::InvalidMailboxName,
                     decoded.error);
    return std::move(decoded.text);
}

// mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
//                [SP mbox-list-extended]                                  (RFC 3501 9, RFC 5258)
ListResponse MailboxDataParser::list(bool lsub)
{
    ListResponse r;
    r.lsub = lsub;
    listAttributes(r);
    m_lex.expectSpace();
    r.delimiter = delimiter();
    m_lex.expectSpace();
    const qsizetype nameStart = m_lex.pos();
    r.rawName = m_lex.astring();
    r.name = decodeName(r.rawName, nameStart);
    if (m_lex.tryConsume(' '))
        listExtendedData(r);
    return r;
}

void MailboxDataParser::listAttributes(ListResponse &list)
{
    m_lex.expect('(', "expected '(' for mailbox attributes");
    for (;;) {
        m_lex.skipSpaces();
        if (m_lex.tryConsume(')'))
            return;
        const qsizetype start = m_lex.pos();
        m_lex.tryConsume('\\');
        m_lex.atomView();
        list.attributes |= attributeFromName(m_lex.view(start, m_lex.pos()));
        list.attributeNames.append(m_lex.slice(start, m_lex.pos()));
    }
}

std::optional<char> MailboxDataParser::delimiter()
{
    const qsizetype start = m_lex.pos();
    const QByteArray d = m_lex.nstring();
    if (d.isNull())
        return std::nullopt;
    if (d.size() != 1)
        m_lex.failAt(start, ParseErrorCode::UnexpectedCharacter, "hierarchy delimiter must be one character");
    return d[0];
}

// mbox-list-extended = "(" [mbox-list-extended-item *(SP mbox-list-extended-item)] ")"
void MailboxDataParser::listExtendedData(ListResponse &list)
{
    m_lex.expect('(', "expected '(' for extended LIST data");
    for (;;) {
        m_lex.skipSpaces();
        if (m_lex.tryConsume(')'))
            return;
        const QByteArray tag = m_lex.astring();
        m_lex.expectSpace();
        if (keywordEquals(tag, "CHILDINFO")) {
            m_lex.expect('(', "expected '(' after CHILDINFO");
            while (!m_lex.tryConsume(')')) {
                list.childInfo.append(m_lex.astring());
                m_lex.tryConsume(' ');
            }
        } else if (keywordEquals(tag, "OLDNAME")) {
            m_lex.expect('(', "expected '(' after OLDNAME");
            const qsizetype nameStart = m_lex.pos();
            list.oldName = decodeName(m_lex.astring(), nameStart);
            m_lex.expect(')', "expected ')' after OLDNAME");
        } else {
            m_lex.skipValue();
        }
    }
}

// "STATUS" SP mailbox SP "(" [status-att-list] ")" (RFC 3501 9, RFC 7162, RFC 8438, RFC 9051)
MailboxStatus MailboxDataParser::status()
{
    MailboxStatus s;
    const qsizetype nameStart = m_lex.pos();
    s.rawMailbox = m_lex.astring();
    s.mailbox = decodeName(s.rawMailbox, nameStart);
    m_lex.expectSpace();
    m_lex.expect('(', "expected '(' for STATUS attributes");
    for (;;) {
        m_lex.skipSpaces();
        if (m_lex.tryConsume(')'))
            return s;
        const QByteArrayView att = m_lex.atomView();
        m_lex.expectSpace();
        if (keywordEquals(att, "MESSAGES"))
            s.messages = m_lex.number32("invalid STATUS MESSAGES");
        else if (keywordEquals(att, "RECENT"))
            s.recent = m_lex.number32("invalid STATUS RECENT");
        else if (keywordEquals(att, "UIDNEXT"))
            s.uidNext = m_lex.number32("invalid STATUS UIDNEXT");
        else if (keywordEquals(att, "UIDVALIDITY"))
            s.uidValidity = m_lex.nzNumber32("invalid STATUS UIDVALIDITY"); // RFC 3501 9: nz-number
        else if (keywordEquals(att, "UNSEEN"))
            s.unseen = m_lex.number32("invalid STATUS UNSEEN");
        else if (keywordEquals(att, "DELETED"))
            s.deleted = m_lex.number32("invalid STATUS DELETED");
        else if (keywordEquals(att, "HIGHESTMODSEQ"))
            s.highestModSeq = m_lex.number64("invalid STATUS HIGHESTMODSEQ");
        else if (keywordEquals(att, "SIZE"))
            s.size = m_lex.number64("invalid STATUS SIZE");
        else
            m_lex.skipValue();
    }
}

// Namespace_Response = "NAMESPACE" SP Namespace SP Namespace SP Namespace (RFC 2342 5)
NamespaceResponse MailboxDataParser::namespaces()
{
    NamespaceResponse r;
    r.personal = namespaceList();
    m_lex.expectSpace();
    r.otherUsers = namespaceList();
    m_lex.expectSpace();
    r.shared = namespaceList();
    return r;
}

QList<NamespaceDescriptor> MailboxDataParser::namespaceList()
{
    QList<NamespaceDescriptor> list;
    if (m_lex.tryConsumeNil())
        return list;
    m_lex.expect('(', "expected '(' or NIL for a namespace");
    while (!m_lex.tryConsume(')')) {
        list.append(namespaceDescriptor());
        m_lex.tryConsume(' ');
    }
    return list;
}

// "(" string SP (<"> QUOTED_CHAR <"> / nil) *(Namespace_Response_Extension) ")"
NamespaceDescriptor MailboxDataParser::namespaceDescriptor()
{
    NamespaceDescriptor d;
    m_lex.expect('(', "expected '(' for a namespace descriptor");
    const qsizetype prefixStart = m_lex.pos();
    d.rawPrefix = m_lex.string();
    d.prefix = decodeName(d.rawPrefix, prefixStart);
    m_lex.expectSpace();
    d.delimiter = delimiter();
    // Namespace_Response_Extension = SP string SP "(" string *(SP string) ")"
    while (m_lex.tryConsume(' ')) {
        QPair<QByteArray, QList<QByteArray>> extension;
        extension.first = m_lex.string();
        m_lex.expectSpace();
        m_lex.expect('(', "expected '(' for namespace extension values");
        while (!m_lex.tryConsume(')')) {
            extension.second.append(m_lex.string());
            m_lex.tryConsume(' ');
        }
        d.extensions.append(std::move(extension));
    }
    m_lex.expect(')', "expected ')' to close a namespace descriptor");
    return d;
}

} // namespace Kestrel::Imap
