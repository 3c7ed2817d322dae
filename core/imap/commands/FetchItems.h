#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Kestrel::Imap {

class Capabilities;

// The fetch-att list of a FETCH (RFC 3501 6.4.5, RFC 3516 4.2, RFC 7162 3.1.4):
//
//     FetchItems().uid().flags().envelope().bodyStructure().modSeq()
//     FetchItems().uid().bodyPeek("1.2", FetchItems::Partial{0, 4096})
//     FetchItems().uid().binaryPeek("2")      // BINARY.PEEK[2] when offered, else BODY.PEEK[2]
//
// Sections are part paths ("1.2") optionally followed by a specifier ("HEADER", "TEXT", "MIME");
// anything that is not section syntax is refused, so callers cannot inject protocol text.
class FetchItems
{
public:
    struct Partial {
        quint32 origin = 0;
        quint32 length = 0;
    };

    FetchItems &uid() { return add("UID"); }
    FetchItems &flags() { return add("FLAGS"); }
    FetchItems &internalDate() { return add("INTERNALDATE"); }
    FetchItems &size() { return add("RFC822.SIZE"); }
    FetchItems &envelope() { return add("ENVELOPE"); }
    FetchItems &bodyStructure() { return add("BODYSTRUCTURE"); }
    FetchItems &modSeq() { return add("MODSEQ"); } // needs CONDSTORE; left out otherwise
    // BODY.PEEK[section]<origin.length>: never sets \Seen (RFC 3501 6.4.5).
    FetchItems &bodyPeek(const QByteArray &section = {}, std::optional<Partial> partial = {});
    // BINARY.PEEK[part] (RFC 3516 4.1): decoded by the server. Falls back to BODY.PEEK without BINARY.
    FetchItems &binaryPeek(const QByteArray &part, std::optional<Partial> partial = {});
    // BODY.PEEK[HEADER.FIELDS (FROM SUBJECT ...)]
    FetchItems &headerFields(const QList<QByteArray> &fields);

    bool isEmpty() const { return m_items.isEmpty(); }
    bool isValid() const { return m_valid; }
    // "(UID FLAGS BODY.PEEK[1]<0.100>)" for this server.
    QByteArray toImap(const Capabilities &capabilities) const;

private:
    struct Item {
        QByteArray text;
        bool binary = false;    // BINARY.PEEK[...]: rewritten to BODY.PEEK without BINARY
        bool modSeq = false;    // MODSEQ: dropped without CONDSTORE
    };

    FetchItems &add(const char *atom);
    static bool isValidSection(const QByteArray &section);
    static QByteArray partialText(std::optional<Partial> partial);

    QList<Item> m_items;
    bool m_valid = true;
};

} // namespace Kestrel::Imap
