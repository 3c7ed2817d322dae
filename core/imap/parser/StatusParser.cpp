#include "imap/parser/StatusParser.h"

#include "imap/parser/FlagListParser.h"
#include "imap/parser/Lexer.h"

#include <array>

namespace Kestrel::Imap {

namespace {

// How the arguments of a code are shaped.
enum class CodeArgs { None, Number32, NzNumber32, Number64, AtomList, Flags, AppendUid, CopyUid, SeqSet, Charsets };

struct CodeSpec {
    const char *name;
    ResponseCodeKind kind;
    CodeArgs args;
};

using K = ResponseCodeKind;
constexpr std::array<CodeSpec, 36> s_codes = {{
    {"ALERT", K::Alert, CodeArgs::None},
    {"CAPABILITY", K::Capability, CodeArgs::AtomList},
    {"PERMANENTFLAGS", K::PermanentFlags, CodeArgs::Flags},
    {"UIDNEXT", K::UidNext, CodeArgs::Number32},
    {"UIDVALIDITY", K::UidValidity, CodeArgs::NzNumber32}, // RFC 3501 7.1: nz-number; 0 would be cached as "valid"
    {"UNSEEN", K::Unseen, CodeArgs::Number32},
    {"HIGHESTMODSEQ", K::HighestModSeq, CodeArgs::Number64},
    {"NOMODSEQ", K::NoModSeq, CodeArgs::None},
    {"MODIFIED", K::Modified, CodeArgs::SeqSet},
    {"APPENDUID", K::AppendUid, CodeArgs::AppendUid},
    {"COPYUID", K::CopyUid, CodeArgs::CopyUid},
    {"UIDNOTSTICKY", K::UidNotSticky, CodeArgs::None},
    {"READ-ONLY", K::ReadOnly, CodeArgs::None},
    {"READ-WRITE", K::ReadWrite, CodeArgs::None},
    {"TRYCREATE", K::TryCreate, CodeArgs::None},
    {"PARSE", K::Parse, CodeArgs::None},
    {"BADCHARSET", K::BadCharset, CodeArgs::Charsets},
    {"CLOSED", K::Closed, CodeArgs::None},
    {"COMPRESSIONACTIVE", K::CompressionActive, CodeArgs::None},
    {"UNAVAILABLE", K::Unavailable, CodeArgs::None},
    {"AUTHENTICATIONFAILED", K::AuthenticationFailed, CodeArgs::None},
    {"AUTHORIZATIONFAILED", K::AuthorizationFailed, CodeArgs::None},
    {"EXPIRED", K::Expired, CodeArgs::None},
    {"PRIVACYREQUIRED", K::PrivacyRequired, CodeArgs::None},
    {"CONTACTADMIN", K::ContactAdmin, CodeArgs::None},
    {"NOPERM", K::NoPerm, CodeArgs::None},
    {"INUSE", K::InUse, CodeArgs::None},
    {"EXPUNGEISSUED", K::ExpungeIssued, CodeArgs::None},
    {"CORRUPTION", K::Corruption, CodeArgs::None},
    {"SERVERBUG", K::ServerBug, CodeArgs::None},
    {"CLIENTBUG", K::ClientBug, CodeArgs::None},
    {"CANNOT", K::Cannot, CodeArgs::None},
    {"LIMIT", K::Limit, CodeArgs::None},
    {"OVERQUOTA", K::OverQuota, CodeArgs::None},
    {"ALREADYEXISTS", K::AlreadyExists, CodeArgs::None},
    {"NONEXISTENT", K::NonExistent, CodeArgs::None},
}};

const CodeSpec *findCode(QByteArrayView name)
{
    for (const CodeSpec &spec : s_codes) {
        if (keywordEquals(name, QByteArrayView(spec.name)))
            return &spec;
    }
    return nullptr;
}

void readAtomList(Lexer &lex, QList<QByteArray> *out)
{
    while (lex.tryConsume(' ')) {
        if (lex.peek() == ']')
            return;
        out->append(lex.atom());
    }
}

void readCharsets(Lexer &lex, QList<QByteArray> *out)
{
    // BADCHARSET [SP "(" charset *(SP charset) ")"] (RFC 3501 7.1)
    if (!lex.tryConsume(' '))
        return;
    lex.expect('(', "expected '(' after BADCHARSET");
    for (;;) {
        lex.skipSpaces();
        if (lex.tryConsume(')'))
            return;
        out->append(lex.astring());
    }
}

void readArgs(Lexer &lex, CodeArgs args, ResponseCode &code)
{
    switch (args) {
    case CodeArgs::None:
        return;
    case CodeArgs::AtomList:
        return readAtomList(lex, &code.list);
    case CodeArgs::Charsets:
        return readCharsets(lex, &code.list);
    default:
        break;
    }
    lex.expectSpace();
    switch (args) {
    case CodeArgs::Number32: code.number = lex.number32("invalid number in response code"); break;
    case CodeArgs::NzNumber32: code.number = lex.nzNumber32("invalid number in response code (0 is not allowed)"); break;
    case CodeArgs::Number64: code.number = lex.number64("invalid mod-sequence in response code"); break;
    case CodeArgs::Flags: code.flags = FlagListParser::parse(lex); break;
    case CodeArgs::SeqSet: code.uids = lex.sequenceSet("invalid sequence set in MODIFIED"); break;
    case CodeArgs::AppendUid:
    case CodeArgs::CopyUid:
        code.uidValidity = lex.nzNumber32("invalid UIDVALIDITY in response code");
        lex.expectSpace();
        if (args == CodeArgs::CopyUid) {
            code.sourceUids = lex.sequenceSet("invalid source uid-set in COPYUID");
            lex.expectSpace();
        }
        code.uids = lex.sequenceSet("invalid uid-set in response code");
        break;
    default:
        break;
    }
}

} // namespace

ResponseCode StatusParser::responseCode(Lexer &lex)
{
    ResponseCode code;
    lex.expect('[', "expected '['");
    const qsizetype nameStart = lex.pos();
    const QByteArrayView name = lex.atomView();
    code.name = lex.slice(nameStart, lex.pos());
    const CodeSpec *spec = findCode(name);
    code.kind = spec ? spec->kind : ResponseCodeKind::Unknown;
    if (spec)
        readArgs(lex, spec->args, code);
    // Unknown codes, and known ones with unexpected arguments, keep the rest as text.
    if (lex.peek() != ']') {
        lex.expectSpace();
        const qsizetype textStart = lex.pos();
        lex.viewUntil(']', "expected ']' to close the response code");
        code.text = lex.slice(textStart, lex.pos());
    }
    lex.expect(']', "expected ']' to close the response code");
    return code;
}

void StatusParser::respText(Lexer &lex, ResponseCode *code, QByteArray *text)
{
    if (lex.atLineEnd())
        return;
    lex.expectSpace();
    if (lex.peek() == '[') {
        *code = responseCode(lex);
        lex.tryConsume(' ');
    }
    *text = lex.restOfLine();
    // RFC 3501 9: resp-text holds no NUL (TEXT-CHAR is %x01-7F but CR and LF). The text is what users
    // are shown in error messages, where a NUL would cut or garble it: drop them (found by a hostile
    // transcript, tests/data/hostile/imap/027_login_nul_in_status.txt).
    text->removeIf([](char c) { return c == '\0'; });
}

} // namespace Kestrel::Imap
