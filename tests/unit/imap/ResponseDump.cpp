#include "ResponseDump.h"

namespace Kestrel::Imap::Test {

namespace {

QByteArray str(const QByteArray &s)
{
    return s.isNull() ? QByteArray("NIL") : '"' + QByteArray(s.constData(), s.size()) + '"';
}

QByteArray num(quint64 n)
{
    return QByteArray::number(n);
}

template <typename T>
QByteArray opt(const std::optional<T> &v)
{
    return v ? num(*v) : QByteArray("-");
}

QByteArray list(const QList<QByteArray> &items)
{
    QByteArray out = "(";
    for (const QByteArray &i : items)
        out += (out.size() > 1 ? " " : "") + str(i);
    return out + ')';
}

QByteArray flags(const MessageFlags &f)
{
    return "sys=" + num(f.system.toInt()) + " kw=" + list(f.keywords);
}

QByteArray code(const ResponseCode &c)
{
    if (c.isNone())
        return "[]";
    return "[" + c.name + " k=" + num(int(c.kind)) + " n=" + num(c.number) + " v=" + num(c.uidValidity)
        + " src=" + c.sourceUids.toImapString() + " uids=" + c.uids.toImapString() + " list=" + list(c.list)
        + " flags=" + flags(c.flags) + " text=" + str(c.text) + "]";
}

QByteArray params(const std::vector<BodyParameter> &ps)
{
    QByteArray out = "(";
    for (const BodyParameter &p : ps)
        out += str(p.name) + '=' + str(p.value) + ' ';
    return out + ')';
}

QByteArray addresses(const QList<Address> &as)
{
    QByteArray out = "(";
    for (const Address &a : as)
        out += '(' + str(a.name) + ' ' + str(a.adl) + ' ' + str(a.mailbox) + ' ' + str(a.host) + ')';
    return out + ')';
}

QByteArray section(const BodySection &s)
{
    return "{k=" + num(int(s.kind)) + " sec=" + str(s.section) + " part=" + str(s.part) + " spec="
        + str(s.specifier) + " fields=" + list(s.headerFields) + " origin=" + opt(s.origin)
        + " size=" + num(s.binarySize) + " data=" + str(s.data) + "}";
}

struct Dumper {
    QByteArray operator()(const TaggedStatus &r) const
    {
        return "TAGGED " + r.tag + ' ' + num(int(r.condition)) + ' ' + code(r.code) + ' ' + str(r.text);
    }
    QByteArray operator()(const UntaggedStatus &r) const
    {
        return "STATUS " + num(int(r.condition)) + ' ' + code(r.code) + ' ' + str(r.text);
    }
    QByteArray operator()(const ContinuationRequest &r) const
    {
        return "CONTINUE " + code(r.code) + ' ' + str(r.text);
    }
    QByteArray operator()(const CapabilityResponse &r) const { return "CAPABILITY " + list(r.capabilities); }
    QByteArray operator()(const EnabledResponse &r) const { return "ENABLED " + list(r.capabilities); }
    QByteArray operator()(const IdResponse &r) const
    {
        QByteArray out = "ID";
        for (const auto &f : r.fields)
            out += ' ' + str(f.first) + '=' + str(f.second);
        return out;
    }
    QByteArray operator()(const NamespaceResponse &r) const
    {
        QByteArray out = "NAMESPACE";
        for (const auto *l : {&r.personal, &r.otherUsers, &r.shared}) {
            out += " (";
            for (const NamespaceDescriptor &d : *l)
                out += '(' + d.prefix.toUtf8() + ' ' + (d.delimiter ? QByteArray(1, *d.delimiter) : "NIL")
                    + " ext=" + num(d.extensions.size()) + ')';
            out += ')';
        }
        return out;
    }
    QByteArray operator()(const ListResponse &r) const
    {
        return (r.lsub ? "LSUB " : "LIST ") + num(r.attributes.toInt()) + ' ' + list(r.attributeNames) + ' '
            + (r.delimiter ? QByteArray(1, *r.delimiter) : "NIL") + ' ' + r.name.toUtf8() + " raw=" + str(r.rawName)
            + " childinfo=" + list(r.childInfo) + " old=" + r.oldName.toUtf8();
    }
    QByteArray operator()(const MailboxStatus &r) const
    {
        return "MBSTATUS " + r.mailbox.toUtf8() + ' ' + opt(r.messages) + ' ' + opt(r.recent) + ' '
            + opt(r.uidNext) + ' ' + opt(r.uidValidity) + ' ' + opt(r.unseen) + ' ' + opt(r.deleted) + ' '
            + opt(r.highestModSeq) + ' ' + opt(r.size);
    }
    QByteArray operator()(const FlagsResponse &r) const { return "FLAGS " + flags(r.flags); }
    QByteArray operator()(const ExistsResponse &r) const { return "EXISTS " + num(r.count); }
    QByteArray operator()(const RecentResponse &r) const { return "RECENT " + num(r.count); }
    QByteArray operator()(const ExpungeResponse &r) const { return "EXPUNGE " + num(r.sequence); }
    QByteArray operator()(const VanishedResponse &r) const
    {
        return "VANISHED " + num(r.earlier) + ' ' + r.uids.toImapString();
    }
    QByteArray operator()(const SearchResponse &r) const
    {
        QByteArray out = "SEARCH";
        for (quint32 n : r.numbers)
            out += ' ' + num(n);
        return out + " modseq=" + opt(r.modSeq);
    }
    QByteArray operator()(const ESearchResponse &r) const
    {
        return "ESEARCH tag=" + str(r.tag) + " uid=" + num(r.uid) + " min=" + opt(r.min) + " max=" + opt(r.max)
            + " count=" + opt(r.count) + " all=" + (r.all ? r.all->toImapString() : "-") + " modseq="
            + opt(r.modSeq);
    }
    QByteArray operator()(const FetchResponse &r) const
    {
        QByteArray out = "FETCH " + num(r.sequence) + " uid=" + opt(r.uid);
        out += " flags=" + (r.flags ? flags(*r.flags) : "-");
        out += " date=" + r.internalDate.toString(Qt::ISODate).toUtf8();
        out += " size=" + opt(r.rfc822Size) + " modseq=" + opt(r.modSeq);
        out += " env=" + (r.envelope ? dump(*r.envelope) : "-");
        out += " body=" + (r.bodyStructure ? dump(*r.bodyStructure) : "-");
        for (const BodySection &s : r.sections)
            out += ' ' + section(s);
        for (const FetchItem &i : r.otherItems)
            out += " other:" + i.name + '=' + i.value;
        return out;
    }
    QByteArray operator()(const UnknownResponse &r) const
    {
        return "UNKNOWN " + num(r.number) + ' ' + r.name + ' ' + str(r.rest);
    }
};

} // namespace

QByteArray dump(const Response &response)
{
    return std::visit(Dumper(), response);
}

QByteArray dump(const Envelope &e)
{
    return "(" + str(e.date) + ' ' + str(e.subject) + ' ' + addresses(e.from) + ' ' + addresses(e.sender) + ' '
        + addresses(e.replyTo) + ' ' + addresses(e.to) + ' ' + addresses(e.cc) + ' ' + addresses(e.bcc) + ' '
        + str(e.inReplyTo) + ' ' + str(e.messageId) + ')';
}

QByteArray dump(const BodyPart &p)
{
    QByteArray out = '(' + str(p.type) + '/' + str(p.subtype) + ' ' + params(p.params) + ' ' + str(p.id) + ' '
        + str(p.description) + ' ' + str(p.encoding) + ' ' + num(p.size) + ' ' + num(p.lines);
    if (p.envelope)
        out += " env=" + dump(*p.envelope);
    for (const BodyPart &c : p.children)
        out += ' ' + dump(c);
    if (p.hasExtensionData)
        out += " ext:" + str(p.md5) + ' ' + str(p.disposition.type) + params(p.disposition.params) + ' '
            + list(p.language) + ' ' + str(p.location);
    return out + ')';
}

QByteArray dump(const ParseError &e)
{
    return "ERROR " + QByteArray(parseErrorCodeName(e.code)) + " line=" + num(e.line) + " offset=" + num(e.offset)
        + " fatal=" + num(e.fatal);
}

} // namespace Kestrel::Imap::Test
