#include "imap/parser/ResponseParser.h"

#include "imap/parser/FetchParser.h"
#include "imap/parser/Lexer.h"
#include "imap/parser/MailboxDataParser.h"
#include "imap/parser/SearchDataParser.h"
#include "imap/parser/ServerDataParser.h"
#include "imap/parser/StatusParser.h"

#include <algorithm>

namespace Kestrel::Imap {

namespace {

// resp-cond-state / resp-cond-bye / resp-cond-auth conditions (RFC 3501 9)
std::optional<StatusCondition> conditionFromName(QByteArrayView name)
{
    if (keywordEquals(name, "OK"))
        return StatusCondition::Ok;
    if (keywordEquals(name, "NO"))
        return StatusCondition::No;
    if (keywordEquals(name, "BAD"))
        return StatusCondition::Bad;
    if (keywordEquals(name, "BYE"))
        return StatusCondition::Bye;
    if (keywordEquals(name, "PREAUTH"))
        return StatusCondition::PreAuth;
    return std::nullopt;
}

ParseError makeError(const Frame &frame, const LexerFailure &failure)
{
    const qsizetype pos = std::clamp<qsizetype>(failure.pos, 0, frame.bytes.size());
    ParseError error;
    error.code = failure.code;
    error.offset = frame.offset + pos;
    error.line = frame.line + std::count(frame.bytes.cbegin(), frame.bytes.cbegin() + pos, '\n');
    error.fatal = false;
    error.detail = QByteArray(failure.detail);
    return error;
}

} // namespace

ResponseParser::ResponseParser(ParserOptions options)
    : m_options(options)
{
}

ParseResult ResponseParser::parse(const Frame &frame) const
{
    ParseResult result;
    parse(frame, &result.response, &result.error);
    return result;
}

bool ResponseParser::parse(const Frame &frame, Response *response, ParseError *error) const
{
    Lexer lex(frame.bytes);
    try {
        dispatch(lex, *response);
        lex.expectResponseEnd();
    } catch (const LexerFailure &failure) {
        *response = Response();
        *error = makeError(frame, failure);
        return false;
    }
    *error = ParseError();
    return true;
}

// response = *(continue-req / response-data) response-done (RFC 3501 9)
void ResponseParser::dispatch(Lexer &lex, Response &out) const
{
    switch (lex.peek()) {
    case '+':
        out = continuation(lex);
        return;
    case '*':
        untagged(lex, out);
        return;
    default:
        out = tagged(lex);
        return;
    }
}

// continue-req = "+" SP (resp-text / base64) CRLF; a missing SP is tolerated.
Response ResponseParser::continuation(Lexer &lex) const
{
    ContinuationRequest r;
    lex.skip(1);
    if (lex.tryConsume(' ') && lex.peek() == '[') {
        r.code = StatusParser::responseCode(lex);
        lex.tryConsume(' ');
    }
    r.text = lex.restOfLine();
    return r;
}

// response-tagged = tag SP resp-cond-state CRLF
Response ResponseParser::tagged(Lexer &lex) const
{
    TaggedStatus r;
    r.tag = lex.tag();
    lex.expectSpace();
    const qsizetype conditionStart = lex.pos();
    const std::optional<StatusCondition> condition = conditionFromName(lex.atomView());
    if (!condition || *condition == StatusCondition::Bye || *condition == StatusCondition::PreAuth)
        lex.failAt(conditionStart, ParseErrorCode::UnknownStatus, "tagged response must be OK, NO or BAD");
    r.condition = *condition;
    StatusParser::respText(lex, &r.code, &r.text);
    return r;
}

void ResponseParser::untagged(Lexer &lex, Response &out) const
{
    lex.skip(1);
    lex.expectSpace();
    if (lex.peek() >= '0' && lex.peek() <= '9') {
        const quint32 number = lex.number32("invalid message number");
        lex.expectSpace();
        return numbered(lex, number, out);
    }
    const qsizetype nameStart = lex.pos();
    out = named(lex, lex.atomView(), nameStart);
}

// message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att)); mailbox-data's EXISTS/RECENT
void ResponseParser::numbered(Lexer &lex, quint32 number, Response &out) const
{
    const qsizetype nameStart = lex.pos();
    const QByteArrayView name = lex.atomView();
    if (keywordEquals(name, "FETCH")) {
        if (number == 0)
            lex.failAt(nameStart, ParseErrorCode::InvalidNumber, "FETCH for message number 0");
        lex.expectSpace();
        // Parsed in place: a FETCH with ENVELOPE and BODYSTRUCTURE is large to move around.
        return FetchParser::parse(lex, number, m_options.maxNestingDepth, out.emplace<FetchResponse>());
    }
    if (keywordEquals(name, "EXISTS")) {
        out = ExistsResponse{number};
    } else if (keywordEquals(name, "RECENT")) {
        out = RecentResponse{number};
    } else if (keywordEquals(name, "EXPUNGE")) {
        if (number == 0)
            lex.failAt(nameStart, ParseErrorCode::InvalidNumber, "EXPUNGE of message number 0");
        out = ExpungeResponse{number};
    } else {
        out = unknown(lex, nameStart, number);
    }
}

Response ResponseParser::named(Lexer &lex, QByteArrayView name, qsizetype nameStart) const
{
    if (const std::optional<StatusCondition> condition = conditionFromName(name)) {
        UntaggedStatus r;
        r.condition = *condition;
        StatusParser::respText(lex, &r.code, &r.text);
        return r;
    }
    if (keywordEquals(name, "FETCH") || keywordEquals(name, "EXPUNGE"))
        lex.failAt(nameStart, ParseErrorCode::InvalidNumber, "message data without a message number");
    if (keywordEquals(name, "LIST") || keywordEquals(name, "LSUB") || keywordEquals(name, "STATUS")
        || keywordEquals(name, "NAMESPACE"))
        return mailboxData(lex, name);
    if (keywordEquals(name, "CAPABILITY"))
        return ServerDataParser::capability(lex);
    if (keywordEquals(name, "FLAGS"))
        return ServerDataParser::flags(lex);
    if (keywordEquals(name, "SEARCH"))
        return SearchDataParser::search(lex);
    if (keywordEquals(name, "ESEARCH"))
        return SearchDataParser::esearch(lex);
    if (keywordEquals(name, "VANISHED"))
        return SearchDataParser::vanished(lex);
    if (keywordEquals(name, "ENABLED"))
        return ServerDataParser::enabled(lex);
    if (keywordEquals(name, "ID"))
        return ServerDataParser::id(lex);
    return unknown(lex, nameStart, 0);
}

// LIST / LSUB / STATUS / NAMESPACE: the responses that carry mailbox names.
Response ResponseParser::mailboxData(Lexer &lex, QByteArrayView name) const
{
    lex.expectSpace();
    MailboxDataParser parser(lex, m_options);
    if (keywordEquals(name, "STATUS"))
        return parser.status();
    if (keywordEquals(name, "NAMESPACE"))
        return parser.namespaces();
    return parser.list(keywordEquals(name, "LSUB"));
}

// Anything else is kept as its name and raw bytes, so new extensions never break the stream.
Response ResponseParser::unknown(Lexer &lex, qsizetype nameStart, quint32 number) const
{
    UnknownResponse r{lex.slice(nameStart, lex.pos()), number, {}};
    lex.tryConsume(' ');
    r.rest = lex.restOfResponse();
    return r;
}

} // namespace Kestrel::Imap
