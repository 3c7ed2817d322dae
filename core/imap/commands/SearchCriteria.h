#pragma once

#include "imap/parser/CommandWriter.h"
#include "imap/parser/SequenceSet.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Kestrel::Imap {

// search-key (RFC 3501 6.4.4, RFC 9051 6.4.4) built from values, never from text:
//
//     auto c = SearchCriteria::unseen() && SearchCriteria::from(QStringLiteral("alice"));
//     auto d = SearchCriteria::orOf(SearchCriteria::subject(u"отчёт"_s), SearchCriteria::flagged());
//
// Keys side by side are ANDed; OR and NOT take one key each, so compound operands are wrapped in
// parentheses. Strings are quoted or sent as literals by CommandWriter; non-ASCII text makes the
// command carry CHARSET UTF-8 (unless UTF8=ACCEPT is enabled, RFC 6855 3).
class SearchCriteria
{
public:
    static SearchCriteria all();
    static SearchCriteria seen();
    static SearchCriteria unseen();
    static SearchCriteria flagged();
    static SearchCriteria answered();
    static SearchCriteria deleted();
    static SearchCriteria draft();
    static SearchCriteria keyword(const QByteArray &keyword);
    static SearchCriteria from(const QString &text);
    static SearchCriteria to(const QString &text);
    static SearchCriteria cc(const QString &text);
    static SearchCriteria subject(const QString &text);
    static SearchCriteria body(const QString &text);
    static SearchCriteria text(const QString &text);
    static SearchCriteria header(const QByteArray &field, const QString &text);
    static SearchCriteria since(QDate date);   // internal date, day granularity
    static SearchCriteria before(QDate date);
    static SearchCriteria on(QDate date);
    static SearchCriteria larger(quint32 octets);
    static SearchCriteria smaller(quint32 octets);
    static SearchCriteria uid(const SequenceSet &uids);
    static SearchCriteria orOf(const SearchCriteria &a, const SearchCriteria &b);
    static SearchCriteria notOf(const SearchCriteria &a);

    // AND: both keys must match.
    SearchCriteria operator&&(const SearchCriteria &other) const;

    bool isEmpty() const { return m_tokens.isEmpty(); }
    bool isValid() const { return m_valid; }
    bool needsUtf8() const;
    void write(CommandWriter &writer) const;

    // date (RFC 3501 9): "1-Feb-1994"
    static QByteArray formatDate(QDate date);

private:
    struct Token {
        enum class Kind { Atom, String, Open, Close };
        Kind kind;
        QByteArray value;
    };

    static SearchCriteria atom(const char *keyword);
    static SearchCriteria withString(const char *keyword, const QString &text);
    static SearchCriteria withDate(const char *keyword, QDate date);
    void appendOperand(const SearchCriteria &operand);

    QList<Token> m_tokens;
    int m_keys = 0; // top-level search keys
    bool m_valid = true;
};

} // namespace Kestrel::Imap
