#include "imap/commands/SearchCriteria.h"

#include "imap/commands/FlagList.h"

#include <algorithm>

namespace Kestrel::Imap {
namespace {

const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

SearchCriteria SearchCriteria::atom(const char *keyword)
{
    SearchCriteria c;
    c.m_tokens << Token{Token::Kind::Atom, QByteArray(keyword)};
    c.m_keys = 1;
    return c;
}

SearchCriteria SearchCriteria::withString(const char *keyword, const QString &text)
{
    SearchCriteria c = atom(keyword);
    c.m_tokens << Token{Token::Kind::String, text.toUtf8()};
    return c;
}

SearchCriteria SearchCriteria::withDate(const char *keyword, QDate date)
{
    SearchCriteria c = atom(keyword);
    c.m_valid = date.isValid() && date.year() >= 1 && date.year() <= 9999;
    c.m_tokens << Token{Token::Kind::Atom, formatDate(date)};
    return c;
}

QByteArray SearchCriteria::formatDate(QDate date)
{
    if (!date.isValid())
        return QByteArrayLiteral("1-Jan-1970");
    return QByteArray::number(date.day()) + '-' + QByteArray(Months[date.month() - 1]) + '-'
        + QByteArray::number(date.year());
}

SearchCriteria SearchCriteria::all() { return atom("ALL"); }
SearchCriteria SearchCriteria::seen() { return atom("SEEN"); }
SearchCriteria SearchCriteria::unseen() { return atom("UNSEEN"); }
SearchCriteria SearchCriteria::flagged() { return atom("FLAGGED"); }
SearchCriteria SearchCriteria::answered() { return atom("ANSWERED"); }
SearchCriteria SearchCriteria::deleted() { return atom("DELETED"); }
SearchCriteria SearchCriteria::draft() { return atom("DRAFT"); }
SearchCriteria SearchCriteria::from(const QString &text) { return withString("FROM", text); }
SearchCriteria SearchCriteria::to(const QString &text) { return withString("TO", text); }
SearchCriteria SearchCriteria::cc(const QString &text) { return withString("CC", text); }
SearchCriteria SearchCriteria::subject(const QString &text) { return withString("SUBJECT", text); }
SearchCriteria SearchCriteria::body(const QString &text) { return withString("BODY", text); }
SearchCriteria SearchCriteria::text(const QString &text) { return withString("TEXT", text); }
SearchCriteria SearchCriteria::since(QDate date) { return withDate("SINCE", date); }
SearchCriteria SearchCriteria::before(QDate date) { return withDate("BEFORE", date); }
SearchCriteria SearchCriteria::on(QDate date) { return withDate("ON", date); }

SearchCriteria SearchCriteria::keyword(const QByteArray &keyword)
{
    SearchCriteria c = atom("KEYWORD");
    c.m_valid = isValidFlag(keyword) && !keyword.startsWith('\\');
    c.m_tokens << Token{Token::Kind::Atom, keyword};
    return c;
}

SearchCriteria SearchCriteria::header(const QByteArray &field, const QString &text)
{
    SearchCriteria c = atom("HEADER");
    c.m_tokens << Token{Token::Kind::String, field} << Token{Token::Kind::String, text.toUtf8()};
    return c;
}

SearchCriteria SearchCriteria::larger(quint32 octets)
{
    SearchCriteria c = atom("LARGER");
    c.m_tokens << Token{Token::Kind::Atom, QByteArray::number(octets)};
    return c;
}

SearchCriteria SearchCriteria::smaller(quint32 octets)
{
    SearchCriteria c = atom("SMALLER");
    c.m_tokens << Token{Token::Kind::Atom, QByteArray::number(octets)};
    return c;
}

SearchCriteria SearchCriteria::uid(const SequenceSet &uids)
{
    SearchCriteria c = atom("UID");
    c.m_valid = !uids.isEmpty();
    c.m_tokens << Token{Token::Kind::Atom, uids.toImapString()};
    return c;
}

void SearchCriteria::appendOperand(const SearchCriteria &operand)
{
    m_valid = m_valid && operand.m_valid && !operand.isEmpty();
    const bool wrap = operand.m_keys > 1;
    if (wrap)
        m_tokens << Token{Token::Kind::Open, {}};
    m_tokens += operand.m_tokens;
    if (wrap)
        m_tokens << Token{Token::Kind::Close, {}};
}

SearchCriteria SearchCriteria::orOf(const SearchCriteria &a, const SearchCriteria &b)
{
    SearchCriteria c = atom("OR");
    c.appendOperand(a);
    c.appendOperand(b);
    return c;
}

SearchCriteria SearchCriteria::notOf(const SearchCriteria &a)
{
    SearchCriteria c = atom("NOT");
    c.appendOperand(a);
    return c;
}

SearchCriteria SearchCriteria::operator&&(const SearchCriteria &other) const
{
    SearchCriteria c = *this;
    c.m_tokens += other.m_tokens;
    c.m_keys += other.m_keys;
    c.m_valid = m_valid && other.m_valid;
    return c;
}

bool SearchCriteria::needsUtf8() const
{
    return std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const Token &t) {
        return t.kind == Token::Kind::String
            && std::any_of(t.value.cbegin(), t.value.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    });
}

void SearchCriteria::write(CommandWriter &writer) const
{
    for (const Token &token : m_tokens) {
        switch (token.kind) {
        case Token::Kind::Atom: writer.atom(token.value); break;
        case Token::Kind::String: writer.string(token.value); break;
        case Token::Kind::Open: writer.beginList(); break;
        case Token::Kind::Close: writer.endList(); break;
        }
    }
}

} // namespace Kestrel::Imap
