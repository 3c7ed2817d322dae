#include "FetchTranscriptGenerator.h"

#include <QString> // QStringBuilder's operator+ for QByteArray

#include <array>

namespace {

constexpr std::array<const char *, 8> s_names = {
    "Alice Example", "Bob O'Neil", "Carol \\\"CJ\\\" Jones", "=?UTF-8?B?0JDQvdC90LA=?=",
    "D\xc3\xa9sir\xc3\xa9" "e Dupont", "Erik", "Build Bot", "Grace Hopper"};
constexpr std::array<const char *, 6> s_hosts = {
    "example.com", "example.org", "mail.example.net", "lists.example.com", "corp.example", "xn--bcher-kva.example"};
constexpr std::array<const char *, 8> s_subjects = {
    "Quarterly report", "Re: lunch on Friday?", "[kestrel-dev] Patch: faster IMAP parser",
    "=?UTF-8?Q?Caf=C3=A9_meeting_notes?=", "Invoice #2024-0042", "Fwd: photos from the trip",
    "Your build \\\"main\\\" succeeded", "=?ISO-8859-1?Q?R=E9union_=E0_10h?="};
constexpr std::array<const char *, 4> s_attachmentTypes = {
    "\"application\" \"pdf\"", "\"image\" \"jpeg\"",
    "\"application\" \"vnd.openxmlformats-officedocument.wordprocessingml.document\"", "\"application\" \"zip\""};
constexpr std::array<const char *, 12> s_months = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray num(std::uint64_t n)
{
    return QByteArray::number(static_cast<qulonglong>(n));
}

} // namespace

FetchTranscriptGenerator::FetchTranscriptGenerator(std::uint64_t seed)
    : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
{
}

// xorshift64*: fast and good enough to vary the shapes.
std::uint64_t FetchTranscriptGenerator::next()
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 2685821657736338717ULL;
}

QByteArray FetchTranscriptGenerator::generate(int messages)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(messages) * 1400);
    for (int i = 1; i <= messages; ++i) {
        out += "* " + num(i) + " FETCH (UID " + num(i + 1000) + " FLAGS (" + flags() + ") INTERNALDATE "
            + internalDate() + " RFC822.SIZE " + num(1000 + next() % 2000000) + " ENVELOPE " + envelope(i)
            + " BODYSTRUCTURE " + bodyStructure(i) + ")\r\n";
    }
    out += "A0005 OK Fetch completed (0.123 + 0.000 + 0.122 secs).\r\n";
    return out;
}

QByteArray FetchTranscriptGenerator::flags()
{
    static constexpr std::array<const char *, 6> choices = {
        "\\Seen", "", "\\Seen \\Answered", "\\Seen $NotJunk", "\\Flagged \\Seen", "$Forwarded \\Seen NonJunk"};
    return choices[static_cast<size_t>(pick(static_cast<int>(choices.size())))];
}

QByteArray FetchTranscriptGenerator::internalDate()
{
    const int day = 1 + pick(28);
    QByteArray dd = day < 10 ? ' ' + num(day) : num(day);
    return '"' + dd + '-' + s_months[static_cast<size_t>(pick(12))] + '-' + num(2015 + pick(10)) + ' '
        + num(10 + pick(14)) + ':' + num(10 + pick(50)) + ':' + num(10 + pick(50)) + (pick(2) ? " +0100\"" : " -0700\"");
}

QByteArray FetchTranscriptGenerator::envelope(int index)
{
    const QByteArray from = '(' + address() + ')';
    const QByteArray inReplyTo = pick(3) == 0 ? "\"<" + num(next() % 100000) + "@example.com>\"" : QByteArray("NIL");
    return "(\"Tue, 12 Mar 2024 10:15:30 +0000\" " + subject(index) + ' ' + from + ' ' + from + ' ' + from + ' '
        + addressList(3) + ' ' + (pick(3) == 0 ? addressList(2) : QByteArray("NIL")) + " NIL " + inReplyTo
        + " \"<" + num(index) + '.' + num(next() % 1000000) + "@mail.example.com>\")";
}

QByteArray FetchTranscriptGenerator::subject(int index)
{
    if (index % 50 == 0) {
        // Long subjects with CR-free 8-bit text arrive as literals from some servers.
        const QByteArray text = "Very long subject line " + QByteArray(120, 'x') + " \xe2\x9c\x93";
        return '{' + num(static_cast<std::uint64_t>(text.size())) + "}\r\n" + text;
    }
    return '"' + QByteArray(s_subjects[static_cast<size_t>(pick(static_cast<int>(s_subjects.size())))]) + ' '
        + num(index) + '"';
}

QByteArray FetchTranscriptGenerator::address()
{
    static constexpr std::array<const char *, 6> users = {"alice", "bob", "carol.jones", "anna", "build-bot", "grace"};
    const QByteArray name = pick(5) == 0 ? QByteArray("NIL")
                                         : '"' + QByteArray(s_names[static_cast<size_t>(pick(8))]) + '"';
    return '(' + name + " NIL \"" + users[static_cast<size_t>(pick(6))] + "\" \""
        + s_hosts[static_cast<size_t>(pick(6))] + "\")";
}

QByteArray FetchTranscriptGenerator::addressList(int maxCount)
{
    if (pick(10) == 0) // group syntax: undisclosed-recipients:;
        return "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL))";
    QByteArray out = "(";
    const int count = 1 + pick(maxCount);
    for (int i = 0; i < count; ++i)
        out += address();
    return out + ')';
}

QByteArray FetchTranscriptGenerator::textPart(const char *subtype)
{
    const std::uint64_t size = 200 + next() % 40000;
    return "(\"text\" \"" + QByteArray(subtype) + "\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
        + num(size) + ' ' + num(size / 60 + 1) + " NIL NIL NIL NIL)";
}

QByteArray FetchTranscriptGenerator::attachment()
{
    const QByteArray name = "\"report-" + num(next() % 1000) + ".pdf\"";
    return '(' + QByteArray(s_attachmentTypes[static_cast<size_t>(pick(4))]) + " (\"name\" " + name
        + ") NIL NIL \"base64\" " + num(5000 + next() % 3000000) + " NIL (\"attachment\" (\"filename\" " + name
        + " \"size\" \"12345\")) NIL NIL)";
}

QByteArray FetchTranscriptGenerator::imagePart(int n)
{
    return "(\"image\" \"png\" (\"name\" \"image" + num(n) + ".png\") \"<img" + num(n)
        + "@kestrel>\" NIL \"base64\" " + num(2000 + next() % 90000) + " NIL (\"inline\" (\"filename\" \"image"
        + num(n) + ".png\")) NIL NIL)";
}

QByteArray FetchTranscriptGenerator::forwardedMessage(int index)
{
    return "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" " + num(3000 + next() % 50000) + ' ' + envelope(index)
        + " (" + textPart("plain") + textPart("html") + " \"alternative\" (\"boundary\" \"inner\") NIL NIL NIL) "
        + num(120 + next() % 500) + " NIL (\"attachment\" NIL) NIL NIL)";
}

QByteArray FetchTranscriptGenerator::bodyStructure(int index)
{
    const QByteArray boundary = " (\"boundary\" \"b1_" + num(next() % 1000000) + "\") NIL NIL NIL)";
    const QByteArray alternative = '(' + textPart("plain") + textPart("html") + " \"alternative\"" + boundary;
    switch (pick(20)) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
        return textPart("plain");
    case 8: case 9: case 10: case 11: case 12: case 13:
        return alternative;
    case 14: case 15: case 16: case 17:
        return '(' + alternative + attachment() + (pick(2) ? attachment() : QByteArray()) + " \"mixed\"" + boundary;
    case 18:
        return "((" + textPart("html") + imagePart(1) + imagePart(2) + " \"related\"" + boundary + attachment()
            + " \"mixed\"" + boundary;
    default:
        return '(' + textPart("plain") + forwardedMessage(index) + " \"mixed\"" + boundary;
    }
}
